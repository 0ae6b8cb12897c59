import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyDatabase } from '../../db/backup';
import { openDatabase, type Db } from '../../db/open';
import { dropPseudonymTable, listPseudonyms } from '../../db/repositories/pseudonyms';
import { replacerFor, rewriteProject } from './rewrite';

/**
 * A pseudonymised export of a project that is not pseudonymised: the live database is copied (the
 * SQLite backup API) to a private temporary folder, the accepted entries are applied in the copy
 * (the same rewrite as « Pseudonymiser le projet », without undo journal), the correspondence
 * table is dropped from it, the export runs on the copy, and the copy is closed and deleted —
 * also when something fails. The project itself is not touched.
 */
export async function withPseudonymisedCopy<T>(db: Db, work: (copy: Db) => T | Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-pseudonymise-'));
  const file = path.join(folder, 'copie.balise');
  let copy: Db | undefined;
  try {
    await copyDatabase(db, file);
    copy = openDatabase(file).db;
    const target = copy;
    target.transaction(() => {
      rewriteProject(target, replacerFor(listPseudonyms(target)));
      dropPseudonymTable(target);
    })();
    return await work(target);
  } finally {
    copy?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
