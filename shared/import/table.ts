/**
 * A table read from a CSV or XLSX file (case tables, survey exports, codebooks): a header row and
 * typed columns. Numbers are JavaScript numbers (French decimal commas already converted), dates
 * ISO `yyyy-mm-dd` strings, empty cells null.
 */
export type ColumnType = 'text' | 'number' | 'date' | 'category';

export interface TableColumn {
  name: string;
  type: ColumnType;
}

export type TableCell = string | number | null;

export interface ImportedTable {
  columns: TableColumn[];
  rows: TableCell[][];
  /** What was detected, for the import summary: encoding and delimiter (CSV), sheet (XLSX). */
  source: { format: 'csv' | 'xlsx'; encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] };
}
