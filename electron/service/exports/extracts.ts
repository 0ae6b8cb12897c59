import type { z } from 'zod';
import type { ExportedFile, exportCalls } from '../../../shared/contract/exports';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';

export type ExtractExportRequest = z.output<(typeof exportCalls)['exports:extracts']['input']>;

/** In progress (issue 7): the extracts as CSV, XLSX, DOCX or HTML. */
export function exportExtracts(_db: Db, request: ExtractExportRequest): Promise<ExportedFile> {
  return Promise.reject(new BaliseError('UNSUPPORTED', { what: `export ${request.format}` }));
}
