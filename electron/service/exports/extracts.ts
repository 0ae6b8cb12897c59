import type { z } from 'zod';
import type { ExportedFile, exportCalls } from '../../../shared/contract/exports';
import type { Db } from '../../db/open';
import { extractFacets } from '../extracts/facets';
import { retrieveExtracts } from '../extracts/retrieve';
import { extractsCsv } from './extracts-csv';
import { extractsDocx } from './extracts-docx';
import { extractsHtml } from './extracts-html';
import { exportFileName, extractSheet, t } from './extracts-rows';
import { extractsXlsx } from './extracts-xlsx';

export type ExtractExportRequest = z.output<(typeof exportCalls)['exports:extracts']['input']>;

/** Every passage of the selection goes into the file (the browser shows the first ones only). */
const maxExtracts = 100_000;

/** The extracts of a selection (query and filters) as CSV, XLSX, DOCX or HTML. */
export async function exportExtracts(db: Db, request: ExtractExportRequest): Promise<ExportedFile> {
  const { query, filters, format, title } = request;
  const result = retrieveExtracts(db, { query, filters }, { context: false, limit: maxExtracts });
  const sheet = extractSheet(title, result.extracts, filters, extractFacets(db));
  const bytes =
    format === 'csv'
      ? extractsCsv(sheet, request.separator)
      : format === 'xlsx'
        ? await extractsXlsx(sheet, request.sheetPerCode)
        : format === 'docx'
          ? await extractsDocx(sheet)
          : extractsHtml(sheet);
  return {
    fileName: exportFileName(title, format),
    base64: Buffer.from(bytes).toString('base64'),
    summary: { [t('exports.summary.extracts')]: sheet.extracts.length, [t('exports.summary.codes')]: sheet.groups.length },
  };
}
