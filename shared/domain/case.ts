export const attributeTypes = ['text', 'number', 'date', 'category'] as const;
export type AttributeType = (typeof attributeTypes)[number];

export interface CaseSummary {
  id: number;
  name: string;
  description: string;
  documentCount: number;
  attributes: Record<string, string | null>;
}

/**
 * The named parts of a document a case can be linked to: a speaker's turns (the interviewee's
 * turns belong to the interviewee's case) or a grid column's answers and cells (the « retour du
 * professionnel » column to the professional's case).
 */
export const casePartFields = ['speaker', 'column'] as const;
export type CasePartField = (typeof casePartFields)[number];

/** An attribute of the case table: a column with a type. */
export interface CaseAttribute {
  id: number;
  name: string;
  type: AttributeType;
  position: number;
}

/**
 * One link of a case to a document: the whole document (`part` and `range` null), a named part of
 * it, or a stretch of its text. A passage inside a linked part belongs to that part's cases only;
 * any other passage of the document belongs to the cases linked to the whole document.
 */
export interface CaseLink {
  documentId: number;
  part: { field: CasePartField; value: string } | null;
  range: { start: number; end: number } | null;
}

/**
 * A row of the case table. Stored values are canonical: numbers with a decimal point (`2.5`),
 * dates ISO (`2026-11-23`), text and categories as typed; null when empty.
 */
export interface CaseRow {
  id: number;
  name: string;
  description: string;
  position: number;
  /** Attribute id → stored value. Attributes without a value are absent or null. */
  values: Record<number, string | null>;
  /** In document order, whole-document links first. */
  links: CaseLink[];
  /** Distinct documents linked in any way. */
  documentCount: number;
}

export interface CaseTable {
  attributes: CaseAttribute[];
  cases: CaseRow[];
}

/** A named part a document offers, how many units (turns, answers, cells) it has, and the cases linked to it. */
export interface DocumentPart {
  field: CasePartField;
  value: string;
  units: number;
  caseIds: number[];
}
