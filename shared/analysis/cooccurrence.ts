/**
 * Co-occurrence of codes (DESIGN: pure algorithms in shared/, sweep line).
 *
 * Each coding is given as a closed interval in a "meeting space" of its document, chosen so that
 * two codings meet exactly when their intervals intersect:
 * - overlap: characters [start, end − 1] (touching ranges do not meet);
 * - same unit: reading units [first, last];
 * - within N units: [first, last + N] (two such intervals intersect iff the units are ≤ N apart);
 * - same document: [0, 0].
 *
 * A code's passages are its codings merged where they meet (the same code twice, or by two
 * coders, on the same words is one passage). The passages of two codes A and B form a graph (an
 * edge where a passage of A meets one of B); a co-occurring passage is a connected group of it
 * holding both codes. Passages of one code are disjoint intervals, so this graph is a forest and
 * its groups with an edge number (passages with an edge) − (edges). Hence n12 ≤ min(n1, n2).
 */

import type { CooccurrenceMode } from '../domain/analysis';

/**
 * Where a coding lies in the meeting space of a mode: its text range (exclusive end) and the first
 * and last reading units it touches.
 */
export function meetingInterval(mode: CooccurrenceMode, within: number, range: { start: number; end: number }, units: { first: number; last: number }): { start: number; end: number } {
  switch (mode) {
    case 'overlap':
      return { start: range.start, end: range.end - 1 };
    case 'unit':
      return { start: units.first, end: units.last };
    case 'near':
      return { start: units.first, end: units.last + within };
    case 'document':
      return { start: 0, end: 0 };
  }
}

export interface MeetingItem {
  /** Row of the code in the matrix (0 … codeCount − 1). */
  code: number;
  document: number;
  /** Closed interval in the meeting space (see above): start ≤ end. */
  start: number;
  end: number;
  /** Cases the coding counts for. */
  cases: readonly number[];
}

export interface CodeCount {
  passages: number;
  documents: number;
  cases: number;
}

export interface PairCount {
  a: number;
  b: number;
  passages: number;
  documents: number;
  /** Cases of a passage of `a` and of the passage of `b` it meets. */
  cases: number;
  /** Documents where they co-occur / documents holding either code. */
  jaccard: number;
  /** n12 / (n1 + n2 − n12). */
  c: number;
}

export interface CooccurrenceCounts {
  codes: CodeCount[];
  /** Pairs with a co-occurrence, `a < b`, sorted by a then b. */
  pairs: PairCount[];
}

interface Passage {
  code: number;
  start: number;
  end: number;
  /** Cases of its items, without repeats (usually one or two). */
  cases: number[];
  /** Item indices merged into it (only when asked for). */
  items: number[] | null;
}

/** Item indices grouped by document, each group sorted by code then start. */
function byDocument(items: readonly MeetingItem[]): number[][] {
  const order = items.map((_, i) => i);
  order.sort((x, y) => {
    const a = items[x]!;
    const b = items[y]!;
    return a.document - b.document || a.code - b.code || a.start - b.start || a.end - b.end;
  });
  const groups: number[][] = [];
  let current: number[] = [];
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && items[order[k]!]!.document !== items[order[k - 1]!]!.document) {
      groups.push(current);
      current = [];
    }
    current.push(order[k]!);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The passages of one document: each code's items merged where they meet, sorted by start. */
function passagesOf(items: readonly MeetingItem[], indices: readonly number[], withItems = false): Passage[] {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  for (const index of indices) {
    const item = items[index]!;
    if (current && current.code === item.code && item.start <= current.end) {
      if (item.end > current.end) current.end = item.end;
      for (const c of item.cases) if (!current.cases.includes(c)) current.cases.push(c);
      current.items?.push(index);
    } else {
      current = { code: item.code, start: item.start, end: item.end, cases: item.cases.length > 0 ? [...new Set(item.cases)] : [], items: withItems ? [index] : null };
      passages.push(current);
    }
  }
  return passages.sort((p, q) => p.start - q.start || p.code - q.code);
}

/**
 * Calls `meet(p, q)` for every two passages of different codes that meet, `p` starting no later
 * than `q`. Sweep line over starts with the passages still open (compacted in place).
 */
function sweep(passages: readonly Passage[], meet: (p: Passage, q: Passage, pIndex: number, qIndex: number) => void): void {
  const open: number[] = [];
  for (let qIndex = 0; qIndex < passages.length; qIndex++) {
    const q = passages[qIndex]!;
    let kept = 0;
    for (let k = 0; k < open.length; k++) {
      const pIndex = open[k]!;
      const p = passages[pIndex]!;
      if (p.end < q.start) continue;
      open[kept++] = pIndex;
      if (p.code !== q.code) meet(p, q, pIndex, qIndex);
    }
    open.length = kept;
    open.push(qIndex);
  }
}

function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Counts per code and per pair of codes (see the file comment for the definitions). */
export function countCooccurrences(items: readonly MeetingItem[], codeCount: number): CooccurrenceCounts {
  const k = codeCount;
  const passagesPerCode = new Int32Array(k);
  const documentsPerCode: Set<number>[] = Array.from({ length: k }, () => new Set());
  const casesPerCode: Set<number>[] = Array.from({ length: k }, () => new Set());
  // Per pair (a < b, at a * k + b): edges, passages with an edge, documents, last document seen, cases.
  const edges = new Int32Array(k * k);
  const linked = new Int32Array(k * k);
  const documents = new Int32Array(k * k);
  const lastDocument = new Int32Array(k * k).fill(-1);
  const pairCases = new Map<number, Set<number>>();
  // (passage, partner code) already counted in `linked`, for the current document.
  const met = new Set<number>();

  for (const indices of byDocument(items)) {
    const document = items[indices[0]!]!.document;
    const passages = passagesOf(items, indices);
    for (const p of passages) {
      passagesPerCode[p.code]!++;
      documentsPerCode[p.code]!.add(document);
      for (const c of p.cases) casesPerCode[p.code]!.add(c);
    }
    met.clear();
    sweep(passages, (p, q, pIndex, qIndex) => {
      const key = p.code < q.code ? p.code * k + q.code : q.code * k + p.code;
      edges[key]!++;
      if (!met.has(pIndex * k + q.code)) {
        met.add(pIndex * k + q.code);
        linked[key]!++;
      }
      if (!met.has(qIndex * k + p.code)) {
        met.add(qIndex * k + p.code);
        linked[key]!++;
      }
      if (lastDocument[key] !== document) {
        lastDocument[key] = document;
        documents[key]!++;
      }
      for (const c of p.cases) {
        if (!q.cases.includes(c)) continue;
        let set = pairCases.get(key);
        if (!set) pairCases.set(key, (set = new Set()));
        set.add(c);
      }
    });
  }

  // Documents holding either code of a pair: a bit set of documents per code.
  const documentBit = new Map<number, number>();
  for (const set of documentsPerCode) for (const d of set) if (!documentBit.has(d)) documentBit.set(d, documentBit.size);
  const words = Math.ceil(documentBit.size / 32);
  const bits = documentsPerCode.map((set) => {
    const bitSet = new Uint32Array(words);
    for (const d of set) {
      const bit = documentBit.get(d)!;
      bitSet[bit >>> 5]! |= 1 << (bit & 31);
    }
    return bitSet;
  });

  const pairs: PairCount[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const key = a * k + b;
      if (edges[key] === 0) continue;
      const n12 = linked[key]! - edges[key]!;
      const n1 = passagesPerCode[a]!;
      const n2 = passagesPerCode[b]!;
      let either = 0;
      for (let w = 0; w < words; w++) either += popCount(bits[a]![w]! | bits[b]![w]!);
      pairs.push({
        a,
        b,
        passages: n12,
        documents: documents[key]!,
        cases: pairCases.get(key)?.size ?? 0,
        jaccard: either > 0 ? documents[key]! / either : 0,
        c: n1 + n2 - n12 > 0 ? n12 / (n1 + n2 - n12) : 0,
      });
    }
  }
  return { codes: Array.from({ length: k }, (_, i) => ({ passages: passagesPerCode[i]!, documents: documentsPerCode[i]!.size, cases: casesPerCode[i]!.size })), pairs };
}

/**
 * The items that take part in a co-occurrence of rows `a` and `b`: the codings of every passage
 * of either code that meets a passage of the other (what a matrix cell's extracts show).
 */
export function cooccurringItems(items: readonly MeetingItem[], a: number, b: number): Set<number> {
  const chosen = new Set<number>();
  for (const indices of byDocument(items)) {
    const own = indices.filter((i) => items[i]!.code === a || items[i]!.code === b);
    sweep(passagesOf(items, own, true), (p, q) => {
      for (const i of p.items!) chosen.add(i);
      for (const i of q.items!) chosen.add(i);
    });
  }
  return chosen;
}
