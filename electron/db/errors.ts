import { BaliseError } from '../../shared/errors';

/** Turns file-system and SQLite failures into typed errors naming the file. */
export function toBaliseError(error: unknown, path: string): BaliseError {
  if (error instanceof BaliseError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  switch (code) {
    case 'ENOENT':
      return new BaliseError('FILE_NOT_FOUND', { path });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return new BaliseError('PERMISSION_DENIED', { path });
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return new BaliseError('DISK_FULL');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new BaliseError('PROJECT_BUSY');
    case 'SQLITE_NOTADB':
      return new BaliseError('NOT_A_PROJECT', { path });
    case 'SQLITE_CORRUPT':
      return new BaliseError('PROJECT_CORRUPT', { path, details: String((error as Error).message) });
    default:
      return new BaliseError('INTERNAL', { details: error instanceof Error ? error.message : String(error) });
  }
}
