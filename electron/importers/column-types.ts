import type { ColumnType, ImportedTable, TableCell, TableColumn } from '../../shared/import/table';
import { ImportError } from './import-error';

/**
 * From raw cells to typed columns, shared by the CSV and XLSX readers. French Excel writes "2,6",
 * "1 234,5" (with a no-break space), "14/03/2023"; other tools write "2.6", "1,234.5", "2023-03-14".
 * A column gets a type only when every non-empty cell agrees; anything doubtful stays text, so no
 * identifier ("01234" postal code) and no list ("1,234,567") is silently turned into a number.
 */

/** A cell as read from the file: text (CSV, XLSX strings) or a number (XLSX numeric cells). */
export type RawCell = string | number | null;

const GROUP = '[ \\u00a0\\u202f\\u2009\\u2007]';
/** French: "12", "2,6", "12.5", "1 234,5" (normal, no-break or narrow no-break spaces). */
const FRENCH = new RegExp(`^(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:[,.](\\d+))?$`);
/** French with dots for thousands: "1.234,5" (the comma makes it unambiguous). */
const FRENCH_DOTS = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/;
/** English: "12", "12.5", "1,234", "1,234,567.5". */
const ENGLISH = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** Integer parts longer than this lose precision as doubles: they are identifiers, not numbers. */
const MAX_DIGITS = 15;

function cleanNumber(cell: string): { sign: number; body: string } {
  const text = cell.trim();
  const first = text.charAt(0);
  const signed = first === '-' || first === '+' || first === '\u2212';
  return { sign: first === '-' || first === '\u2212' ? -1 : 1, body: signed ? text.slice(1) : text };
}

function toNumber(sign: number, integer: string, decimals: string | undefined): number | null {
  const digits = integer.replace(/[^\d]/g, '');
  // "01234" (postal code, SIRET, phone number) is an identifier; "0,5" is a number.
  if ((digits.length > 1 && digits.startsWith('0')) || digits.length > MAX_DIGITS) return null;
  const value = sign * Number(decimals === undefined ? digits : `${digits}.${decimals}`);
  return value === 0 ? 0 : value; // no -0
}

/** Reads a number in French notation (decimal comma, or a decimal point typed by hand). */
export function parseFrenchNumber(cell: string): number | null {
  const { sign, body } = cleanNumber(cell);
  const match = FRENCH.exec(body) ?? FRENCH_DOTS.exec(body);
  return match ? toNumber(sign, match[1] ?? '', match[2]) : null;
}

/** Reads a number in English notation (decimal point, commas between thousands). */
export function parseEnglishNumber(cell: string): number | null {
  const { sign, body } = cleanNumber(cell);
  const match = ENGLISH.exec(body);
  return match ? toNumber(sign, match[1] ?? '', match[2]) : null;
}

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

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+';
const FRENCH_DATE = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})$`, 'iu');
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number | undefined {
  const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
  return MONTHS[folded];
}

/**
 * Reads a date as French users write it: 14/03/2023, 14/03/23 (Excel's rule: 00–29 → 20xx,
 * 30–99 → 19xx), 14.03.2023, 2023-03-14, "14 mars 2023", "mardi 1er août 2023". Day before month,
 * always. Returns ISO yyyy-mm-dd, or null for anything else (including dates with a time).
 */
export function parseDate(cell: string): string | null {
  const text = cell.trim().replace(/\s+/g, ' ');
  let match = DAY_FIRST.exec(text);
  if (match) {
    let year = Number(match[4]);
    if ((match[4] ?? '').length === 2) year += year < 30 ? 2000 : 1900;
    return iso(year, Number(match[3]), Number(match[1]));
  }
  match = YEAR_FIRST.exec(text);
  if (match) return iso(Number(match[1]), Number(match[3]), Number(match[4]));
  match = FRENCH_DATE.exec(text);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    return month === undefined ? null : iso(Number(match[3]), month, Number(match[1]));
  }
  return null;
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
