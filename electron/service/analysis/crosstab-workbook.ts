import ExcelJS from 'exceljs';
import { columnLabel, sheetRows } from '../../../shared/analysis/crosstab-table';
import type { CrosstabCell, CrosstabRequest } from '../../../shared/domain/analysis';
import type { ExtractFacets, ExtractFilters } from '../../../shared/domain/extract';
import type { StructureField } from '../../../shared/domain/structure';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { Db } from '../../db/open';
import { extractFacets } from '../extracts/facets';
import { crosstab } from './crosstab';

/** The workbook is written in French, the language of the teams it goes to. */
const lang = 'fr';
const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

const cellKeys: Record<CrosstabCell, MessageKey> = {
  passages: 'crosstab.cell.passages',
  documents: 'crosstab.cell.documents',
  cases: 'crosstab.cell.cases',
  casePercent: 'crosstab.cell.casePercent',
};

const fieldKeys: Record<StructureField, MessageKey> = {
  grid: 'extracts.field.grid',
  block: 'extracts.field.block',
  prompt: 'extracts.field.prompt',
  column: 'extracts.field.column',
  speaker: 'extracts.field.speaker',
};

/** The filters in words, as the extract browser's chips say them: « Document : …, Zone : Zone 5 ou Zone 2 ». */
export function filtersInWords(filters: ExtractFilters, facets: ExtractFacets): string[] {
  const words: string[] = [];
  const or = (values: readonly string[]) => values.join(` ${t('extracts.describe.valueOr')} `);
  const named = (ids: readonly number[] | undefined, names: readonly { id: number; name: string }[], key: MessageKey) => {
    for (const id of ids ?? []) words.push(t(key, { name: names.find((n) => n.id === id)?.name ?? `#${id}` }));
  };
  if (filters.keyQuotesOnly) words.push(t('extracts.chip.keyQuotes'));
  named(filters.documentIds, facets.documents, 'extracts.chip.document');
  named(filters.groupIds, facets.groups, 'extracts.chip.group');
  named(filters.caseIds, facets.cases, 'extracts.chip.case');
  for (const condition of filters.attributes ?? []) {
    if (condition.values.length === 0) continue;
    const name = facets.attributes.find((a) => a.id === condition.attributeId)?.name ?? `#${condition.attributeId}`;
    words.push(t('extracts.chip.condition', { name, values: or(condition.values) }));
  }
  for (const condition of filters.structure ?? []) {
    if (condition.values.length === 0) continue;
    words.push(t('extracts.chip.condition', { name: t(fieldKeys[condition.field]), values: or(condition.values) }));
  }
  named(filters.coderIds, facets.coders, 'extracts.chip.coder');
  const day = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString('fr-FR', { dateStyle: 'long' });
  if (filters.codedFrom) words.push(t('extracts.chip.from', { date: day(filters.codedFrom) }));
  if (filters.codedTo) words.push(t('extracts.chip.to', { date: day(filters.codedTo) }));
  return words;
}

/** Letters, digits and dashes, accents kept (as the page names its downloads). */
function fileNameOf(title: string): string {
  const base = title.replace(/×/g, 'x').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'balise'}.xlsx`;
}

/**
 * The code × attribute table as an .xlsx workbook: one sheet with the title, the cell measure and
 * the filters in words above the table; a bold, frozen header; numbers as numbers (a share of cases
 * formatted as a percent).
 */
export async function crosstabWorkbook(db: Db, request: CrosstabRequest, cell: CrosstabCell, title: string): Promise<{ fileName: string; base64: string }> {
  const table = crosstab(db, request);
  const filters = filtersInWords(request.filters, extractFacets(db));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balise';
  const sheet = workbook.addWorksheet(t('crosstab.export.sheet'));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  sheet.addRow([t('crosstab.export.cell', { cell: t(cellKeys[cell]) })]);
  sheet.addRow([filters.length > 0 ? t('crosstab.export.filters', { filters: filters.join(' ; ') }) : t('crosstab.export.noFilter')]);
  if (request.withChildren) sheet.addRow([t('crosstab.export.withChildren')]);
  sheet.addRow([]);

  const [header, ...rows] = sheetRows(table, cell, lang);
  const headerRow = sheet.addRow(header!);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'bottom', wrapText: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    if (cell === 'casePercent') {
      for (let c = 2; c <= row.length; c++) added.getCell(c).numFmt = '0.0%';
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerRow.number }];

  const widest = Math.max(t('crosstab.export.code').length, ...rows.map((row) => String(row[0]).length));
  sheet.getColumn(1).width = Math.min(60, widest + 2);
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 2).width = Math.min(30, Math.max(10, columnLabel(column, lang).length + 2));
  });
  sheet.getColumn(table.columns.length + 2).width = 10;

  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: fileNameOf(title), base64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}
