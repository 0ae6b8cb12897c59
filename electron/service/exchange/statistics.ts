import type { z } from 'zod';
import type { exchangeCalls } from '../../../shared/contract/exchange';
import type { ExportedFile } from '../../../shared/contract/exports';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';

export type IramuteqRequest = z.output<(typeof exchangeCalls)['exports:iramuteq']['input']>;
export type CodeMatrixRequest = z.output<(typeof exchangeCalls)['exports:codeMatrix']['input']>;

/** In progress (issue 7): IRaMuTeQ corpus. */
export function exportIramuteq(_db: Db, _request: IramuteqRequest): ExportedFile {
  throw new BaliseError('UNSUPPORTED', { what: 'export IRaMuTeQ' });
}

/** In progress (issue 7): 0/1 matrix of codes. */
export function exportCodeMatrix(_db: Db, _request: CodeMatrixRequest): ExportedFile {
  throw new BaliseError('UNSUPPORTED', { what: 'matrice 0/1' });
}

/** In progress (issue 7): codebook as CSV or Word. */
export function exportCodebook(_db: Db, format: 'csv' | 'docx'): Promise<ExportedFile> {
  return Promise.reject(new BaliseError('UNSUPPORTED', { what: `codebook ${format}` }));
}
