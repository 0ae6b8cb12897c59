import type { MergeDecisions, MergeReport } from '../../../shared/domain/merge';
import { readMergeRows } from '../../db/repositories/merge';
import type { ProjectSession } from '../project-session';
import { applyMergePlan } from './apply';
import { readOtherProject, type OtherFile } from './other-project';
import { planMerge } from './plan';

/** Without a review: codes only in theirs are created, my names are kept on renamed codes. */
export const defaultDecisions: MergeDecisions = { codeDecisions: [], renames: [] };

/** What merging the other project would bring: nothing is written. */
export async function previewMerge(session: ProjectSession, file: OtherFile, dataDir: string, decisions = defaultDecisions): Promise<MergeReport> {
  const theirs = await readOtherProject(file, session.coder.name, dataDir);
  return planMerge(file.fileName, readMergeRows(session.db), theirs, decisions).report;
}

/**
 * Merges the other project into this one as ONE undoable action (« Fusion de … »): the plan is
 * made again inside the transaction, on my rows as they are then, and its report returned.
 */
export async function applyMerge(session: ProjectSession, file: OtherFile, dataDir: string, decisions = defaultDecisions): Promise<MergeReport> {
  const theirs = await readOtherProject(file, session.coder.name, dataDir);
  return session.action({ key: 'history.merge', params: { file: file.fileName } }, (db) => {
    const plan = planMerge(file.fileName, readMergeRows(db), theirs, decisions);
    applyMergePlan(db, plan, theirs);
    return plan.report;
  });
}
