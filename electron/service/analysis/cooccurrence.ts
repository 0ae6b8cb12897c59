import { cooccurringItems, countCooccurrences, meetingInterval, type MeetingItem } from '../../../shared/analysis/cooccurrence';
import type { CooccurrenceMatrix, CooccurrenceRequest } from '../../../shared/domain/analysis';
import type { ExtractResult } from '../../../shared/domain/extract';
import type { Db } from '../../db/open';
import { retrieveExtracts } from '../extracts/retrieve';
import { scopedCodings, type ScopedCodings } from './scoped-codings';

/** One meeting item per coding and row it counts for; `codingOf[i]` is the coding of item i. */
function meetingItems(scoped: ScopedCodings, request: CooccurrenceRequest): { items: MeetingItem[]; codingOf: number[] } {
  const items: MeetingItem[] = [];
  const codingOf: number[] = [];
  for (const { coding, rows, cases, units } of scoped.codings) {
    const interval = meetingInterval(request.mode, request.within, coding, units);
    for (const row of rows) {
      items.push({ code: row, document: coding.documentId, start: interval.start, end: interval.end, cases });
      codingOf.push(coding.id);
    }
  }
  return { items, codingOf };
}

const needsUnits = (request: CooccurrenceRequest) => request.mode === 'unit' || request.mode === 'near';

/** The co-occurrence matrix of the chosen codes under the filters (definitions: shared/analysis/cooccurrence.ts). */
export function cooccurrenceMatrix(db: Db, request: CooccurrenceRequest): CooccurrenceMatrix {
  const scoped = scopedCodings(db, request, request.filters, needsUnits(request));
  const { items } = meetingItems(scoped, request);
  const counts = countCooccurrences(items, scoped.rows.length);
  return {
    mode: request.mode,
    within: request.within,
    codes: scoped.rows.map((row, index) => ({ ...row, ...counts.codes[index]! })),
    pairs: counts.pairs.map((p) => ({ ...p, a: scoped.rows[p.a]!.codeId, b: scoped.rows[p.b]!.codeId })),
  };
}

/**
 * The extracts behind a cell: the codings of `a` and of `b` that take part in a co-occurrence,
 * each as its own passage, with context.
 */
export function cooccurrenceExtracts(db: Db, request: CooccurrenceRequest, a: number, b: number, limit: number): ExtractResult {
  const scoped = scopedCodings(db, request, request.filters, needsUnits(request));
  const rowA = scoped.rows.findIndex((r) => r.codeId === a);
  const rowB = scoped.rows.findIndex((r) => r.codeId === b);
  const empty: ExtractResult = { extracts: [], counts: { passages: 0, documents: 0, cases: 0 }, truncated: false };
  if (rowA < 0 || rowB < 0 || rowA === rowB) return empty;
  const { items, codingOf } = meetingItems(scoped, request);
  const codings = new Set([...cooccurringItems(items, rowA, rowB)].map((i) => codingOf[i]!));
  if (codings.size === 0) return empty;
  const leaf = (codeId: number) => ({ op: 'code' as const, codeId, withChildren: request.withChildren });
  return retrieveExtracts(db, { query: { op: 'or', items: [leaf(a), leaf(b)] }, filters: request.filters }, { context: true, limit, onlyCodings: codings });
}
