import type { z } from 'zod';
import type { ExportedFile, exportCalls } from '../../../shared/contract/exports';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { silentProgress, type ExportProgress } from '../export-job';
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

/**
 * The extracts of a selection (query and filters) as CSV, XLSX, DOCX or HTML. A selection larger
 * than `maxExtracts` is refused with a message saying so, never cut.
 */
export async function exportExtracts(db: Db, request: ExtractExportRequest, progress: ExportProgress = silentProgress, max = maxExtracts): Promise<ExportedFile> {
  const { query, filters, format, title } = request;
  await progress.step('select', 0, 1);
  const result = retrieveExtracts(db, { query, filters }, { context: false, limit: max });
  if (result.truncated) throw new BaliseError('EXPORT_TOO_LARGE', { count: result.counts.passages, max });
  await progress.step('select', 1, 1);
  const sheet = extractSheet(title, result.extracts, filters, extractFacets(db));
  const bytes =
    format === 'csv'
      ? await extractsCsv(sheet, request.separator, progress)
      : format === 'xlsx'
        ? await extractsXlsx(sheet, request.sheetPerCode, progress)
        : format === 'docx'
          ? await extractsDocx(sheet, progress)
          : await extractsHtml(sheet, progress);
  return {
    fileName: exportFileName(title, format),
    base64: Buffer.from(bytes).toString('base64'),
    summary: { [t('exports.summary.extracts')]: sheet.extracts.length, [t('exports.summary.codes')]: sheet.groups.length },
  };
}
