import type { DisagreementList, DisagreementPassage, SideCoding } from '../../../shared/domain/disagreement';
import { findDisagreements, fingerprintOf, type CoderCoding, type PassageDifference } from '../../../shared/disagreements/passages';
import { BaliseError } from '../../../shared/errors';
import { coderById, codingsOfCoder, documentText, reviewedFingerprints, unitRanges } from '../../db/repositories/disagreements';
import type { Db } from '../../db/open';

export interface PairRequest {
  documentId: number;
  coderA: number;
  coderB: number;
  codeIds?: readonly number[];
}

/** A passage with what the service needs to resolve it. */
export interface FoundPassage {
  difference: PassageDifference;
  fingerprint: string;
}

export interface Comparison {
  name: string;
  text: string;
  a: CoderCoding[];
  b: CoderCoding[];
  found: FoundPassage[];
  reviewed: Set<string>;
}

/** Both coders' codings of the document and the passages where they differ (kept ones included). */
export function compare(db: Db, request: PairRequest): Comparison {
  const doc = documentText(db, request.documentId);
  if (!doc) throw new BaliseError('NOT_FOUND', { what: `Document ${request.documentId}` });
  for (const id of [request.coderA, request.coderB]) if (!coderById(db, id)) throw new BaliseError('NOT_FOUND', { what: `Codeur ${id}` });
  const a = codingsOfCoder(db, request.documentId, request.coderA, request.codeIds);
  const b = codingsOfCoder(db, request.documentId, request.coderB, request.codeIds);
  const found = findDisagreements(a, b, unitRanges(db, request.documentId)).map((difference) => ({
    difference,
    fingerprint: fingerprintOf(difference, request.coderA, request.coderB),
  }));
  return { ...doc, a, b, found, reviewed: reviewedFingerprints(db, request.documentId, request.coderA, request.coderB) };
}

function side(codings: readonly CoderCoding[], differing: ReadonlySet<number>, context: { start: number; end: number }): SideCoding[] {
  return codings
    .filter((c) => c.start < context.end && context.start < c.end)
    .map((c) => ({ id: c.id, codeId: c.codeId, start: c.start, end: c.end, differs: differing.has(c.id) }));
}

/** The passages still to discuss, with their text and each side's codings. */
export function listDisagreements(db: Db, request: PairRequest): DisagreementList {
  const { text, a, b, found, reviewed } = compare(db, request);
  const passages: DisagreementPassage[] = [];
  let kept = 0;
  for (const { difference, fingerprint } of found) {
    if (reviewed.has(fingerprint)) {
      kept += 1;
      continue;
    }
    const { context } = difference;
    const differingA = new Set(difference.items.flatMap((item) => item.a.map((c) => c.id)));
    const differingB = new Set(difference.items.flatMap((item) => item.b.map((c) => c.id)));
    passages.push({
      fingerprint,
      start: difference.start,
      end: difference.end,
      contextStart: context.start,
      contextEnd: context.end,
      text: text.slice(context.start, context.end),
      kinds: difference.kinds,
      a: side(a, differingA, context),
      b: side(b, differingB, context),
    });
  }
  return { documentId: request.documentId, coderA: coderById(db, request.coderA)!, coderB: coderById(db, request.coderB)!, passages, reviewed: kept };
}
