import type { TextRange } from './offsets';

/**
 * How much of a text is covered by at least one range: the length of the union of the ranges, not
 * the sum of their lengths (two codings of the same passage count once). Ranges in any order;
 * sorted by start they are merged in one pass, otherwise a sorted copy is merged.
 */
export function unionLength(ranges: readonly TextRange[]): number {
  let sorted = true;
  for (let i = 1; i < ranges.length; i += 1) {
    if (ranges[i]!.start < ranges[i - 1]!.start) {
      sorted = false;
      break;
    }
  }
  const list = sorted ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const merger = new UnionMerger();
  for (const range of list) merger.add(range.start, range.end);
  return merger.total();
}

/**
 * The one-pass merge behind `unionLength`: feed ranges in order of start, read the covered length.
 * Empty or reversed ranges cover nothing.
 */
export class UnionMerger {
  private covered = 0;
  private runStart = 0;
  private runEnd = -1;

  add(start: number, end: number): void {
    if (end <= start) return;
    if (start > this.runEnd) {
      if (this.runEnd > this.runStart) this.covered += this.runEnd - this.runStart;
      this.runStart = start;
      this.runEnd = end;
    } else if (end > this.runEnd) {
      this.runEnd = end;
    }
  }

  total(): number {
    return this.covered + (this.runEnd > this.runStart ? this.runEnd - this.runStart : 0);
  }
}

export interface KeyedRange extends TextRange {
  /** The document the range belongs to. */
  key: number;
}

/**
 * Covered length per key (document) from ranges ordered by key, then start — what one ordered
 * query over all codings returns. Keys with no range are absent from the result.
 */
export function unionLengthByKey(rows: Iterable<KeyedRange>): Map<number, number> {
  const result = new Map<number, number>();
  let key: number | null = null;
  let merger = new UnionMerger();
  for (const row of rows) {
    if (row.key !== key) {
      if (key !== null) result.set(key, merger.total());
      key = row.key;
      merger = new UnionMerger();
    }
    merger.add(row.start, row.end);
  }
  if (key !== null) result.set(key, merger.total());
  return result;
}

/** The covered share of a text, between 0 and 1 (0 for an empty text). */
export function coveredShare(covered: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(1, Math.max(0, covered / length));
}
