import { describe, expect, it } from 'vitest';
import { cooccurringItems, countCooccurrences, meetingInterval, type MeetingItem } from '../../../shared/analysis/cooccurrence';
import type { CooccurrenceMode } from '../../../shared/domain/analysis';

/** A coding of row `code` in `document` over the text [start, end) touching units [first, last]. */
interface Coding {
  code: number;
  document?: number;
  start: number;
  end: number;
  first?: number;
  last?: number;
  cases?: number[];
}

function items(mode: CooccurrenceMode, codings: Coding[], within = 0): MeetingItem[] {
  return codings.map((c) => ({
    code: c.code,
    document: c.document ?? 1,
    cases: c.cases ?? [],
    ...meetingInterval(mode, within, c, { first: c.first ?? 0, last: c.last ?? c.first ?? 0 }),
  }));
}

const A = 0;
const B = 1;
const C = 2;

function pair(counts: ReturnType<typeof countCooccurrences>, a: number, b: number) {
  return counts.pairs.find((p) => p.a === a && p.b === b);
}

describe('co-occurrence by overlap', () => {
  it('counts a nested coding as one co-occurring passage', () => {
    const counts = countCooccurrences(items('overlap', [{ code: A, start: 0, end: 100 }, { code: B, start: 20, end: 30 }]), 2);
    expect(counts.pairs).toEqual([{ a: A, b: B, passages: 1, documents: 1, cases: 0, jaccard: 1, c: 1 }]);
  });

  it('counts a partial overlap, and not ranges that only touch', () => {
    const partial = countCooccurrences(items('overlap', [{ code: A, start: 0, end: 10 }, { code: B, start: 9, end: 20 }]), 2);
    expect(pair(partial, A, B)?.passages).toBe(1);
    const touching = countCooccurrences(items('overlap', [{ code: A, start: 0, end: 10 }, { code: B, start: 10, end: 20 }]), 2);
    expect(touching.pairs).toEqual([]);
    expect(touching.codes).toEqual([
      { passages: 1, documents: 1, cases: 0 },
      { passages: 1, documents: 1, cases: 0 },
    ]);
  });

  it('merges the same code coded twice on the same words (two coders) into one passage', () => {
    const counts = countCooccurrences(
      items('overlap', [
        { code: A, start: 0, end: 10 },
        { code: A, start: 5, end: 15 },
        { code: B, start: 8, end: 12 },
      ]),
      2,
    );
    expect(counts.codes[A]).toEqual({ passages: 1, documents: 1, cases: 0 });
    expect(pair(counts, A, B)).toMatchObject({ passages: 1, c: 1 });
  });

  it('counts one group when one long passage of A meets two passages of B, so c stays ≤ 1', () => {
    // A [0,100) meets B [10,20) and B [50,60): one group, n1 = 1, n2 = 2, c = 1 / (1 + 2 − 1).
    const counts = countCooccurrences(
      items('overlap', [
        { code: A, start: 0, end: 100 },
        { code: B, start: 10, end: 20 },
        { code: B, start: 50, end: 60 },
      ]),
      2,
    );
    expect(pair(counts, A, B)).toMatchObject({ passages: 1, c: 0.5 });
  });

  it('counts separate groups, and a chain A–B–A as one', () => {
    // Group 1: A [0,10) – B [5,25) – A [20,30). Group 2: A [100,110) – B [105,106). B [200,210) alone.
    const counts = countCooccurrences(
      items('overlap', [
        { code: A, start: 0, end: 10 },
        { code: B, start: 5, end: 25 },
        { code: A, start: 20, end: 30 },
        { code: A, start: 100, end: 110 },
        { code: B, start: 105, end: 106 },
        { code: B, start: 200, end: 210 },
      ]),
      2,
    );
    expect(counts.codes[A]!.passages).toBe(3);
    expect(counts.codes[B]!.passages).toBe(3);
    // n12 = 2, c = 2 / (3 + 3 − 2).
    expect(pair(counts, A, B)).toMatchObject({ passages: 2, c: 0.5 });
  });

  it('counts documents and the Jaccard index over documents', () => {
    const counts = countCooccurrences(
      items('overlap', [
        { code: A, document: 1, start: 0, end: 10 },
        { code: B, document: 1, start: 5, end: 15 },
        { code: A, document: 2, start: 0, end: 10 },
        { code: B, document: 3, start: 0, end: 10 },
        { code: A, document: 4, start: 0, end: 10 },
        { code: B, document: 4, start: 50, end: 60 },
      ]),
      2,
    );
    // They co-occur in document 1 only; either code is in documents 1–4.
    expect(pair(counts, A, B)).toMatchObject({ passages: 1, documents: 1, jaccard: 0.25 });
    expect(counts.codes[A]!.documents).toBe(3);
  });

  it('counts the cases both meeting passages belong to', () => {
    // An observed frein shared by cases 7 and 8 meets a savoir-faire in the answer of case 8 only.
    const counts = countCooccurrences(
      items('overlap', [
        { code: A, start: 0, end: 50, cases: [7, 8] },
        { code: B, start: 40, end: 60, cases: [8] },
        { code: C, start: 45, end: 48, cases: [9] },
      ]),
      3,
    );
    expect(pair(counts, A, B)?.cases).toBe(1);
    expect(pair(counts, A, C)?.cases).toBe(0);
    expect(pair(counts, A, C)?.passages).toBe(1);
    expect(counts.codes[A]!.cases).toBe(2);
  });

  it('gives every pair of three codes that overlap at one place', () => {
    const counts = countCooccurrences(
      items('overlap', [
        { code: C, start: 0, end: 30 },
        { code: A, start: 10, end: 20 },
        { code: B, start: 15, end: 25 },
      ]),
      3,
    );
    expect(counts.pairs.map((p) => [p.a, p.b, p.passages])).toEqual([
      [A, B, 1],
      [A, C, 1],
      [B, C, 1],
    ]);
  });
});

describe('co-occurrence by unit, distance and document', () => {
  it('makes codings in the same answer meet even when their words do not overlap', () => {
    const codings = [
      { code: A, start: 0, end: 10, first: 3 },
      { code: B, start: 20, end: 30, first: 3 },
      { code: B, start: 60, end: 70, first: 5 },
    ];
    expect(countCooccurrences(items('overlap', codings), 2).pairs).toEqual([]);
    expect(pair(countCooccurrences(items('unit', codings), 2), A, B)?.passages).toBe(1);
    // Within 1 unit: B's codings (units 3 and 5, two apart) stay two passages; A meets the first only,
    // so c = 1 / (1 + 2 − 1).
    expect(pair(countCooccurrences(items('near', codings, 1), 2), A, B)).toMatchObject({ passages: 1, c: 0.5 });
    // Within 2 units, B's two codings (units 3 and 5) are one passage of B.
    const near2 = countCooccurrences(items('near', codings, 2), 2);
    expect(near2.codes[B]!.passages).toBe(1);
    expect(pair(near2, A, B)?.passages).toBe(1);
  });

  it('measures distance in units in both directions', () => {
    const codings = [
      { code: A, start: 100, end: 110, first: 6 },
      { code: B, start: 0, end: 10, first: 3 },
    ];
    expect(countCooccurrences(items('near', codings, 2), 2).pairs).toEqual([]);
    expect(pair(countCooccurrences(items('near', codings, 3), 2), A, B)?.passages).toBe(1);
  });

  it('counts a coding that spans two units as touching both', () => {
    const codings = [
      { code: A, start: 0, end: 50, first: 1, last: 2 },
      { code: B, start: 60, end: 70, first: 2 },
    ];
    expect(pair(countCooccurrences(items('unit', codings), 2), A, B)?.passages).toBe(1);
  });

  it('counts one co-occurrence per document in document mode', () => {
    const codings = [
      { code: A, document: 1, start: 0, end: 10 },
      { code: A, document: 1, start: 500, end: 510 },
      { code: B, document: 1, start: 900, end: 910 },
      { code: B, document: 2, start: 0, end: 10 },
    ];
    const counts = countCooccurrences(items('document', codings), 2);
    expect(counts.codes).toEqual([
      { passages: 1, documents: 1, cases: 0 },
      { passages: 2, documents: 2, cases: 0 },
    ]);
    expect(pair(counts, A, B)).toMatchObject({ passages: 1, documents: 1, jaccard: 0.5, c: 0.5 });
  });
});

describe('the codings behind a cell', () => {
  it('keeps the codings of both codes that meet the other code, and only those', () => {
    const list = items('overlap', [
      { code: A, start: 0, end: 10 },
      { code: A, start: 5, end: 12 },
      { code: B, start: 11, end: 20 },
      { code: B, start: 50, end: 60 },
      { code: C, start: 0, end: 100 },
    ]);
    // A's two codings are one passage meeting B [11,20); B [50,60) meets no A; C is another code.
    expect([...cooccurringItems(list, A, B)].sort()).toEqual([0, 1, 2]);
  });
});
