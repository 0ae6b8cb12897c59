import type { TextRange } from '../offsets';
import type { StructureField } from './structure';

/**
 * A code query: which passages to retrieve. Leaves are codes; operators combine the passages of
 * their operands document by document.
 * - `code`: every coding of the code (and of its sub-codes when `withChildren`).
 * - `and`: the stretches where passages of every operand overlap (the overlap itself).
 * - `or`: passages of any operand, each as it is (the same stretch found twice is shown once).
 * - `not`: passages of `include` that overlap no passage of `exclude`.
 * - `followedBy`: passages of `first` after which a passage of `then` starts, at most `within`
 *   structural units (paragraphs, turns, answers) later; 0 means in the same unit.
 * - `near`: passages of `a` with a passage of `b` at most `within` units away, before or after.
 */
export type CodeQuery =
  | { op: 'code'; codeId: number; withChildren: boolean }
  | { op: 'and' | 'or'; items: CodeQuery[] }
  | { op: 'not'; include: CodeQuery; exclude: CodeQuery }
  | { op: 'followedBy'; first: CodeQuery; then: CodeQuery; within: number }
  | { op: 'near'; a: CodeQuery; b: CodeQuery; within: number };

export const codeQueryOps = ['code', 'and', 'or', 'not', 'followedBy', 'near'] as const;

/** One condition on the structure around a passage: its speaker, block, prompt, column or grid is one of `values`. */
export interface StructureCondition {
  field: StructureField;
  values: string[];
}

/** One condition on the cases of a passage: the attribute's value is one of `values`. */
export interface AttributeCondition {
  attributeId: number;
  values: string[];
}

/** Filters that narrow the passages of a query. Every filter given must hold; the values of one filter are alternatives. */
export interface ExtractFilters {
  documentIds?: number[];
  /** Documents of any of these groups. */
  groupIds?: number[];
  caseIds?: number[];
  /** Every condition must hold for at least one case of the passage (Branche = Missions locales AND Zone = Zone 5). */
  attributes?: AttributeCondition[];
  structure?: StructureCondition[];
  coderIds?: number[];
  /** Coded on or after this day (YYYY-MM-DD). */
  codedFrom?: string;
  /** Coded on or before this day (YYYY-MM-DD). */
  codedTo?: string;
  keyQuotesOnly?: boolean;
}

/** What the extract browser, the CLI and (later) exports and analyses ask for. */
export interface ExtractSelection {
  query: CodeQuery;
  filters: ExtractFilters;
}

/** The structure around a passage: the labels of the units that contain its start. */
export interface ExtractStructure {
  grid?: string;
  block?: string;
  prompt?: string;
  column?: string;
  speaker?: string;
  /** Time of the turn (`hh:mm:ss`) when the transcript has one. */
  time?: string;
  /** Heading of the section, for plain texts. */
  heading?: string;
}

export interface ExtractCase {
  id: number;
  name: string;
  /** Attribute name → value, in the attributes' order. */
  attributes: Record<string, string | null>;
}

export interface Extract extends TextRange {
  /** Stable within a result: `c<codingId>` for a coding, `d<doc>:<start>-<end>` for a computed stretch. */
  key: string;
  /** The coding, when the passage is exactly one coding (a `code` query or its filters). */
  codingId: number | null;
  /** Every coding the passage was made from. */
  codingIds: number[];
  documentId: number;
  documentName: string;
  text: string;
  /** Codes of those codings: id and path (`Freins/Liés aux publics`). */
  codes: { id: number; path: string; color: string }[];
  cases: ExtractCase[];
  structure: ExtractStructure;
  coder: { id: number; name: string; color: string } | null;
  /** When the coding was made (ISO), null for computed stretches. */
  codedAt: string | null;
  /** Plain text of the coding's comment, if any. */
  comment: string | null;
  keyQuote: boolean;
  /** The structural unit before and after (paragraph, turn, answer), when asked for. */
  context?: { before: string; after: string };
}

export interface ExtractCounts {
  passages: number;
  documents: number;
  cases: number;
}

export interface ExtractResult {
  /** In document order, then by position. At most the `limit` asked for. */
  extracts: Extract[];
  counts: ExtractCounts;
  /** True when more passages matched than were returned. */
  truncated: boolean;
}

/** Choices offered by the filters: what the project holds. */
export interface ExtractFacets {
  documents: { id: number; name: string }[];
  groups: { id: number; name: string }[];
  cases: { id: number; name: string }[];
  attributes: { id: number; name: string; type: string; values: { value: string; cases: number }[] }[];
  structure: { field: StructureField; value: string; passages: number }[];
  coders: { id: number; name: string; color: string }[];
}

export interface SavedQuery {
  id: number;
  name: string;
  selection: ExtractSelection;
  createdAt: string;
}
