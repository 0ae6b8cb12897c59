import type { ColumnType, ImportedTable, TableCell, TableColumn } from '../../shared/import/table';
import { parseDate, parseEnglishNumber, parseFrenchNumber } from '../../shared/import/cells';
import { ImportError } from './import-error';

/**
 * From raw cells to typed columns, shared by the CSV and XLSX readers. French Excel writes "2,6",
 * "1 234,5" (with a no-break space), "14/03/2023"; other tools write "2.6", "1,234.5", "2023-03-14".
 * A column gets a type only when every non-empty cell agrees; anything doubtful stays text, so no
 * identifier ("01234" postal code) and no list ("1,234,567") is silently turned into a number.
 */

export { parseDate, parseEnglishNumber, parseFrenchNumber };

/** A cell as read from the file: text (CSV, XLSX strings) or a number (XLSX numeric cells). */
export type RawCell = string | number | null;

/** Whether a single cell reads as a number in either notation (used to spot a missing header). */
export function looksNumeric(cell: RawCell): boolean {
  if (typeof cell === 'number') return true;
  return cell !== null && (parseFrenchNumber(cell) !== null || parseEnglishNumber(cell) !== null);
}

/**
 * The numbers of a column, or null if it is not numeric. French notation unless the column is
 * consistently English: every cell reads in English notation and one of them has a decimal point,
 * so "1,234" next to "12.5" is 1234, but "1,234,567" alone stays text (a list of codes?).
 */
function numbersOf(cells: RawCell[]): number[] | null {
  const texts = cells.filter((c): c is string => typeof c === 'string');
  const english = texts.every((c) => parseEnglishNumber(c) !== null) && texts.some((c) => c.includes('.'));
  const parse = english ? parseEnglishNumber : parseFrenchNumber;
  const numbers: number[] = [];
  for (const cell of cells) {
    const value = typeof cell === 'number' ? cell : cell === null ? null : parse(cell);
    if (value === null || !Number.isFinite(value)) return null;
    numbers.push(value);
  }
  return numbers;
}

/** Category: at least 4 values, at most 12 distinct ones, one repeated, all short and on one line. */
export const CATEGORY_MAX_DISTINCT = 12;
export const CATEGORY_MIN_VALUES = 4;
export const CATEGORY_MAX_LENGTH = 60;

function isCategory(values: string[]): boolean {
  const distinct = new Set(values);
  return (
    values.length >= CATEGORY_MIN_VALUES &&
    distinct.size <= CATEGORY_MAX_DISTINCT &&
    distinct.size < values.length &&
    values.every((v) => v.length <= CATEGORY_MAX_LENGTH && !v.includes('\n'))
  );
}

function normaliseCell(cell: RawCell): RawCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  const trimmed = cell.trim();
  return trimmed.length === 0 ? null : trimmed;
}

export interface TypedColumn {
  type: ColumnType;
  values: TableCell[];
}

/** Types one column: number, then date, then category or text. Cells are trimmed; empty → null. */
export function typeColumn(raw: RawCell[]): TypedColumn {
  const cells = raw.map(normaliseCell);
  const filled = cells.filter((c): c is string | number => c !== null);
  const fill = <T>(values: T[]): TableCell[] => {
    let next = 0;
    return cells.map((c) => (c === null ? null : (values[next++] as TableCell)));
  };
  if (filled.length === 0) return { type: 'text', values: cells };
  const numbers = numbersOf(filled);
  if (numbers) return { type: 'number', values: fill(numbers) };
  const dates = filled.map((c) => (typeof c === 'string' ? parseDate(c) : null));
  if (dates.every((d) => d !== null)) return { type: 'date', values: fill(dates) };
  const texts = filled.map(String);
  return { type: isCategory(texts) ? 'category' : 'text', values: fill(texts) };
}

/** A row as read from the file, with the line (CSV) or row number (XLSX) it starts on. */
export interface GridRow {
  cells: RawCell[];
  line: number;
}

const isEmpty = (cell: RawCell | undefined): boolean => normaliseCell(cell ?? null) === null;

/**
 * Builds a typed table from the rows of a file, the first one being the header (empty rows already
 * skipped). The header must name every column: a blank or mostly numeric first row is data, not a
 * header, and duplicate or missing names would make attributes ambiguous (NO_HEADER). Unnamed
 * columns empty everywhere (Excel's trailing ";") are dropped. A row with more non-empty cells than
 * the header is a broken file (CORRUPT_FILE, with its line); shorter rows are padded with null.
 */
export function tableFromGrid(rows: GridRow[], source: ImportedTable['source']): ImportedTable {
  const [headerRow, ...rest] = rows;
  if (!headerRow) throw new ImportError('EMPTY_FILE');
  const body = rest.filter((row) => row.cells.some((c) => !isEmpty(c)));
  const header = headerRow.cells.map((c) => (isEmpty(c) ? '' : String(c).trim()));
  const filled = headerRow.cells.filter((c) => !isEmpty(c));
  if (filled.length === 0) throw new ImportError('NO_HEADER', `ligne ${headerRow.line} vide`);
  if (filled.filter(looksNumeric).length * 2 > filled.length) {
    throw new ImportError('NO_HEADER', `ligne ${headerRow.line} : des nombres au lieu de noms de colonnes`);
  }
  for (const row of body) {
    const width = row.cells.reduce<number>((last, c, i) => (isEmpty(c) ? last : i + 1), 0);
    if (width > header.length) {
      throw new ImportError('CORRUPT_FILE', `ligne ${row.line} : ${width} valeurs pour ${header.length} colonnes`);
    }
  }
  const kept: number[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name.length === 0) {
      if (body.every((row) => isEmpty(row.cells[index]))) return;
      throw new ImportError('NO_HEADER', `colonne ${index + 1} sans nom`);
    }
    if (seen.has(name)) throw new ImportError('NO_HEADER', `colonne « ${name} » en double`);
    seen.add(name);
    kept.push(index);
  });
  const typed = kept.map((index) => typeColumn(body.map((row) => row.cells[index] ?? null)));
  const columns: TableColumn[] = kept.map((index, k) => ({ name: header[index] ?? '', type: typed[k]?.type ?? 'text' }));
  const tableRows = body.map((_, r) => typed.map((column) => column.values[r] ?? null));
  return { columns, rows: tableRows, source };
}
