import type { ColumnType } from '../import/table';

export interface TablePreviewColumn {
  name: string;
  type: ColumnType;
  /** A few distinct values, as the researcher will see them. */
  samples: string[];
  distinct: number;
  /** Longest value: long free text suggests a column to turn into documents. */
  longest: number;
}

export interface TablePreview {
  fileName: string;
  rowCount: number;
  columns: TablePreviewColumn[];
  source: { format: 'csv' | 'xlsx'; encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] };
  /** The column proposed as case key (unique values, first such column). */
  suggestedKey: string | null;
  /** Columns proposed as free text to code (long texts). */
  suggestedTextColumns: string[];
}

export interface CaseImportResult {
  casesCreated: number;
  casesUpdated: number;
  attributes: number;
  documentsCreated: number;
  documentsLinked: number;
}

export interface CodebookImportResult {
  created: number;
  existing: number;
}
