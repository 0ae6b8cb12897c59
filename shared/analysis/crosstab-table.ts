import type { CodeChoice, Crosstab, CrosstabCell, CrosstabColumn, CrosstabCounts, CrosstabRow } from '../domain/analysis';
import type { ExtractFilters, ExtractSelection } from '../domain/extract';
import { translate, type Language } from '../i18n';

/** The value a cell shows: passages, documents, cases, or the share of the column's cases (0 to 1). */
export function countValue(counts: CrosstabCounts, cases: number, cell: CrosstabCell): number {
  switch (cell) {
    case 'passages':
      return counts.passages;
    case 'documents':
      return counts.documents;
    case 'cases':
      return counts.cases;
    case 'casePercent':
      return cases > 0 ? counts.cases / cases : 0;
  }
}

/** The value of a row's cell under column `index`. */
export function cellValue(table: Crosstab, row: CrosstabRow, index: number, cell: CrosstabCell): number {
  return countValue(row.cells[index]!, table.columns[index]!.cases, cell);
}

/** Cases of every column: each case has one combination of values, so it sits in one column. */
export function totalCases(table: Crosstab): number {
  return table.columns.reduce((sum, column) => sum + column.cases, 0);
}

/** The row's total: over every column, a passage counted once; the percent is over all the cases. */
export function totalValue(table: Crosstab, row: CrosstabRow, cell: CrosstabCell): number {
  return countValue(row.total, totalCases(table), cell);
}

/** True when the column is a value, not « non renseigné », for every attribute (its extracts can be asked for). */
export function isKnownColumn(column: CrosstabColumn): boolean {
  return column.values.every((value) => value !== null);
}

/** « Missions locales × Professionnel », « (non renseigné) » for a missing value. */
export function columnLabel(column: CrosstabColumn, lang: Language): string {
  return column.values.map((value) => value ?? translate(lang, 'crosstab.missing')).join(' × ');
}

/** « Freins × Branche × Rôle »-style title part: the attributes' names. */
export function attributesLabel(table: Crosstab): string {
  return table.attributes.map((a) => a.name).join(' × ');
}

/** The largest value a cell shows (totals left out), to shade cells and scale bars. */
export function largestValue(table: Crosstab, cell: CrosstabCell): number {
  let max = 0;
  for (const row of table.rows) {
    for (let i = 0; i < table.columns.length; i++) max = Math.max(max, cellValue(table, row, i, cell));
  }
  return max;
}

/** A value as the page shows it: « 12 », « 33,3 % ». */
export function formatValue(value: number, cell: CrosstabCell, lang: Language): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (cell !== 'casePercent') return value.toLocaleString(locale);
  const percent = (value * 100).toLocaleString(locale, { maximumFractionDigits: 1 });
  return lang === 'fr' ? `${percent}\u00a0%` : `${percent}%`;
}

/** The header of the exported table: Code, each column with its cases, Total. */
export function headerRow(table: Crosstab, lang: Language): string[] {
  return [
    translate(lang, 'crosstab.export.code'),
    ...table.columns.map((column) => translate(lang, 'crosstab.export.column', { label: columnLabel(column, lang), cases: column.cases })),
    translate(lang, 'crosstab.export.total'),
  ];
}

/** The exported table, header first; values are numbers (a percent is a share from 0 to 1). */
export function sheetRows(table: Crosstab, cell: CrosstabCell, lang: Language): (string | number)[][] {
  return [
    headerRow(table, lang),
    ...table.rows.map((row) => [row.path, ...table.columns.map((_, i) => cellValue(table, row, i, cell)), totalValue(table, row, cell)]),
  ];
}

/**
 * The rows of the CSV file: as sheetRows, numbers written as a spreadsheet in that language reads
 * them (« 33,3 » in French, no thousands separator), a percent in percent points.
 */
export function csvRows(table: Crosstab, cell: CrosstabCell, lang: Language): string[][] {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const number = (value: number) =>
    cell === 'casePercent' ? (value * 100).toLocaleString(locale, { maximumFractionDigits: 1, useGrouping: false }) : String(value);
  return sheetRows(table, cell, lang).map((row, i) => (i === 0 ? (row as string[]) : row.map((value) => (typeof value === 'number' ? number(value) : value))));
}

/**
 * The passages behind a cell, as the extract browser asks for them: the row's code under the
 * table's filters and one more condition per attribute of the column (the same passages the cell
 * counts). Null for a column with a value « non renseigné », which no filter can ask for.
 */
export function cellSelection(table: Crosstab, codeId: number, column: CrosstabColumn, codes: Pick<CodeChoice, 'withChildren'>, filters: ExtractFilters): ExtractSelection | null {
  if (!isKnownColumn(column)) return null;
  const conditions = table.attributes.map((attribute, i) => ({ attributeId: attribute.id, values: [column.values[i]!] }));
  return {
    query: { op: 'code', codeId, withChildren: codes.withChildren },
    filters: { ...filters, attributes: [...(filters.attributes ?? []), ...conditions] },
  };
}
