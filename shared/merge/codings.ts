import type { TextRange } from '../offsets';

/**
 * What becomes of each of their codings (pure): already here (same GUID — so merging twice brings
 * nothing new), skipped (its code was set aside in the review), unplaceable (its passage is gone
 * from my text), or new, at offsets in my text.
 */
export interface MergeCodingRow {
  id: number;
  guid: string;
  documentId: number;
  codeId: number;
  start: number;
  end: number;
}

export type CodingFate =
  | { kind: 'alreadyHere'; guid: string }
  | { kind: 'skipped' }
  | { kind: 'unplaceable' }
  | { kind: 'new'; start: number; end: number };

export interface CodingPlacement {
  /** GUIDs of the codings already in my project, lower case. */
  hereGuids: ReadonlySet<string>;
  /** Their codes whose codings are not brought. */
  skippedCodes: ReadonlySet<number>;
  /** For their documents whose text differs from mine: carries a range onto my text, null when it cannot. */
  remap: ReadonlyMap<number, (range: TextRange) => TextRange | null>;
}

export function placeCoding(coding: MergeCodingRow, placement: CodingPlacement): CodingFate {
  if (placement.hereGuids.has(coding.guid.toLowerCase())) return { kind: 'alreadyHere', guid: coding.guid };
  if (placement.skippedCodes.has(coding.codeId)) return { kind: 'skipped' };
  const remap = placement.remap.get(coding.documentId);
  if (!remap) return { kind: 'new', start: coding.start, end: coding.end };
  const range = remap({ start: coding.start, end: coding.end });
  return range && range.end > range.start ? { kind: 'new', start: range.start, end: range.end } : { kind: 'unplaceable' };
}

/**
 * Whether a passage carried onto my text is still the passage they coded: a remapping keeps a
 * range alive through edits inside it, but a range that lost most of its text is better reported
 * than placed on other words.
 */
export function samePassage(theirText: string, theirRange: TextRange, myText: string, myRange: TextRange): boolean {
  const before = theirText.slice(theirRange.start, theirRange.end);
  const after = myText.slice(myRange.start, myRange.end);
  if (before === after) return true;
  return commonCharacters(before, after) * 2 >= before.length;
}

/** Characters of `a` found in order in `b` at the start and the end (a cheap bound of what was kept). */
function commonCharacters(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}
