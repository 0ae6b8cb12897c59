import type { CooccurrenceMatrix, CooccurrenceRequest } from '../../../shared/domain/analysis';
import type { ExtractResult } from '../../../shared/domain/extract';
import type { Db } from '../../db/open';

/** In progress: replaced within the hour by the real computation. */
export function cooccurrenceMatrix(_db: Db, request: CooccurrenceRequest): CooccurrenceMatrix {
  return { mode: request.mode, within: request.within, codes: [], pairs: [] };
}

export function cooccurrenceExtracts(_db: Db, _request: CooccurrenceRequest, _a: number, _b: number, _limit: number): ExtractResult {
  return { extracts: [], counts: { passages: 0, documents: 0, cases: 0 }, truncated: false };
}
