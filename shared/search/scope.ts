import type { TextRange } from '../offsets';
import { isSpaceAt } from './kwic';

/**
 * What « coder tous les résultats » codes around each result: the result itself (`word`), its
 * sentence, its paragraph (the smallest paragraph, turn, grid answer, cell, heading or prompt
 * holding it; the line when the document has no such unit there), or its speaker turn (results
 * outside any turn are left out and counted). A result over two units takes both. Passages that
 * overlap or touch become one, as codings of one code by one coder do.
 */
export const searchScopes = ['word', 'sentence', 'paragraph', 'turn'] as const;
export type SearchScope = (typeof searchScopes)[number];

/** The structure units a scope can widen to. */
export const PARAGRAPH_KINDS = ['paragraph', 'turn', 'answer', 'cell', 'heading', 'prompt'] as const;

export interface ScopeUnit extends TextRange {
  kind: string;
}

export interface ScopedPassages {
  passages: TextRange[];
  /** Results that have no unit of the scope (a `turn` scope outside any turn). */
  outside: number;
}

const sentenceSegmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const isSpace = isSpaceAt;

/**
 * The sentences of a text as flat [start, end, …] (French rules of `Intl.Segmenter`, the spaces
 * after a sentence left out), the same sentences as the coding view's (shared/coding/ranges.ts).
 */
export function sentenceRanges(text: string): number[] {
  const out: number[] = [];
  for (const s of sentenceSegmenter.segment(text)) {
    let start = s.index;
    let end = s.index + s.segment.length;
    while (end > start && isSpace(text, end - 1)) end -= 1;
    while (start < end && isSpace(text, start)) start += 1;
    if (end > start) out.push(start, end);
  }
  return out;
}

/** Index (even) of the last range of flat sorted `ranges` that starts at or before `offset`, or -2. */
function lastStartingBefore(ranges: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = ranges.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid * 2]! <= offset) low = mid + 1;
    else high = mid;
  }
  return (low - 1) * 2;
}

/** Units sorted by start, with the largest end seen so far, for « the innermost unit holding x ». */
class UnitIndex {
  private readonly units: ScopeUnit[];
  private readonly maxEnd: number[];

  constructor(units: readonly ScopeUnit[]) {
    this.units = [...units].sort((a, b) => a.start - b.start || b.end - a.end);
    let max = -1;
    this.maxEnd = this.units.map((u) => (max = Math.max(max, u.end)));
  }

  /** The unit holding [at, at + 1) that starts last (the innermost), or null. */
  holding(at: number): ScopeUnit | null {
    let low = 0;
    let high = this.units.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.units[mid]!.start <= at) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && this.maxEnd[i]! > at; i -= 1) {
      const unit = this.units[i]!;
      if (unit.end > at && unit.end > unit.start) return unit;
    }
    return null;
  }
}

function lineAround(text: string, start: number, end: number): TextRange {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', Math.max(start, end - 1));
  let to = newline < 0 ? text.length : newline;
  while (from < start && isSpace(text, from)) from += 1;
  while (to > end && isSpace(text, to - 1)) to -= 1;
  return { start: from, end: to };
}

/** Sorts passages and joins those that overlap or touch. */
export function joinPassages(passages: TextRange[]): TextRange[] {
  const sorted = [...passages].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else out.push({ start: p.start, end: p.end });
  }
  return out;
}

/**
 * The passages to code for the results of one document (flat [start, end, …]). `units` are the
 * document's structure units (any kinds; the scope picks its own).
 */
export function scopePassages(text: string, results: ArrayLike<number>, scope: SearchScope, units: readonly ScopeUnit[]): ScopedPassages {
  const passages: TextRange[] = [];
  let outside = 0;
  if (scope === 'word') {
    for (let i = 0; i < results.length; i += 2) passages.push({ start: results[i]!, end: results[i + 1]! });
  } else if (scope === 'sentence') {
    // A sentence never goes past a line break: each line holding a result is segmented once.
    const lines = new Map<number, number[]>();
    const sentenceAt = (offset: number): [number, number] => {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      let sentences = lines.get(lineStart);
      if (!sentences) {
        const newline = text.indexOf('\n', offset);
        sentences = sentenceRanges(text.slice(lineStart, newline < 0 ? text.length : newline)).map((o) => o + lineStart);
        lines.set(lineStart, sentences);
      }
      const at = lastStartingBefore(sentences, offset);
      return at >= 0 ? [sentences[at]!, sentences[at + 1]!] : [offset, offset];
    };
    for (let i = 0; i < results.length; i += 2) {
      const start = results[i]!;
      const end = results[i + 1]!;
      passages.push({ start: Math.min(start, sentenceAt(start)[0]), end: Math.max(end, sentenceAt(end - 1)[1]) });
    }
  } else {
    const kinds: readonly string[] = scope === 'turn' ? ['turn'] : PARAGRAPH_KINDS;
    const index = new UnitIndex(units.filter((u) => kinds.includes(u.kind)));
    for (let i = 0; i < results.length; i += 2) {
      const start = results[i]!;
      const end = results[i + 1]!;
      const first = index.holding(start);
      const last = index.holding(end - 1);
      if (scope === 'turn' && (!first || !last)) {
        outside += 1;
        continue;
      }
      const line = !first || !last ? lineAround(text, start, end) : null;
      passages.push({
        start: Math.min(start, first?.start ?? line!.start),
        end: Math.max(end, last?.end ?? line!.end),
      });
    }
  }
  return { passages: joinPassages(passages), outside };
}
