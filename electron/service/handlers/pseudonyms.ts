import type { PseudonymEntry } from '../../../shared/domain/pseudonym';
import type { pseudonymCalls } from '../../../shared/contract/pseudonyms';
import { listPseudonyms } from '../../db/repositories/pseudonyms';
import type { Handlers, ServiceContext } from '../context';
import { pseudonymiseProject } from '../pseudonyms/apply';
import { listCandidates, previewPseudonymisation } from '../pseudonyms/candidates';
import { correspondenceTableCsv } from '../pseudonyms/correspondence-table';
import { decide, decisionLabel } from '../pseudonyms/decide';
import { pseudonymSettings, savePseudonymSettings } from '../pseudonyms/settings';

function changed(context: ServiceContext): void {
  context.emit('project:changed', { project: context.requireProject().info() });
}

/** Handlers of `shared/contract/pseudonyms.ts`; the engine is in electron/service/pseudonyms/. */
export const pseudonymHandlers: Handlers<keyof typeof pseudonymCalls> = {
  'pseudonyms:candidates': (_input, context) => listCandidates(context.requireProject().db),
  'pseudonyms:decide': (input, context) => {
    const session = context.requireProject();
    const entry = session.action(decisionLabel(input), (db) => decide(db, input, new Date().toISOString()));
    changed(context);
    // Null when the line went back to pending, as the contract declares (`PseudonymEntry | null`);
    // CallOutput's NonNullable hides that null from the type: callers must check it.
    return entry as PseudonymEntry;
  },
  'pseudonyms:entries': (_input, context) => listPseudonyms(context.requireProject().db),
  'pseudonyms:settings': (_input, context) => pseudonymSettings(context.requireProject().db),
  'pseudonyms:saveSettings': (input, context) => {
    const session = context.requireProject();
    return session.write((db) => savePseudonymSettings(db, input));
  },
  'pseudonyms:preview': (_input, context) => previewPseudonymisation(context.requireProject().db),
  'pseudonyms:apply': async (_input, context) => {
    const result = await pseudonymiseProject(context.requireProject());
    if (result.backupPath) changed(context);
    return result;
  },
  'pseudonyms:exportTable': (_input, context) => correspondenceTableCsv(context.requireProject().db),
};
