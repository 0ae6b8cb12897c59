import ExcelJS from 'exceljs';
import { ITEMS_PER_STEP, silentProgress, type ExportProgress } from '../export-job';
import { t, tableColumns, tableRow, type ExtractSheet } from './extracts-rows';

/** Characters Excel refuses in a sheet's name, and its length limit. */
const forbidden = /[[\]:*?/\\]/g;
const maxSheetName = 31;

/** Distinct sheet names from code paths: the code's own name, shortened, numbered when two collide. */
export function sheetNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const leaf = (path.split('/').pop() ?? path).replace(forbidden, ' ').replace(/\s+/g, ' ').replace(/^['\s]+|['\s]+$/g, '') || 'Code';
    let name = leaf.slice(0, maxSheetName).trim();
    for (let n = 2; taken.has(name.toLocaleLowerCase('fr')); n++) {
      const suffix = ` (${n})`;
      name = `${leaf.slice(0, maxSheetName - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase('fr'));
    return name;
  });
}

/** Rows written so far out of all the sheets' rows, for the progress of the export. */
interface RowCount {
  done: number;
  total: number;
}

async function addTable(workbook: ExcelJS.Workbook, name: string, sheet: ExtractSheet, extracts: ExtractSheet['extracts'], rows: RowCount, progress: ExportProgress): Promise<void> {
  const columns = tableColumns(sheet);
  const worksheet = workbook.addWorksheet(name);
  const header = worksheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF34495E' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const extract of extracts) {
    if (rows.done++ % ITEMS_PER_STEP === 0) await progress.step('write', rows.done - 1, rows.total);
    worksheet.addRow(tableRow(extract, sheet));
  }
  columns.forEach((column, i) => {
    const col = worksheet.getColumn(i + 1);
    col.width = column.width;
    col.alignment = { vertical: 'top', wrapText: column.long === true };
  });
  // The header row keeps its own alignment over the column's.
  header.alignment = { vertical: 'middle', wrapText: true };
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * The extracts as an .xlsx workbook: one sheet with a code column, or one sheet per code (an
 * extract of two codes is on both). Bold, coloured, frozen header; widths set; long texts wrapped.
 */
export async function extractsXlsx(sheet: ExtractSheet, sheetPerCode: boolean, progress: ExportProgress = silentProgress): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balise';
  workbook.title = sheet.title;
  if (sheetPerCode && sheet.groups.length > 0) {
    const names = sheetNames(sheet.groups.map((g) => g.path));
    const rows = { done: 0, total: sheet.groups.reduce((n, group) => n + group.extracts.length, 0) };
    for (const [i, group] of sheet.groups.entries()) await addTable(workbook, names[i]!, sheet, group.extracts, rows, progress);
  } else {
    await addTable(workbook, t('exports.file.sheet'), sheet, sheet.extracts, { done: 0, total: sheet.extracts.length }, progress);
  }
  await progress.step('compress', 0, 1);
  const buffer = await workbook.xlsx.writeBuffer();
  await progress.step('compress', 1, 1);
  return new Uint8Array(buffer as ArrayBuffer);
}
