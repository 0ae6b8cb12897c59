import type { MessageKey } from '../../../shared/i18n';
import { matchesFolded } from '../../../shared/text/fold';
import type { CandidateContext, PseudonymCandidate, PseudonymEntry, PseudonymKind } from '../../../shared/domain/pseudonym';

/**
 * The review table without React: the names of kinds and decisions, the filters, the counts, the
 * lists typed one per line, and what a decision just made looks like before the reload brings it.
 */
export type Decision = PseudonymCandidate['decision'];

export const kindLabels: Record<PseudonymKind, MessageKey> = {
  person: 'pseudonymsReview.kind.person',
  place: 'pseudonymsReview.kind.place',
  email: 'pseudonymsReview.kind.email',
  phone: 'pseudonymsReview.kind.phone',
  address: 'pseudonymsReview.kind.address',
  birthdate: 'pseudonymsReview.kind.birthdate',
  other: 'pseudonymsReview.kind.other',
};

export const decisionLabels: Record<Decision, MessageKey> = {
  accepted: 'pseudonymsReview.decision.accepted',
  rejected: 'pseudonymsReview.decision.rejected',
  pending: 'pseudonymsReview.decision.pending',
};

/** Where a line stands: « accepté », « rejeté », « à revoir ». */
export const stateLabels: Record<Decision, MessageKey> = {
  accepted: 'pseudonymsReview.state.accepted',
  rejected: 'pseudonymsReview.state.rejected',
  pending: 'pseudonymsReview.state.pending',
};

export interface ReviewFilters {
  kind: PseudonymKind | 'all';
  decision: Decision | 'all';
  /** Words to find in the text or the pseudonym, accents and case folded. */
  search: string;
}

export const noReviewFilters: ReviewFilters = { kind: 'all', decision: 'all', search: '' };

export function filterCandidates(candidates: readonly PseudonymCandidate[], filters: ReviewFilters): PseudonymCandidate[] {
  return candidates.filter(
    (c) =>
      (filters.kind === 'all' || c.kind === filters.kind) &&
      (filters.decision === 'all' || c.decision === filters.decision) &&
      matchesFolded(filters.search, c.original, c.pseudonym),
  );
}

export function decisionCounts(candidates: readonly PseudonymCandidate[]): { total: number; accepted: number; rejected: number; pending: number } {
  const counts = { total: candidates.length, accepted: 0, rejected: 0, pending: 0 };
  for (const c of candidates) counts[c.decision] += 1;
  return counts;
}

/** A decision sent and not yet reloaded: the row shows it at once. */
export interface PendingDecision {
  decision: Decision;
  pseudonym: string | null;
}

/** The candidates with the decisions just made shown over the loaded ones. */
export function withDecisions(candidates: readonly PseudonymCandidate[], decided: ReadonlyMap<string, PendingDecision>): PseudonymCandidate[] {
  if (decided.size === 0) return [...candidates];
  return candidates.map((c) => {
    const change = decided.get(c.original);
    if (!change) return c;
    return { ...c, decision: change.decision, pseudonym: change.pseudonym ?? c.pseudonym };
  });
}

/**
 * A list typed one item per line (first names, place names): lines trimmed, blanks dropped, the
 * same item twice (case and accents aside) kept once, and the lines longer than `max` set apart.
 */
export function parseList(text: string, max: number): { items: string[]; tooLong: string[] } {
  const items: string[] = [];
  const tooLong: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (line.length > max) {
      tooLong.push(line);
      continue;
    }
    const key = line.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('fr');
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(line);
  }
  return { items, tooLong };
}

/** Exports are pseudonymised by default once the researcher has accepted at least one entry. */
export function pseudonymiseByDefault(entries: readonly PseudonymEntry[] | undefined): boolean {
  return (entries ?? []).some((e) => e.decision === 'accepted');
}

/**
 * The service gives up to 40 characters each side of an occurrence; fewer means the text starts or
 * ends there. A side that long was cut, likely inside a word: that word is dropped and an ellipsis
 * shows the cut.
 */
const CUT_LENGTH = 30;

/** A context around the found text: its line breaks as spaces, and its cut ends on whole words. */
export function contextParts(context: CandidateContext, found: string): { before: string; found: string; after: string; cutBefore: boolean; cutAfter: boolean } {
  let before = context.before.replace(/\s+/g, ' ');
  let after = context.after.replace(/\s+/g, ' ');
  const cutBefore = before.length >= CUT_LENGTH;
  const cutAfter = after.length >= CUT_LENGTH;
  if (cutBefore && /^[\p{L}\p{N}]/u.test(before) && before.includes(' ')) before = before.slice(before.indexOf(' ') + 1);
  if (cutAfter && /[\p{L}\p{N}]$/u.test(after) && after.includes(' ')) after = after.slice(0, after.lastIndexOf(' '));
  after = after.trimEnd();
  // A cut just after a sentence's end needs no ellipsis: « le matin. » reads whole.
  return { before: before.trimStart(), found, after, cutBefore, cutAfter: cutAfter && !/[.!?…]$/u.test(after) };
}
