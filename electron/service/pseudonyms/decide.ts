import type { PseudonymEntry, PseudonymKind } from '../../../shared/domain/pseudonym';
import { BaliseError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { PseudonymMaker, pseudonymKey } from '../../../shared/pseudonyms/schemes';
import type { Db } from '../../db/open';
import { deletePseudonym, listPseudonyms, savePseudonym } from '../../db/repositories/pseudonyms';
import type { ActionLabel } from '../action-label';
import { detectInProject } from './candidates';
import { pseudonymSettings } from './settings';

export interface Decision {
  original: string;
  kind: PseudonymKind;
  decision: 'accepted' | 'rejected' | 'pending';
  pseudonym?: string | undefined;
}

function invalid(key: 'pseudonyms.error.taken' | 'pseudonyms.error.required' | 'pseudonyms.error.same', params: Record<string, string>): BaliseError {
  return new BaliseError('INVALID_INPUT', { details: translate('fr', key, params) });
}

/** The history label of a decision. */
export function decisionLabel(decision: Decision): ActionLabel {
  const original = decision.original.trim();
  if (decision.decision === 'accepted') return { key: 'history.pseudonymAccept', params: { original } };
  if (decision.decision === 'rejected') return { key: 'history.pseudonymReject', params: { original } };
  return { key: 'history.pseudonymPending', params: { original } };
}

/**
 * Stores a decision (run inside the caller's undoable action). An original is known by its
 * case-insensitive form: deciding « DUPONT » again updates the line of « Dupont ». An accepted line
 * gets the pseudonym given, or the next one of the scheme; it must not be an original of the
 * review table nor another line's pseudonym. Returning to pending removes the line.
 */
export function decide(db: Db, decision: Decision, now: string): PseudonymEntry | null {
  const original = decision.original.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const key = pseudonymKey(original);
  const entries = listPseudonyms(db);
  const stored = entries.find((e) => pseudonymKey(e.original) === key);
  if (decision.decision === 'pending') {
    if (stored) deletePseudonym(db, stored.id);
    return null;
  }
  const detected = detectInProject(db, entries);
  const source = stored?.source ?? detected.find((d) => pseudonymKey(d.original) === key)?.source ?? 'manual';
  const write = { original: stored?.original ?? original, kind: decision.kind, source };
  if (decision.decision === 'rejected') return savePseudonym(db, { ...write, pseudonym: '', decision: 'rejected' }, now);

  const others = entries.filter((e) => e !== stored);
  const originals = new Set([...others.map((e) => e.original), ...detected.map((d) => d.original)].map(pseudonymKey));
  const pseudonyms = new Set(others.filter((e) => e.decision === 'accepted').map((e) => pseudonymKey(e.pseudonym)));
  let pseudonym = decision.pseudonym?.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (pseudonym) {
    if (pseudonymKey(pseudonym) === key) throw invalid('pseudonyms.error.same', { original });
    if (originals.has(pseudonymKey(pseudonym)) || pseudonyms.has(pseudonymKey(pseudonym))) throw invalid('pseudonyms.error.taken', { pseudonym });
  } else if (stored?.decision === 'accepted' && stored.kind === decision.kind) {
    pseudonym = stored.pseudonym;
  } else {
    const maker = new PseudonymMaker(pseudonymSettings(db), [...originals, key, ...pseudonyms]);
    pseudonym = maker.make(decision.kind, original) ?? undefined;
    if (!pseudonym) throw invalid('pseudonyms.error.required', { original });
  }
  return savePseudonym(db, { ...write, pseudonym, decision: 'accepted' }, now);
}
