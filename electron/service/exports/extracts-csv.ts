import Papa from 'papaparse';
import { eachWithProgress, silentProgress, type ExportProgress } from '../export-job';
import { tableColumns, tableRow, type ExtractSheet } from './extracts-rows';

/**
 * The extracts as CSV, one row per extract: UTF-8 with a byte-order mark and `;` by default, so
 * that Excel in French opens it with its accents and columns; `,` on request. Papaparse quotes the
 * cells holding the separator, quotes or line breaks. A cell a spreadsheet would run as a formula
 * (starting with = + @, a tab, or a minus sign glued to what follows) gets a leading apostrophe, so
 * it shows as text (a passage from a shared document could otherwise carry one). A dialogue line
 * « - Oui, bien sûr » (dash, space) stays exactly as coded.
 */
const FORMULA = /^(?:[=+@\t\r]|-\S)/;

export async function extractsCsv(sheet: ExtractSheet, separator: ';' | ',', progress: ExportProgress = silentProgress): Promise<Uint8Array> {
  const fields = tableColumns(sheet).map((c) => c.header);
  const data: ReturnType<typeof tableRow>[] = [];
  await eachWithProgress(sheet.extracts, progress, (extract) => data.push(tableRow(extract, sheet)));
  const text = Papa.unparse({ fields, data }, { delimiter: separator, newline: '\r\n', escapeFormulae: FORMULA });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
