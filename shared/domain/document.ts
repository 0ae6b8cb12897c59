import type { TextRange } from '../offsets';

export const documentKinds = ['transcript', 'observation', 'text', 'table'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Structure units are ranges of the document text with a kind and labels: a heading, a paragraph,
 * a speaker turn (speaker, time), a grid cell (grid, block, prompt, column, beneficiary)…
 */
export const unitKinds = ['heading', 'paragraph', 'turn', 'grid', 'block', 'prompt', 'answer', 'table', 'cell'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface UnitAttributes {
  level?: number;
  speaker?: string;
  time?: string;
  grid?: string;
  block?: string;
  prompt?: string;
  column?: string;
  beneficiary?: number;
}

export interface DocumentUnit extends TextRange {
  id: number;
  parentId: number | null;
  kind: UnitKind;
  label: string | null;
  attrs: UnitAttributes;
}

export interface DocumentSummary {
  id: number;
  name: string;
  kind: DocumentKind;
  sourceName: string | null;
  importedAt: string;
  /** Characters as a reader counts them (code points), for display; offsets use UTF-16 units. */
  characterCount: number;
  codingCount: number;
  /** Bumped when the text or the structure changes (text edits, speaker renames). */
  revision: number;
  /**
   * Share of the text (0..1) covered by at least one coding: the union of the coded ranges, so a
   * passage coded with three codes counts once.
   */
  codedShare: number;
  /** The document groups (sets) it belongs to, in the groups' order. */
  groupIds: number[];
  /** The linked recording (audio or video beside the project), or null. */
  media: DocumentMedia | null;
}

/** A recording linked to a document: only its file name and whether it is there; never its path. */
export interface DocumentMedia {
  name: string;
  available: boolean;
}

export interface DocumentCoding extends TextRange {
  id: number;
  codeId: number;
  coderId: number | null;
}

export interface DocumentContent extends DocumentSummary {
  text: string;
  metadata: Record<string, unknown>;
  units: DocumentUnit[];
  codings: DocumentCoding[];
}

/** A group (set) of documents, to filter the list and, later, analyses. */
export interface DocumentGroup {
  id: number;
  name: string;
  /** Its documents, in the documents' order. */
  documentIds: number[];
}
