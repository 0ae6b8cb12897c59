import Papa from 'papaparse';
import { tableColumns, tableRow, type ExtractSheet } from './extracts-rows';

/**
 * The extracts as CSV, one row per extract: UTF-8 with a byte-order mark and `;` by default, so
 * that Excel in French opens it with its accents and columns; `,` on request. Papaparse quotes the
 * cells holding the separator, quotes or line breaks. A cell starting with = + - @ gets a leading
 * apostrophe, so that a spreadsheet shows it as text instead of running it as a formula (a passage
 * from a shared document could otherwise carry one).
 */
export function extractsCsv(sheet: ExtractSheet, separator: ';' | ','): Uint8Array {
  const fields = tableColumns(sheet).map((c) => c.header);
  const data = sheet.extracts.map((extract) => tableRow(extract, sheet));
  const text = Papa.unparse({ fields, data }, { delimiter: separator, newline: '\r\n', escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
