import type { TextRange } from '../offsets';

/**
 * Range arithmetic of coded passages. Offsets are UTF-16 indexes with an exclusive end
 * (shared/offsets.ts). Word and sentence boundaries come from `Intl.Segmenter` (French rules), so a
 * boundary never falls inside an emoji, between a letter and its combining accent, or inside
 * « aujourd'hui ».
 */

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

/** How far around an offset the segmenters look: a word or sentence is never longer in practice. */
const WINDOW = 2_000;

interface Segment {
  start: number;
  end: number;
  wordLike: boolean;
}

/** The segments of `text` around `offset`, with document offsets. */
function segmentsAround(text: string, offset: number, segmenter: Intl.Segmenter): Segment[] {
  const from = Math.max(0, offset - WINDOW);
  const to = Math.min(text.length, offset + WINDOW);
  const out: Segment[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) {
    out.push({ start: from + s.index, end: from + s.index + s.segment.length, wordLike: s.isWordLike ?? true });
  }
  return out;
}

const isSpace = (text: string, i: number): boolean => /\s/u.test(text[i] ?? '');

/**
 * Widens a selection to whole words: a start inside a word moves to the word's start, an end inside
 * a word to its end; spaces at either edge are dropped. Returns null when nothing but spaces is selected.
 */
export function snapToWords(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isSpace(text, from)) from += 1;
  while (to > from && isSpace(text, to - 1)) to -= 1;
  if (from >= to) return null;
  const first = segmentsAround(text, from, wordSegmenter).find((s) => s.start <= from && from < s.end);
  if (first?.wordLike) from = first.start;
  const last = segmentsAround(text, to - 1, wordSegmenter).find((s) => s.start <= to - 1 && to - 1 < s.end);
  if (last?.wordLike) to = last.end;
  return widenToGraphemes(text, { start: from, end: to });
}

const graphemeSegmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** The grapheme (user-perceived character) that `offset` falls strictly inside, if any. */
function graphemeAround(text: string, offset: number): { start: number; end: number } | null {
  const from = Math.max(0, offset - 32);
  for (const g of graphemeSegmenter.segment(text.slice(from, Math.min(text.length, offset + 32)))) {
    const start = from + g.index;
    const end = start + g.segment.length;
    if (start < offset && offset < end) return { start, end };
  }
  return null;
}

/** A range widened so neither edge cuts a character (emoji, letter with its combining accent). */
function widenToGraphemes(text: string, range: TextRange): TextRange {
  return { start: graphemeAround(text, range.start)?.start ?? range.start, end: graphemeAround(text, range.end)?.end ?? range.end };
}

/** End of the sentence containing `offset` (trailing spaces excluded). */
export function sentenceEnd(text: string, offset: number): number {
  const sentence = segmentsAround(text, offset, sentenceSegmenter).find((s) => s.start <= offset && offset < s.end);
  if (!sentence) return text.length;
  let end = sentence.end;
  while (end > sentence.start && isSpace(text, end - 1)) end -= 1;
  return end <= offset ? sentenceEnd(text, sentence.end) : end;
}

/** Start of the sentence containing `offset`, or of the previous one when already at a start. */
export function sentenceStart(text: string, offset: number): number {
  const sentences = segmentsAround(text, offset, sentenceSegmenter).filter((s) => s.start < offset);
  return sentences.length > 0 ? sentences[sentences.length - 1]!.start : 0;
}

export interface Laned {
  id: number;
  start: number;
  end: number;
}

/**
 * Places overlapping codings side by side: each coding gets the lowest lane free over its whole
 * range (longer codings first at equal starts, so an enclosing coding sits left of what it nests).
 * Deterministic for a given set of codings; `lanes` is how many columns the margin needs.
 */
export function assignLanes(codings: readonly Laned[]): { lane: Map<number, number>; lanes: number } {
  const sorted = [...codings].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const laneEnds: number[] = [];
  const lane = new Map<number, number>();
  for (const c of sorted) {
    let index = laneEnds.findIndex((end) => end <= c.start);
    if (index === -1) {
      index = laneEnds.length;
      laneEnds.push(c.end);
    } else {
      laneEnds[index] = c.end;
    }
    lane.set(c.id, index);
  }
  return { lane, lanes: laneEnds.length };
}

/** Codings that cover `offset` (start ≤ offset < end), or that start at it: what is « at the caret ». */
export function codingsAt<T extends TextRange>(codings: readonly T[], offset: number): T[] {
  return codings.filter((c) => c.start <= offset && offset < c.end);
}

/**
 * For ranges sorted by start (blocks of a document) the codings overlapping each one, in one sweep:
 * O(blocks + codings + matches) instead of blocks × codings.
 */
export function codingsPerRange<T extends TextRange>(ranges: readonly TextRange[], codings: readonly T[]): T[][] {
  const byStart = [...codings].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: T[][] = [];
  let next = 0;
  let active: T[] = [];
  for (const range of ranges) {
    while (next < byStart.length && byStart[next]!.start < range.end) active.push(byStart[next++]!);
    active = active.filter((c) => c.end > range.start);
    result.push(active.filter((c) => c.start < range.end && c.end > range.start));
  }
  return result;
}
