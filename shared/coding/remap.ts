import { diffChars, diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { TextRange } from '../offsets';

/**
 * Editing a document's text (« Modifier le texte ») without losing its codings: the edits between
 * the old and the new text, and the ranges (codings, structure units, case links) carried through
 * them. Offsets are UTF-16 units with an exclusive end (shared/offsets.ts).
 */

/** Replace `old.slice(start, end)` by `text`. Offsets are in the OLD text. A pure insertion has start = end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Edit distances (in tokens) beyond which a finer diff gives up for a coarser one. Measured on a
 * 250,000-character transcript on a 2-core machine: a few fixes take a few ms whatever the length
 * (the common prefix and suffix are trimmed first); 100 scattered fixes take ~65 ms by characters;
 * 1,000 scattered fixes make the character diff give up after ~0.6 s and the word diff succeed
 * in ~1.9 s. The limits are edit counts, not timeouts, so a preview and the save that follows
 * always compute the same edits.
 */
const CHAR_DIFF_MAX_EDITS = 2000;
const WORD_DIFF_MAX_EDITS = 3000;
const LINE_DIFF_MAX_EDITS = 2000;

const clusterContinuation = /^[\p{M}\p{Emoji_Modifier}\u200d]/u;

/**
 * True when `offset` is between two user-perceived characters of `text`: it splits no surrogate
 * pair (an emoji), no base letter from its combining marks (é written e + U+0301), no emoji
 * ZWJ sequence or skin-tone modifier, and no CRLF. A close, cheap approximation of Unicode's
 * extended grapheme cluster boundaries, checked only where an edit starts or ends.
 */
export function isClusterBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return false;
  if (before === 0x0d && at === 0x0a) return false;
  if (before === 0x200d) return false;
  return !clusterContinuation.test(text.slice(offset, offset + 2));
}

function changesToEdits(changes: ChangeObject<string>[], offset: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let position = offset;
  let current: TextEdit | null = null;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (current) edits.push(current);
      current = null;
      position += change.value.length;
      continue;
    }
    current ??= { start: position, end: position, text: '' };
    if (change.removed) {
      current.end += change.value.length;
      position += change.value.length;
    } else current.text += change.value;
  }
  if (current) edits.push(current);
  return edits;
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && wordCharacter.test(ch);

/** How cleanly a change cuts the text: one point per end that falls between words, not inside one. */
function cutScore(before: string | undefined, first: string | undefined, last: string | undefined, after: string | undefined): number {
  return (isWord(before) && isWord(first) ? 0 : 1) + (isWord(last) && isWord(after) ? 0 : 1);
}

/**
 * A pure insertion or deletion can often slide: inserting « fixe » after « téléphone » is, to a
 * diff, the same as inserting « e fix » before its last « e » — which would put the insertion inside
 * a coding that ends on « téléphone ». Each one is slid (within its neighbours) to where it cuts the
 * text between words, as the researcher typed it.
 */
function slideToWordEdges(oldText: string, edits: TextEdit[]): TextEdit[] {
  for (let i = 0; i < edits.length; i += 1) {
    const edit = edits[i]!;
    const insertion = edit.start === edit.end;
    if (!insertion && edit.text.length > 0) continue; // a replacement does not slide
    const floor = i > 0 ? edits[i - 1]!.end + 1 : 0;
    const ceiling = i + 1 < edits.length ? edits[i + 1]!.start - 1 : oldText.length;
    // The changed string at offset `at` (old offsets): the inserted text, or the deleted one.
    const changed = (at: number) => (insertion ? edit.text : oldText.slice(at, at + edit.end - edit.start));
    const length = insertion ? 0 : edit.end - edit.start;
    const score = (at: number) => {
      const s = changed(at);
      return cutScore(oldText[at - 1], s[0], s[s.length - 1], oldText[at + length]);
    };
    let best = edit.start;
    let bestScore = score(best);
    let text = edit.text;
    // Slide left: the changed string rotates right.
    for (let at = edit.start, t = text; at > floor && oldText[at - 1] === (insertion ? t[t.length - 1] : oldText[at + length - 1]); ) {
      at -= 1;
      if (insertion) t = oldText[at] + t.slice(0, -1);
      const candidate = insertion ? cutScore(oldText[at - 1], t[0], t[t.length - 1], oldText[at]) : score(at);
      if (candidate > bestScore) [best, bestScore, text] = [at, candidate, t];
    }
    for (let at = edit.start, t = edit.text; at + length < ceiling && oldText[at + length] === (insertion ? t[0] : oldText[at]); ) {
      at += 1;
      if (insertion) t = t.slice(1) + oldText[at - 1];
      const candidate = insertion ? cutScore(oldText[at - 1], t[0], t[t.length - 1], oldText[at]) : score(at);
      if (candidate > bestScore) [best, bestScore, text] = [at, candidate, t];
    }
    edits[i] = insertion ? { start: best, end: best, text } : { start: best, end: best + length, text: '' };
  }
  return edits;
}

function diffMiddle(oldMiddle: string, newMiddle: string, offset: number): TextEdit[] {
  if (oldMiddle === '' || newMiddle === '') return [{ start: offset, end: offset + oldMiddle.length, text: newMiddle }];
  const changes =
    diffChars(oldMiddle, newMiddle, { maxEditLength: CHAR_DIFF_MAX_EDITS }) ??
    diffWordsWithSpace(oldMiddle, newMiddle, { maxEditLength: WORD_DIFF_MAX_EDITS }) ??
    diffLines(oldMiddle, newMiddle, { maxEditLength: LINE_DIFF_MAX_EDITS });
  if (!changes) return [{ start: offset, end: offset + oldMiddle.length, text: newMiddle }];
  return changesToEdits(changes, offset);
}

/**
 * Widens edits so that each starts and ends on a character boundary of both texts, merging the
 * edits that then touch: « cafe » → « café » written with a combining accent is a replacement of
 * « e » by « é », never an accent inserted after a coding that ends on « e ».
 */
function alignToClusters(oldText: string, newText: string, edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  let delta = 0; // new offset − old offset, before the edit being aligned
  for (let i = 0; i < edits.length; i += 1) {
    const edit = edits[i]!;
    let { start, end, text } = edit;
    const previous = out[out.length - 1];
    const floor = previous ? previous.end : 0;
    while (start > floor && (!isClusterBoundary(oldText, start) || !isClusterBoundary(newText, start + delta))) {
      start -= 1;
      text = oldText[start] + text;
    }
    const nextStart = edits[i + 1]?.start ?? oldText.length;
    const after = delta + text.length - (end - start);
    while (end < nextStart && (!isClusterBoundary(oldText, end) || !isClusterBoundary(newText, end + after))) {
      text += oldText[end];
      end += 1;
    }
    if (previous && start === previous.end) {
      previous.end = end;
      previous.text += text;
    } else out.push({ start, end, text });
    delta += text.length - (end - start);
  }
  return out;
}

/**
 * The edits that turn `oldText` into `newText`, sorted, non-overlapping and not touching, each on
 * character boundaries (see isClusterBoundary). The common prefix and suffix are trimmed first, so
 * fixing a word in a long transcript costs little; the middle is diffed by characters, or by words
 * or lines when it differs too much.
 */
export function computeTextEdits(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const shortest = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const edits = diffMiddle(oldText.slice(prefix, oldText.length - suffix), newText.slice(prefix, newText.length - suffix), prefix);
  return alignToClusters(oldText, newText, slideToWordEdges(oldText, edits));
}

/** Applies edits (sorted, non-overlapping, in old offsets) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return out + text.slice(position);
}

/**
 * How a range takes text inserted exactly at its start or end.
 * - `exclusive` (codings): it does not. A coding covers what the researcher selected; text typed
 *   just before or after it is not part of it.
 * - `inclusive` (structure units, case links): it does. Words added at the end of a speaker's turn
 *   or of a grid answer belong to that turn or answer, not to nobody.
 * Text inserted strictly inside a range always extends it.
 */
export type BoundaryMode = 'exclusive' | 'inclusive';

/**
 * Carries ranges of the old text into the new one. Rules, for an edit that deletes [a, b) and
 * inserts T there:
 * - an edit wholly before the range shifts it; wholly after, leaves it;
 * - a pure insertion strictly inside extends it; at its start or end, see BoundaryMode;
 * - a deletion inside shrinks it; a replacement inside (a ≥ start, b ≤ end) shrinks it and
 *   takes T in;
 * - a replacement across one edge of the range removes the range's part of [a, b) and takes T in
 *   (what replaced coded text is still coded);
 * - a range whose text is wholly deleted (inside one edit's [a, b)) is removed — unless the edit
 *   replaces exactly the range's text by a non-empty text, which the range then covers.
 * Non-empty ranges never become empty; `keepEmpty` (structure units) keeps a removed range as an
 * empty one where its text was, instead of null. An empty range stays empty and moves like a point.
 */
export class TextRemapper {
  private readonly starts: number[];
  /** Sum of (inserted − deleted) lengths of the edits before edit i. */
  private readonly deltaBefore: number[];

  constructor(readonly edits: readonly TextEdit[]) {
    this.starts = edits.map((e) => e.start);
    this.deltaBefore = [];
    let delta = 0;
    for (const edit of edits) {
      this.deltaBefore.push(delta);
      delta += edit.text.length - (edit.end - edit.start);
    }
  }

  static between(oldText: string, newText: string): TextRemapper {
    return new TextRemapper(computeTextEdits(oldText, newText));
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  /** Index of the last edit starting at or before `offset`, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /**
   * Where an old offset goes. `afterInsertions`: whether it lands after text inserted exactly at
   * it. An offset strictly inside a deletion goes to the deletion's start (`inside: 'start'`) or to
   * the end of what replaced it (`inside: 'end'`).
   */
  mapOffset(offset: number, afterInsertions: boolean, inside: 'start' | 'end' = 'start'): number {
    let i = this.lastStartingAtOrBefore(offset);
    // Several edits may start at `offset` only as a pure insertion then a deletion (unmerged input).
    while (i >= 0) {
      const edit = this.edits[i]!;
      const mappedStart = edit.start + this.deltaBefore[i]!;
      if (edit.start < offset && offset < edit.end) return inside === 'start' ? mappedStart : mappedStart + edit.text.length;
      if (edit.end < offset || (edit.end === offset && (edit.start < edit.end || afterInsertions))) {
        return offset + this.deltaBefore[i]! + edit.text.length - (edit.end - edit.start);
      }
      // A pure insertion at `offset` that the offset stays before, or an edit starting at it.
      i -= 1;
    }
    return offset;
  }

  /** The range in the new text, or null when its text was deleted (see the class comment). */
  mapRange(range: TextRange, mode: BoundaryMode, keepEmpty = false): TextRange | null {
    const { start, end } = range;
    if (end <= start) {
      const point = this.mapOffset(start, mode === 'exclusive');
      return { start: point, end: point };
    }
    const i = this.lastStartingAtOrBefore(start);
    const container = i >= 0 ? this.edits[i] : undefined;
    if (container && container.start < container.end && container.end >= end) {
      const mappedStart = container.start + this.deltaBefore[i]!;
      const exact = container.start === start && container.end === end && container.text.length > 0;
      if (exact) return { start: mappedStart, end: mappedStart + container.text.length };
      return keepEmpty ? { start: mappedStart, end: mappedStart } : null;
    }
    const newStart = this.mapOffset(start, mode === 'exclusive', 'start');
    const newEnd = this.mapOffset(end, mode === 'inclusive', 'end');
    if (newEnd > newStart) return { start: newStart, end: newEnd };
    return keepEmpty ? { start: newStart, end: newStart } : null;
  }
}
