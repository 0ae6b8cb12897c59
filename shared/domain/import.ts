import type { WireError } from '../errors';
import type { DocumentKind } from './document';

export const documentExtensions = ['.docx', '.odt', '.rtf', '.pdf', '.txt', '.md', '.markdown', '.html', '.htm', '.vtt', '.srt'] as const;
export const tableExtensions = ['.csv', '.xlsx'] as const;
/** REFI-QDA exchange files: a whole project (`.qdpx`) or a codebook (`.qdc`), imported through `imports:refi`. */
export const refiExtensions = ['.qdpx', '.qdc'] as const;

/** What became of one imported file: the import summary lists these. */
export interface ImportOutcome {
  fileName: string;
  status: 'imported' | 'duplicate' | 'failed';
  documentId?: number;
  documentName?: string;
  kind?: DocumentKind;
  /** Structure found: paragraphs, headings, turns, grids, tables, answers. */
  counts?: Record<string, number>;
  speakers?: string[];
  /** For a duplicate: the document that already has this text. */
  duplicateOf?: string;
  error?: WireError;
}
