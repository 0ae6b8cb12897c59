import fs from 'node:fs';
import path from 'node:path';
import type { PseudonymApplyResult } from '../../../shared/domain/pseudonym';
import { copyDatabase } from '../../db/backup';
import { toBaliseError } from '../../db/errors';
import { listPseudonyms } from '../../db/repositories/pseudonyms';
import type { ProjectSession } from '../project-session';
import { previewPseudonymisation } from './candidates';
import { replacerFor, rewriteProject } from './rewrite';

/**
 * The backup made before the project is pseudonymised in place: `avant pseudonymisation/<date>
 * avant pseudonymisation.balise` in the project's backup folder. In a folder of its own, so the
 * rolling backups (backup.ts keeps the five most recent `.balise` of the backup folder) never
 * delete it: it is the only copy with the original names, kept until the researcher removes it.
 */
export async function backupBeforePseudonymisation(session: ProjectSession): Promise<string> {
  const folder = path.join(session.backupFolder, 'avant pseudonymisation');
  try {
    fs.mkdirSync(folder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    let destination = path.join(folder, `${stamp} avant pseudonymisation.balise`);
    for (let n = 1; fs.existsSync(destination); n += 1) destination = path.join(folder, `${stamp} avant pseudonymisation ${n}.balise`);
    await copyDatabase(session.db, destination);
    return destination;
  } catch (error) {
    throw toBaliseError(error, folder);
  }
}

/**
 * Pseudonymises the project in place: the automatic backup first (nothing changes if it fails),
 * then one undoable action that writes every accepted entry (rewrite.ts). Ctrl+Z restores it all.
 */
export async function pseudonymiseProject(session: ProjectSession): Promise<PseudonymApplyResult> {
  const accepted = listPseudonyms(session.db).filter((e) => e.decision === 'accepted');
  if (accepted.length === 0) return { replacements: 0, documents: 0, backupPath: null };
  const { replacements } = previewPseudonymisation(session.db);
  const backupPath = await backupBeforePseudonymisation(session);
  const outcome = session.action(replacements === 1 ? { key: 'history.pseudonymise.one' } : { key: 'history.pseudonymise', params: { count: replacements } }, (db) =>
    rewriteProject(db, replacerFor(listPseudonyms(db))),
  );
  return { ...outcome, backupPath };
}
