import type { ExportedFile, ProjectExportFormat } from '../../../shared/contract/exports';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';

/** In progress (issue 7): the project as REFI-QDA (`.qdpx`) or its codebook (`.qdc`). */
export function exportProject(_db: Db, format: ProjectExportFormat, _codeIds: readonly number[] | undefined): Promise<ExportedFile> {
  return Promise.reject(new BaliseError('UNSUPPORTED', { what: `export ${format}` }));
}
