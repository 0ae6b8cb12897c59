import { describe, expect, it } from 'vitest';
import { coveredShare, unionLength, unionLengthByKey, UnionMerger } from '../../../shared/coverage';

const r = (start: number, end: number) => ({ start, end });

describe('union of coded ranges', () => {
  it('counts nothing for no range, and the length of a single range', () => {
    expect(unionLength([])).toBe(0);
    expect(unionLength([r(3, 10)])).toBe(7);
  });

  it('counts a passage coded twice once', () => {
    expect(unionLength([r(0, 10), r(0, 10)])).toBe(10);
  });

  it('merges overlapping ranges: [0,10) ∪ [5,15) = 15, not 20', () => {
    expect(unionLength([r(0, 10), r(5, 15)])).toBe(15);
  });

  it('counts a nested range inside a longer one once: [0,20) ⊃ [5,8) = 20', () => {
    expect(unionLength([r(0, 20), r(5, 8), r(10, 12)])).toBe(20);
  });

  it('adds disjoint and touching ranges: [0,5) [5,7) [10,12) = 9', () => {
    expect(unionLength([r(0, 5), r(5, 7), r(10, 12)])).toBe(9);
  });

  it('gives the same union whatever the order of the ranges', () => {
    const ranges = [r(40, 50), r(0, 10), r(5, 15), r(45, 60), r(12, 14), r(100, 101)];
    // [0,15) = 15, [40,60) = 20, [100,101) = 1
    expect(unionLength(ranges)).toBe(36);
    expect(unionLength([...ranges].reverse())).toBe(36);
  });

  it('ignores empty or reversed ranges', () => {
    expect(unionLength([r(5, 5), r(9, 3), r(0, 2)])).toBe(2);
    const merger = new UnionMerger();
    merger.add(4, 4);
    expect(merger.total()).toBe(0);
  });

  it('matches a brute-force count on random ranges', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round += 1) {
      const ranges = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
        const start = Math.floor(random() * 200);
        return r(start, start + 1 + Math.floor(random() * 40));
      });
      const covered = new Set<number>();
      for (const range of ranges) for (let i = range.start; i < range.end; i += 1) covered.add(i);
      expect(unionLength(ranges)).toBe(covered.size);
    }
  });
});

describe('union per document from one ordered list', () => {
  it('splits the rows by document and merges each', () => {
    const rows = [
      { key: 1, start: 0, end: 10 },
      { key: 1, start: 5, end: 15 },
      { key: 2, start: 3, end: 4 },
      { key: 5, start: 0, end: 100 },
      { key: 5, start: 20, end: 30 },
    ];
    expect(unionLengthByKey(rows)).toEqual(
      new Map([
        [1, 15],
        [2, 1],
        [5, 100],
      ]),
    );
    expect(unionLengthByKey([]).size).toBe(0);
  });

  it('does not carry a run from one document into the next', () => {
    // Document 2's range starts before document 1's run ends.
    const rows = [
      { key: 1, start: 0, end: 50 },
      { key: 2, start: 10, end: 20 },
    ];
    expect(unionLengthByKey(rows)).toEqual(
      new Map([
        [1, 50],
        [2, 10],
      ]),
    );
  });
});

describe('covered share', () => {
  it('is between 0 and 1, and 0 for an empty text', () => {
    expect(coveredShare(25, 100)).toBe(0.25);
    expect(coveredShare(0, 0)).toBe(0);
    expect(coveredShare(120, 100)).toBe(1);
  });
});
