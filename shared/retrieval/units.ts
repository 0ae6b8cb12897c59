import type { DocumentUnit, UnitKind } from '../domain/document';
import type { ExtractStructure } from '../domain/extract';
import type { TextRange } from '../offsets';

/** Units a reader counts in « within N paragraphs or turns »: the innermost of these kinds. */
const READING_KINDS: ReadonlySet<UnitKind> = new Set(['paragraph', 'turn', 'answer', 'cell']);

export type UnitLike = Pick<DocumentUnit, 'kind' | 'start' | 'end' | 'attrs' | 'label'>;

/**
 * The reading units of a document in text order: paragraphs, turns, grid answers and cells, keeping
 * only the innermost when they nest (a paragraph inside an answer counts, not the answer).
 */
export function readingUnits(units: readonly UnitLike[]): TextRange[] {
  const candidates = units
    .filter((u) => READING_KINDS.has(u.kind) && u.end > u.start)
    .map((u) => ({ start: u.start, end: u.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const leaves: TextRange[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const unit = candidates[i]!;
    // Sorted by start then end, a unit nested in this one comes right after it (same or later start).
    let j = i + 1;
    let containsOther = false;
    while (j < candidates.length && candidates[j]!.start < unit.end) {
      const other = candidates[j]!;
      if (other.end <= unit.end && (other.start > unit.start || other.end < unit.end)) {
        containsOther = true;
        break;
      }
      j++;
    }
    const previous = leaves[leaves.length - 1];
    if (!containsOther && !(previous && previous.start === unit.start && previous.end === unit.end)) leaves.push(unit);
  }
  return leaves;
}

/**
 * Index of the reading unit holding `offset`: the last unit starting at or before it. Text before
 * the first unit counts as unit 0; a document without units is one unit.
 */
export function unitIndexAt(units: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = units.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (units[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** First and last reading unit a passage touches. */
export function unitSpan(units: readonly TextRange[], passage: TextRange): { first: number; last: number } {
  return { first: unitIndexAt(units, passage.start), last: unitIndexAt(units, Math.max(passage.start, passage.end - 1)) };
}

/**
 * The structure around a passage: the labels of every unit that contains its start, inner units
 * overriding outer ones, and the last heading before it.
 */
export function structureAt(units: readonly UnitLike[], offset: number): ExtractStructure {
  const containing = units
    .filter((u) => u.kind !== 'heading' && u.start <= offset && offset < u.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const structure: ExtractStructure = {};
  for (const unit of containing) {
    const { attrs } = unit;
    if (attrs.grid) structure.grid = attrs.grid;
    if (attrs.block) structure.block = attrs.block;
    if (attrs.prompt) structure.prompt = attrs.prompt;
    if (attrs.column) structure.column = attrs.column;
    if (attrs.speaker) structure.speaker = attrs.speaker;
    if (attrs.time) structure.time = attrs.time;
  }
  let heading: UnitLike | undefined;
  for (const unit of units) if (unit.kind === 'heading' && unit.start <= offset && (!heading || unit.start >= heading.start)) heading = unit;
  if (heading?.label) structure.heading = heading.label;
  return structure;
}

/** The text of the reading units just before and just after a passage (empty at the edges). */
export function contextAround(text: string, units: readonly TextRange[], passage: TextRange): { before: string; after: string } {
  if (units.length === 0) return { before: '', after: '' };
  const { first, last } = unitSpan(units, passage);
  const previous = units[first - 1];
  const next = units[last + 1];
  // The part of the passage's own units outside the passage belongs to the context too.
  const ownStart = Math.min(units[first]!.start, passage.start);
  const ownEnd = Math.max(units[last]!.end, passage.end);
  const before = text.slice(previous ? previous.start : ownStart, passage.start);
  const after = text.slice(passage.end, next ? next.end : ownEnd);
  // Line breaks between units are layout, not context; a space inside a unit is kept. (Loops, not
  // end-anchored regular expressions, which rescan the string from every position.)
  let beforeEnd = before.length;
  while (beforeEnd > 0 && isLineBreak(before.charCodeAt(beforeEnd - 1))) beforeEnd--;
  let afterStart = 0;
  while (afterStart < after.length && isLineBreak(after.charCodeAt(afterStart))) afterStart++;
  return { before: before.slice(0, beforeEnd).trimStart(), after: after.slice(afterStart).trimEnd() };
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
