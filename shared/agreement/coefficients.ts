/**
 * Agreement coefficients over binary values: « the coder applied the code here » (1) or not (0).
 *
 * What is compared is a sequence of segments, each with a weight (its length in characters, or 1
 * for a structural unit) and one value per coder, or `null` for a coder absent from the document.
 * A `Tally` adds them up; the figures come from the tally, so tallies of several codes or
 * documents are pooled by adding them (`addTallies`).
 *
 * - Percent agreement: the share of agreeing pairs of values among all pairs of coders who both
 *   coded the document, (o₀₀ + o₁₁) / n. For two coders it is the share of characters (or units)
 *   where they agree, p_o.
 * - Cohen's kappa (two coders): κ = (p_o − p_e) / (1 − p_e), with p_e = p_A·p_B + (1 − p_A)(1 − p_B)
 *   from each coder's own share of coded characters (Cohen 1960).
 * - Krippendorff's alpha, nominal (Krippendorff 2011, « Computing Krippendorff's Alpha-Reliability »):
 *   α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k from the coincidence matrix, where each
 *   character (or unit) is one unit of analysis, its values the coders' 1/0, missing for an
 *   absent coder; a segment of w characters counts as w such units. This is alpha for a binary
 *   nominal variable on characters. It is NOT Krippendorff's unitizing coefficient uα (1995, 2004),
 *   which weighs boundary mismatches by the square of their length; per character, a mismatch of
 *   w characters weighs w.
 */
import type { AgreementCounts, AgreementFigures, AgreementTable } from '../domain/agreement';

export interface Tally {
  /** Coincidences: pairs of 1s, pairs of 0s, and each of the two mixed cells (o₀₁ = o₁₀). */
  coded: number;
  uncoded: number;
  mixed: number;
  /** Characters or units with at least two coders' values. */
  compared: number;
  /** Two coders present: the 2×2 table (first coder, second coder). */
  table: AgreementTable;
}

export function emptyTally(): Tally {
  return { coded: 0, uncoded: 0, mixed: 0, compared: 0, table: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 } };
}

/** Adds a segment of `weight` characters or units where each coder has a value, or null when absent. */
export function addSegment(tally: Tally, weight: number, values: readonly (0 | 1 | null)[]): void {
  if (weight <= 0) return;
  let ones = 0;
  let zeros = 0;
  for (const value of values) {
    if (value === 1) ones += 1;
    else if (value === 0) zeros += 1;
  }
  const m = ones + zeros;
  if (m < 2) return; // a value nobody else gave is not pairable
  tally.compared += weight;
  tally.coded += (weight * ones * (ones - 1)) / (m - 1);
  tally.uncoded += (weight * zeros * (zeros - 1)) / (m - 1);
  tally.mixed += (weight * ones * zeros) / (m - 1);
  if (values.length === 2) {
    const [a, b] = values;
    if (a === 1 && b === 1) tally.table.both += weight;
    else if (a === 1) tally.table.onlyFirst += weight;
    else if (b === 1) tally.table.onlySecond += weight;
    else tally.table.neither += weight;
  }
}

export function addTallies(into: Tally, other: Tally): void {
  into.coded += other.coded;
  into.uncoded += other.uncoded;
  into.mixed += other.mixed;
  into.compared += other.compared;
  into.table.both += other.table.both;
  into.table.onlyFirst += other.table.onlyFirst;
  into.table.onlySecond += other.table.onlySecond;
  into.table.neither += other.table.neither;
}

/** Cohen's kappa of a 2×2 table; null when it is empty or p_e = 1 (both coders gave one value everywhere). */
export function cohenKappa(table: AgreementTable): number | null {
  const n = table.both + table.onlyFirst + table.onlySecond + table.neither;
  if (n === 0) return null;
  const observed = (table.both + table.neither) / n;
  const first = (table.both + table.onlyFirst) / n;
  const second = (table.both + table.onlySecond) / n;
  const expected = first * second + (1 - first) * (1 - second);
  if (expected >= 1 - 1e-12) return null;
  return (observed - expected) / (1 - expected);
}

/** Krippendorff's nominal alpha of a binary coincidence matrix; null without pairable values or variation. */
export function binaryAlpha(tally: Pick<Tally, 'coded' | 'uncoded' | 'mixed'>): number | null {
  const ones = tally.coded + tally.mixed;
  const zeros = tally.uncoded + tally.mixed;
  const n = ones + zeros;
  if (n === 0 || ones * zeros === 0) return null;
  // Σ_{c≠k} o_ck = 2·o₀₁ and Σ_{c≠k} n_c·n_k = 2·n₀·n₁.
  return 1 - ((n - 1) * tally.mixed) / (ones * zeros);
}

/** The figures of a tally; `coders` is how many coders were chosen (κ only for two). */
export function figuresOf(tally: Tally, coders: number): AgreementFigures {
  const pairs = tally.coded + tally.uncoded + 2 * tally.mixed;
  const counts: AgreementCounts = {
    compared: tally.compared,
    table: coders === 2 ? { ...tally.table } : null,
    coincidences: { coded: tally.coded, uncoded: tally.uncoded, mixed: tally.mixed },
  };
  if (pairs === 0) return { percent: null, kappa: null, alpha: null, reason: 'noData', counts };
  const alpha = binaryAlpha(tally);
  return {
    percent: (tally.coded + tally.uncoded) / pairs,
    kappa: coders === 2 ? cohenKappa(tally.table) : null,
    alpha,
    reason: alpha === null ? 'noVariation' : null,
    counts,
  };
}

/**
 * Krippendorff's alpha for a nominal variable with any values and missing data: `units[u][i]` is
 * the value coder i gave unit u, or null. Units with fewer than two values are not pairable.
 * Written from the definitions of Krippendorff (2011), independently of the binary tally above,
 * which the tests check against it.
 */
export function nominalAlpha<V>(units: readonly (readonly (V | null)[])[]): number | null {
  const coincidences = new Map<V, Map<V, number>>();
  const add = (c: V, k: V, amount: number) => {
    const row = coincidences.get(c) ?? new Map<V, number>();
    row.set(k, (row.get(k) ?? 0) + amount);
    coincidences.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is V => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<V, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidences) {
    for (const [k, o] of row) {
      totals.set(c, (totals.get(c) ?? 0) + o);
      n += o;
      if (c !== k) disagreeing += o;
    }
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  if (n === 0 || expected === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expected;
}
