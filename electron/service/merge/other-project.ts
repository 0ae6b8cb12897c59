import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BaliseError } from '../../../shared/errors';
import { latestSchemaVersion, migrate } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { readMergeRows, type MergeRows } from '../../db/repositories/merge';
import { importRefi } from '../exchange/refi-import';
import { ProjectSession } from '../project-session';

/** The other researcher's file, as uploaded (the browser transport cannot pass paths). */
export interface OtherFile {
  fileName: string;
  bytes: Uint8Array;
}

const formats = '.balise .qdpx';

/** Errors about the temporary copy name the file the researcher chose. */
function named<T>(file: OtherFile, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BaliseError && 'path' in error.params) throw new BaliseError(error.code, { ...error.params, path: file.fileName });
    throw error;
  }
}

/** A .balise: read from a temporary copy, migrated first when it is older (a newer one is refused). */
function readBalise(copy: string, file: OtherFile): MergeRows {
  return named(file, () => {
    const { db, foundVersion } = openDatabase(copy);
    try {
      if (foundVersion < latestSchemaVersion) migrate(db, copy);
      return readMergeRows(db);
    } finally {
      db.close();
    }
  });
}

/** A .qdpx: imported with the REFI-QDA import into a temporary empty project, then read like a .balise. */
async function readRefi(copy: string, file: OtherFile, coderName: string, dataDir: string): Promise<MergeRows> {
  const session = ProjectSession.create(copy, 'vide', path.basename(file.fileName), coderName, dataDir);
  try {
    importRefi(session, file.fileName, file.bytes);
    return readMergeRows(session.db);
  } finally {
    await session.close();
  }
}

/** Everything the merge compares of the other project; the temporary files are removed whatever happens. */
export async function readOtherProject(file: OtherFile, coderName: string, dataDir: string): Promise<MergeRows> {
  const lower = file.fileName.toLowerCase();
  const kind = lower.endsWith('.balise') ? 'balise' : lower.endsWith('.qdpx') ? 'qdpx' : null;
  if (!kind) throw new BaliseError('IMPORT_UNSUPPORTED_TYPE', { file: file.fileName, formats });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-fusion-'));
  try {
    if (kind === 'qdpx') return await readRefi(path.join(folder, 'fusion.balise'), file, coderName, dataDir);
    const copy = path.join(folder, 'autre.balise');
    fs.writeFileSync(copy, file.bytes);
    return readBalise(copy, file);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
