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
  cases: Set<number>;
  /** Item indices merged into it. */
  items: number[];
}

/** Items grouped by document, each group sorted by code then start. */
function byDocument(items: readonly MeetingItem[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  items.forEach((item, index) => {
    let list = groups.get(item.document);
    if (!list) groups.set(item.document, (list = []));
    list.push(index);
  });
  for (const list of groups.values()) list.sort((x, y) => items[x]!.code - items[y]!.code || items[x]!.start - items[y]!.start || items[x]!.end - items[y]!.end);
  return groups;
}

/** The passages of one document: each code's items merged where they meet, sorted by start. */
function passagesOf(items: readonly MeetingItem[], indices: readonly number[]): Passage[] {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  for (const index of indices) {
    const item = items[index]!;
    if (current && current.code === item.code && item.start <= current.end) {
      current.end = Math.max(current.end, item.end);
      for (const c of item.cases) current.cases.add(c);
      current.items.push(index);
    } else {
      current = { code: item.code, start: item.start, end: item.end, cases: new Set(item.cases), items: [index] };
      passages.push(current);
    }
  }
  return passages.sort((p, q) => p.start - q.start || p.code - q.code);
}

/**
 * Calls `meet(p, q)` for every two passages of different codes that meet, `p` starting no later
 * than `q`. Sweep line over starts with the passages still open.
 */
function sweep(passages: readonly Passage[], meet: (p: Passage, q: Passage) => void): void {
  let open: Passage[] = [];
  for (const q of passages) {
    open = open.filter((p) => p.end >= q.start);
    for (const p of open) if (p.code !== q.code) meet(p, q);
    open.push(q);
  }
}

function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface PairTally {
  edges: number;
  /** Passages of either code with at least one edge to the other. */
  linked: number;
  documents: number;
  lastDocument: number;
  cases: Set<number>;
}

/** Counts per code and per pair of codes (see the file comment for the definitions). */
export function countCooccurrences(items: readonly MeetingItem[], codeCount: number): CooccurrenceCounts {
  const codes: { passages: number; documents: Set<number>; cases: Set<number> }[] = Array.from({ length: codeCount }, () => ({
    passages: 0,
    documents: new Set<number>(),
    cases: new Set<number>(),
  }));
  const tallies = new Map<number, PairTally>();
  const tallyOf = (a: number, b: number): PairTally => {
    const key = a < b ? a * codeCount + b : b * codeCount + a;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { edges: 0, linked: 0, documents: 0, lastDocument: -1, cases: new Set() }));
    return tally;
  };

  for (const [document, indices] of byDocument(items)) {
    const passages = passagesOf(items, indices);
    for (const p of passages) {
      const totals = codes[p.code]!;
      totals.passages++;
      totals.documents.add(document);
      for (const c of p.cases) totals.cases.add(c);
    }
    // For each passage, the codes it already met (to count it once per partner code).
    const partners = new Map<Passage, Set<number>>();
    const link = (p: Passage, code: number, tally: PairTally) => {
      let met = partners.get(p);
      if (!met) partners.set(p, (met = new Set()));
      if (!met.has(code)) {
        met.add(code);
        tally.linked++;
      }
    };
    sweep(passages, (p, q) => {
      const tally = tallyOf(p.code, q.code);
      tally.edges++;
      link(p, q.code, tally);
      link(q, p.code, tally);
      if (tally.lastDocument !== document) {
        tally.lastDocument = document;
        tally.documents++;
      }
      const [small, large] = p.cases.size <= q.cases.size ? [p.cases, q.cases] : [q.cases, p.cases];
      for (const c of small) if (large.has(c)) tally.cases.add(c);
    });
  }

  // Documents holding either code of a pair: a bit set of documents per code.
  const documentBit = new Map<number, number>();
  for (const c of codes) for (const d of c.documents) if (!documentBit.has(d)) documentBit.set(d, documentBit.size);
  const words = Math.ceil(documentBit.size / 32);
  const bits = codes.map((c) => {
    const set = new Uint32Array(words);
    for (const d of c.documents) {
      const bit = documentBit.get(d)!;
      set[bit >>> 5]! |= 1 << (bit & 31);
    }
    return set;
  });
  const eitherCount = (a: number, b: number): number => {
    let n = 0;
    for (let w = 0; w < words; w++) n += popCount(bits[a]![w]! | bits[b]![w]!);
    return n;
  };

  const pairs: PairCount[] = [];
  for (const [key, tally] of tallies) {
    const a = Math.floor(key / codeCount);
    const b = key % codeCount;
    const n12 = tally.linked - tally.edges;
    const n1 = codes[a]!.passages;
    const n2 = codes[b]!.passages;
    const documentsEither = eitherCount(a, b);
    pairs.push({
      a,
      b,
      passages: n12,
      documents: tally.documents,
      cases: tally.cases.size,
      jaccard: documentsEither > 0 ? tally.documents / documentsEither : 0,
      c: n1 + n2 - n12 > 0 ? n12 / (n1 + n2 - n12) : 0,
    });
  }
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  return { codes: codes.map((c) => ({ passages: c.passages, documents: c.documents.size, cases: c.cases.size })), pairs };
}

/**
 * The items that take part in a co-occurrence of rows `a` and `b`: the codings of every passage
 * of either code that meets a passage of the other (what a matrix cell's extracts show).
 */
export function cooccurringItems(items: readonly MeetingItem[], a: number, b: number): Set<number> {
  const chosen = new Set<number>();
  for (const indices of byDocument(items).values()) {
    const own = indices.filter((i) => items[i]!.code === a || items[i]!.code === b);
    sweep(passagesOf(items, own), (p, q) => {
      for (const i of p.items) chosen.add(i);
      for (const i of q.items) chosen.add(i);
    });
  }
  return chosen;
}
