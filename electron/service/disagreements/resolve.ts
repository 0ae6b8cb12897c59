import type { DisagreementList, DisagreementResolution } from '../../../shared/domain/disagreement';
import type { CoderCoding, DifferenceItem } from '../../../shared/disagreements/passages';
import { BaliseError } from '../../../shared/errors';
import { deleteCoding, insertCoding, setCodingRange } from '../../db/repositories/codings';
import { coderById, insertReviewed } from '../../db/repositories/disagreements';
import type { Db } from '../../db/open';
import type { ProjectSession } from '../project-session';
import { compare, listDisagreements, type PairRequest } from './list';

const byStart = (x: CoderCoding, y: CoderCoding) => x.start - y.start || x.end - y.end || x.id - y.id;

/**
 * Makes `loser`'s codings of one item equal to `winner`'s: their ranges moved onto the winner's
 * (so their comments stay), the ones left over removed, the missing ones added for the loser.
 */
function align(db: Db, documentId: number, item: DifferenceItem, winner: CoderCoding[], loser: CoderCoding[], loserId: number, now: string): void {
  const kept = [...winner].sort(byStart);
  const moved = [...loser].sort(byStart);
  kept.forEach((coding, i) => {
    const target = moved[i];
    if (target) setCodingRange(db, target.id, coding.start, coding.end);
    else insertCoding(db, { documentId, codeId: item.codeId, start: coding.start, end: coding.end, coderId: loserId }, now);
  });
  for (const extra of moved.slice(kept.length)) deleteCoding(db, extra.id);
}

/**
 * Resolves one passage as one undoable action. keepA: coder B's codings of the passage become
 * coder A's (removed, moved or copied); keepB the reverse; keepBoth: the passage is recorded as
 * reviewed and leaves the list. Returns the list after the action.
 */
export function resolveDisagreement(
  session: ProjectSession,
  request: PairRequest & { fingerprint: string; resolution: DisagreementResolution },
): DisagreementList {
  const { name, found, reviewed } = compare(session.db, request);
  // A passage kept already, or gone since the list was read (codings changed), is not resolved blindly.
  const passage = reviewed.has(request.fingerprint) ? undefined : found.find((p) => p.fingerprint === request.fingerprint);
  if (!passage) throw new BaliseError('NOT_FOUND', { what: 'Désaccord' });
  const { documentId, coderA, coderB, resolution } = request;
  if (resolution === 'keepBoth') {
    session.action({ key: 'disagreements.history.keepBoth', params: { document: name } }, (db) =>
      insertReviewed(db, documentId, coderA, coderB, passage.fingerprint, session.coder.id, new Date().toISOString()),
    );
  } else {
    const winnerId = resolution === 'keepA' ? coderA : coderB;
    const loserId = resolution === 'keepA' ? coderB : coderA;
    const winner = coderById(session.db, winnerId)!;
    session.action({ key: 'disagreements.history.keep', params: { document: name, coder: winner.name } }, (db) => {
      const now = new Date().toISOString();
      for (const item of passage.difference.items) {
        const [won, lost] = resolution === 'keepA' ? [item.a, item.b] : [item.b, item.a];
        align(db, documentId, item, won, lost, loserId, now);
      }
    });
  }
  return listDisagreements(session.db, request);
}
