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
 * The backup made before the project is pseudonymised in place, in the project's backup folder:
 * `<date> avant pseudonymisation.balise`. Dated like the rolling backups, so it sorts with them
 * (and, like them, only the most recent five are kept: see backup.ts).
 */
export async function backupBeforePseudonymisation(session: ProjectSession): Promise<string> {
  try {
    fs.mkdirSync(session.backupFolder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    let destination = path.join(session.backupFolder, `${stamp} avant pseudonymisation.balise`);
    for (let n = 1; fs.existsSync(destination); n += 1) destination = path.join(session.backupFolder, `${stamp} avant pseudonymisation ${n}.balise`);
    await copyDatabase(session.db, destination);
    return destination;
  } catch (error) {
    throw toBaliseError(error, session.backupFolder);
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
