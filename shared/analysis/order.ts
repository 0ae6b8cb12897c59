/**
 * The orders a co-occurrence matrix offers for its codes, as pure functions of the matrix's data:
 * alphabetical (French collation), by frequency (the code's passages) and by similarity (the leaf
 * order of an average-linkage hierarchical clustering on 1 − similarity).
 */
import type { CodeTotals, CooccurrenceMeasure, CooccurrencePair, MatrixOrder } from '../domain/analysis';

type Named = Pick<CodeTotals, 'codeId' | 'name' | 'path'>;

/** By name, then by path, then by id, as a French reader sorts. */
export function byName(a: Named, b: Named): number {
  return a.name.localeCompare(b.name, 'fr') || a.path.localeCompare(b.path, 'fr') || a.codeId - b.codeId;
}

export function alphabeticalOrder<C extends Named>(codes: readonly C[]): C[] {
  return [...codes].sort(byName);
}

/** Most passages first; equal counts in alphabetical order. */
export function frequencyOrder<C extends Named & Pick<CodeTotals, 'passages'>>(codes: readonly C[]): C[] {
  return [...codes].sort((a, b) => b.passages - a.passages || byName(a, b));
}

/** The similarity the clustering uses: the c-coefficient when it is the measure shown, Jaccard otherwise. */
export function similarityOf(measure: CooccurrenceMeasure): 'jaccard' | 'c' {
  return measure === 'c' ? 'c' : 'jaccard';
}

/**
 * Agglomerative clustering with average linkage on the distance 1 − similarity (pairs that never
 * co-occur are at distance 1). Codes start in alphabetical order; at each step the two closest
 * clusters merge (ties: the pair whose clusters come first in that order), the one holding the
 * alphabetically first code on the left. The result is the dendrogram's leaves, left to right.
 */
export function similarityOrder<C extends Named>(codes: readonly C[], pairs: readonly CooccurrencePair[], similarity: 'jaccard' | 'c'): C[] {
  const leaves = alphabeticalOrder(codes);
  const n = leaves.length;
  if (n < 3) return leaves;
  const index = new Map(leaves.map((c, i) => [c.codeId, i]));
  const distance: number[][] = leaves.map(() => new Array<number>(n).fill(1));
  for (const pair of pairs) {
    const i = index.get(pair.a);
    const j = index.get(pair.b);
    if (i === undefined || j === undefined || i === j) continue;
    const d = 1 - Math.min(1, Math.max(0, pair[similarity]));
    distance[i]![j] = d;
    distance[j]![i] = d;
  }
  // Each cluster: its leaves (indices into `leaves`), kept in the order of first leaf.
  let clusters: number[][] = leaves.map((_, i) => [i]);
  const between = (x: number[], y: number[]) => {
    let sum = 0;
    for (const i of x) for (const j of y) sum += distance[i]![j]!;
    return sum / (x.length * y.length);
  };
  while (clusters.length > 1) {
    let best = { x: 0, y: 1, d: Infinity };
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const d = between(clusters[x]!, clusters[y]!);
        // A strict comparison keeps the first pair met on ties; rounding keeps float noise out of ties.
        if (d < best.d - 1e-12) best = { x, y, d };
      }
    }
    const merged = [...clusters[best.x]!, ...clusters[best.y]!];
    clusters = clusters.filter((_, k) => k !== best.x && k !== best.y);
    clusters.push(merged);
    clusters.sort((p, q) => Math.min(...p) - Math.min(...q));
  }
  return clusters[0]!.map((i) => leaves[i]!);
}

/** The codes of a matrix in the order asked for. */
export function orderCodes<C extends Named & Pick<CodeTotals, 'passages'>>(
  codes: readonly C[],
  pairs: readonly CooccurrencePair[],
  order: MatrixOrder,
  measure: CooccurrenceMeasure,
): C[] {
  switch (order) {
    case 'alphabetical':
      return alphabeticalOrder(codes);
    case 'frequency':
      return frequencyOrder(codes);
    case 'similarity':
      return similarityOrder(codes, pairs, similarityOf(measure));
  }
}
