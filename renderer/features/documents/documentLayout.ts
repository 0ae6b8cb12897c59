import type { DocumentCoding, DocumentContent, DocumentUnit } from '../../../shared/domain/document';

/**
 * Turns a document's text and structure units into blocks to read: headings, paragraphs, speaker
 * turns, grid answers (with their prompt, block and column) and, above answers, the grid they belong
 * to. Text that no unit covers is shown as plain paragraphs, so nothing of the text is ever hidden.
 * Offsets are UTF-16 indexes into `text` (shared/offsets.ts), as in the service.
 */
export type Block =
  | { type: 'section'; key: string; label: string }
  | { type: 'heading'; key: string; start: number; end: number; level: number }
  | { type: 'paragraph'; key: string; start: number; end: number }
  | { type: 'turn'; key: string; start: number; end: number; speaker: string | null; time: string | null }
  | { type: 'answer'; key: string; start: number; end: number; prompt: string | null; block: string | null; column: string | null }
  | { type: 'cell'; key: string; start: number; end: number; column: string | null };

export type TextBlock = Exclude<Block, { type: 'section' }>;

const leafKinds = new Set(['heading', 'paragraph', 'turn', 'answer', 'cell', 'prompt']);

function containerLabel(unit: DocumentUnit, byId: Map<number, DocumentUnit>): string | null {
  if (unit.attrs.grid) return unit.attrs.grid;
  for (let parent = unit.parentId === null ? undefined : byId.get(unit.parentId); parent; ) {
    if (parent.kind === 'grid' || parent.kind === 'table') return parent.label;
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return null;
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

function leafBlock(unit: DocumentUnit): TextBlock {
  const base = { key: `u${unit.id}`, start: unit.start, end: unit.end };
  switch (unit.kind) {
    case 'heading':
      return { ...base, type: 'heading', level: unit.attrs.level ?? 1 };
    case 'turn':
      return { ...base, type: 'turn', speaker: unit.attrs.speaker ?? unit.label, time: unit.attrs.time ?? null };
    case 'answer':
      return { ...base, type: 'answer', prompt: unit.attrs.prompt ?? unit.label, block: unit.attrs.block ?? null, column: unit.attrs.column ?? null };
    case 'cell':
      return { ...base, type: 'cell', column: unit.attrs.column ?? unit.label };
    default:
      return { ...base, type: 'paragraph' };
  }
}

export function layoutDocument(doc: Pick<DocumentContent, 'text' | 'units'>): Block[] {
  const byId = new Map(doc.units.map((unit) => [unit.id, unit]));
  const leaves = doc.units.filter((unit) => leafKinds.has(unit.kind) && unit.end > unit.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: Block[] = [];
  let cursor = 0;
  let section: string | null = null;
  for (const unit of leaves) {
    if (unit.start < cursor) continue; // nested in, or overlapping, a unit already shown
    plainParagraphs(doc.text, cursor, unit.start, blocks);
    if (unit.kind === 'answer' || unit.kind === 'cell') {
      const label = containerLabel(unit, byId);
      if (label && label !== section) blocks.push({ type: 'section', key: `s${unit.id}`, label });
      section = label;
    }
    blocks.push(leafBlock(unit));
    cursor = unit.end;
  }
  plainParagraphs(doc.text, cursor, doc.text.length, blocks);
  return blocks;
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
