import type { DocumentCoding, DocumentContent, DocumentUnit } from '../../../shared/domain/document';

/**
 * Turns a document's text and structure units into blocks to read: headings, paragraphs, speaker
 * turns, grid answers and table cells. Above the answers of a grid come its title (with its column
 * when the grid has only one, e.g. « Faits observés ») and, as they change, its blocks
 * (« Recensement des besoins »); each answer shows its prompt (once, when two columns answer the same
 * prompt) and its column when the grid has several (« Retour du professionnel »). Cells of generic
 * tables show their column label; a new row starts when a column comes round again. Text that no
 * unit covers is shown as plain paragraphs, so nothing of the text is ever hidden. Offsets are
 * UTF-16 indexes into `text` (shared/offsets.ts), as in the service.
 */
export type Block =
  | { type: 'section'; key: string; label: string; column: string | null }
  | { type: 'subsection'; key: string; label: string }
  | { type: 'heading'; key: string; start: number; end: number; level: number }
  | { type: 'paragraph'; key: string; start: number; end: number }
  | { type: 'turn'; key: string; start: number; end: number; speaker: string | null; time: string | null }
  | { type: 'answer'; key: string; start: number; end: number; prompt: string | null; column: string | null; rowStart: boolean; rule: boolean }
  | { type: 'cell'; key: string; start: number; end: number; column: string | null; rowStart: boolean; rule: boolean };

export type TextBlock = Exclude<Block, { type: 'section' } | { type: 'subsection' }>;

const leafKinds = new Set(['heading', 'paragraph', 'turn', 'answer', 'cell', 'prompt']);

/** The grid or table an answer or cell belongs to: its unit (for grouping) and its title. */
function containerOf(unit: DocumentUnit, byId: Map<number, DocumentUnit>): { id: string; label: string | null } {
  for (let parent = unit.parentId === null ? undefined : byId.get(unit.parentId); parent; ) {
    if (parent.kind === 'grid' || parent.kind === 'table') return { id: `u${parent.id}`, label: unit.attrs.grid ?? parent.label };
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return { id: `g${unit.attrs.grid ?? ''}`, label: unit.attrs.grid ?? null };
}

function plainParagraphs(text: string, from: number, to: number, out: Block[]): void {
  const pattern = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  const slice = text.slice(from, to);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const start = from + match.index;
    const end = start + match[0].trimEnd().length;
    out.push({ type: 'paragraph', key: `p${start}`, start, end });
  }
}

const columnOf = (unit: DocumentUnit): string | null => unit.attrs.column ?? (unit.kind === 'cell' ? unit.label : null);
const fold = (label: string) => label.trim().toLocaleLowerCase('fr');

/** Per grid or table: the columns its answers and cells are in. */
function columnsByContainer(leaves: DocumentUnit[], byId: Map<number, DocumentUnit>): Map<string, Set<string>> {
  const columns = new Map<string, Set<string>>();
  for (const unit of leaves) {
    if (unit.kind !== 'answer' && unit.kind !== 'cell') continue;
    const { id } = containerOf(unit, byId);
    const set = columns.get(id) ?? new Set<string>();
    const column = columnOf(unit);
    if (column) set.add(column);
    columns.set(id, set);
  }
  return columns;
}

export function layoutDocument(doc: Pick<DocumentContent, 'text' | 'units'>): Block[] {
  const byId = new Map(doc.units.map((unit) => [unit.id, unit]));
  const leaves = doc.units.filter((unit) => leafKinds.has(unit.kind) && unit.end > unit.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const columns = columnsByContainer(leaves, byId);
  const blocks: Block[] = [];
  let cursor = 0;
  // Where the reader is in the current grid: which grid, block, prompt, and the columns of the row.
  let container: string | null = null;
  let showColumns = true;
  let block: string | null = null;
  let prompt: string | null = null;
  let row = new Set<string>();
  for (const unit of leaves) {
    if (unit.start < cursor) continue; // nested in, or overlapping, a unit already shown
    plainParagraphs(doc.text, cursor, unit.start, blocks);
    cursor = unit.end;
    const key = `u${unit.id}`;
    if (unit.kind !== 'answer' && unit.kind !== 'cell') {
      container = null;
      blocks.push(leafBlock(unit));
      continue;
    }
    const grid = containerOf(unit, byId);
    if (grid.id !== container) {
      const gridColumns = [...(columns.get(grid.id) ?? [])];
      const previous = blocks[blocks.length - 1];
      const repeatsHeading = previous?.type === 'heading' && grid.label !== null && fold(doc.text.slice(previous.start, previous.end)) === fold(grid.label);
      const single = gridColumns.length === 1 ? gridColumns[0]! : null;
      if (grid.label && !repeatsHeading) blocks.push({ type: 'section', key: `s${unit.id}`, label: grid.label, column: single });
      // A single column is said once, by the grid's title; if the title is not shown, by each answer.
      showColumns = single === null || repeatsHeading || !grid.label;
      container = grid.id;
      block = null;
      prompt = null;
      row = new Set();
    }
    const unitBlock = unit.attrs.block ?? null;
    if (unitBlock !== block) {
      if (unitBlock) blocks.push({ type: 'subsection', key: `b${unit.id}`, label: unitBlock });
      block = unitBlock;
      prompt = null;
    }
    const column = columnOf(unit);
    const firstRow = row.size === 0 && blocks[blocks.length - 1]?.type !== 'answer' && blocks[blocks.length - 1]?.type !== 'cell';
    if (unit.kind === 'cell') {
      const rowStart = row.size === 0 || (column !== null && row.has(column));
      if (rowStart) row = new Set();
      if (column) row.add(column);
      // A rule between the rows of a table, not above the first.
      blocks.push({ type: 'cell', key, start: unit.start, end: unit.end, column, rowStart, rule: rowStart && !firstRow });
      continue;
    }
    const unitPrompt = unit.attrs.prompt ?? unit.label;
    const samePrompt = unitPrompt !== null && unitPrompt === prompt;
    const rowStart = unitPrompt === null ? row.size === 0 || (column !== null && row.has(column)) : !samePrompt;
    if (rowStart) row = new Set();
    if (column) row.add(column);
    prompt = unitPrompt;
    // A full-width answer row repeats its block as prompt (« Échanges sur les situations inattendues »).
    const shownPrompt = samePrompt || unitPrompt === unitBlock ? null : unitPrompt;
    blocks.push({
      type: 'answer',
      key,
      start: unit.start,
      end: unit.end,
      prompt: shownPrompt,
      column: showColumns ? column : null,
      rowStart,
      rule: rowStart && unitPrompt === null && !firstRow,
    });
  }
  plainParagraphs(doc.text, cursor, doc.text.length, blocks);
  return blocks;
}

function leafBlock(unit: DocumentUnit): TextBlock {
  const base = { key: `u${unit.id}`, start: unit.start, end: unit.end };
  switch (unit.kind) {
    case 'heading':
      return { ...base, type: 'heading', level: unit.attrs.level ?? 1 };
    case 'turn':
      return { ...base, type: 'turn', speaker: unit.attrs.speaker ?? unit.label, time: unit.attrs.time ?? null };
    default:
      return { ...base, type: 'paragraph' };
  }
}

export interface Span {
  start: number;
  end: number;
  /** Codes applied to this stretch, in the order their codings start. */
  codeIds: number[];
}

/** Cuts [start, end) where a coding begins or ends; each piece knows which codes cover it. */
export function spansOf(start: number, end: number, codings: readonly DocumentCoding[]): Span[] {
  const inside = codings.filter((c) => c.start < end && c.end > start).sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([start, end]);
  for (const c of inside) {
    if (c.start > start) cuts.add(c.start);
    if (c.end < end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const codeIds = [...new Set(inside.filter((c) => c.start < to && c.end > from).map((c) => c.codeId))];
    spans.push({ start: from, end: to, codeIds });
  }
  return spans;
}

/** Codes used anywhere in [start, end), in order of first appearance. */
export function codesIn(start: number, end: number, codings: readonly DocumentCoding[]): number[] {
  const inside = codings.filter((c) => c.start < end && c.end > start).sort((a, b) => a.start - b.start);
  return [...new Set(inside.map((c) => c.codeId))];
}
