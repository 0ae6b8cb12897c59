import ExcelJS from 'exceljs';
import type { ImportedTable } from '../../shared/import/table';
import { tableFromGrid, type GridRow, type RawCell } from './column-types';
import { ImportError } from './import-error';

/** Compound File Binary (OLE2): what Excel writes for a password-protected .xlsx, and for old .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted .xlsx is an OLE file holding these two streams (names in UTF-16LE). */
const ENCRYPTED_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Excel dates come back as UTC Date objects. A day → ISO yyyy-mm-dd; a day with a time →
 * "yyyy-mm-dd hh:mm" (kept as text, the table model has no date-time type); a time alone → "hh:mm".
 */
export function excelDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const day = date.toISOString().slice(0, 10);
  const seconds = date.getUTCSeconds();
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
  if (day === '1899-12-30' || day === '1899-12-31') return time;
  return time === '00:00' ? day : `${day} ${time}`;
}

type Value = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

/**
 * The value a researcher sees in a cell: rich text runs joined, a hyperlink's text, a formula's
 * cached result (null if the file has none, or an error such as #DIV/0!), booleans as "oui"/"non".
 */
export function cellValue(value: Value): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return excelDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellValue(value.text as Value);
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
  return null; // { error: '#N/A' } and the like
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (ENCRYPTED_STREAMS.some((name) => containsUtf16(bytes, name))) throw new ImportError('PASSWORD_PROTECTED');
    throw new ImportError('UNSUPPORTED_TYPE', 'classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx');
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ImportError('CORRUPT_FILE', 'pas un classeur .xlsx (archive zip attendue)');
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy as a plain ArrayBuffer: what exceljs's typings ask for, and JSZip reads it as is.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new ImportError('CORRUPT_FILE', error instanceof Error ? error.message.slice(0, 120) : String(error));
  }
  if (workbook.worksheets.length === 0) throw new ImportError('CORRUPT_FILE', 'aucune feuille de calcul');
  return workbook;
}

/** The non-empty rows of a sheet, every row as wide as the widest; merged cells only in their master. */
function sheetRows(sheet: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[column - 1] = cellValue(cell.value);
    });
    const filled = Array.from(cells, (c) => (typeof c === 'string' && c.trim() === '' ? null : (c ?? null)));
    if (filled.some((c) => c !== null)) {
      rows.push({ cells: filled, line: rowNumber });
      width = Math.max(width, filled.length);
    }
  });
  for (const row of rows) while (row.cells.length < width) row.cells.push(null);
  return rows;
}

/**
 * A title above the table ("Enquête StESS 2023" merged across the columns) is not the header:
 * a first row whose only value sits in a cell merged across several columns is skipped.
 */
function isTitleRow(sheet: ExcelJS.Worksheet, row: GridRow): boolean {
  const filled = row.cells.flatMap((c, i) => (c === null ? [] : [i + 1]));
  if (filled.length !== 1) return false;
  const cell = sheet.getCell(row.line, filled[0] ?? 1);
  const next = sheet.getCell(row.line, (filled[0] ?? 1) + 1);
  return next.type === ExcelJS.ValueType.Merge && next.master.address === cell.address;
}

/**
 * A survey or case table from an Excel workbook: the first sheet, or the one named. The header is
 * the first non-empty row (after a merged title row, if any); header rules and column typing are
 * those of CSV (column-types.ts).
 */
export async function parseXlsx(bytes: Uint8Array, sheet?: string): Promise<ImportedTable> {
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.worksheets.find((ws) => ws.name === sheet);
  if (!worksheet) throw new ImportError('CORRUPT_FILE', `feuille introuvable : ${sheet ?? ''}`);
  let rows = sheetRows(worksheet);
  if (rows.length === 0) throw new ImportError('EMPTY_FILE', `feuille vide : ${worksheet.name}`);
  if (rows.length > 1 && rows[0] && isTitleRow(worksheet, rows[0])) rows = rows.slice(1);
  return tableFromGrid(rows, { format: 'xlsx', sheet: worksheet.name, sheets });
}
