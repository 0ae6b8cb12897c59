import type { RefiImportReport } from '../../../shared/domain/refi-import';
import { BaliseError } from '../../../shared/errors';
import type { ProjectSession } from '../project-session';

/** In progress (issue 7): REFI-QDA import. */
export function importRefi(_session: ProjectSession, fileName: string, _bytes: Uint8Array): RefiImportReport {
  throw new BaliseError('UNSUPPORTED', { what: `import de « ${fileName} »` });
}
