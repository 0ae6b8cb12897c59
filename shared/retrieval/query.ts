import type { CodeQuery } from '../domain/extract';
import type { TextRange } from '../offsets';
import { unitSpan } from './units';

/** A stretch of a document a query found, with the codings it was made from. */
export interface Passage extends TextRange {
  documentId: number;
  codingIds: number[];
}

/** A coding as the query sees it. */
export interface CodingRef extends TextRange {
  id: number;
  documentId: number;
}

export interface QuerySource {
  /** Codings of a code (and its sub-codes), already narrowed by the coding filters (coder, date…). */
  codings(codeId: number, withChildren: boolean): readonly CodingRef[];
  /** Reading units of a document (see readingUnits), for « within N units ». */
  units(documentId: number): readonly TextRange[];
}

type ByDocument = Map<number, Passage[]>;

const byPosition = (a: TextRange, b: TextRange) => a.start - b.start || a.end - b.end;

function group(codings: readonly CodingRef[]): ByDocument {
  const out: ByDocument = new Map();
  for (const c of codings) {
    let list = out.get(c.documentId);
    if (!list) out.set(c.documentId, (list = []));
    list.push({ documentId: c.documentId, start: c.start, end: c.end, codingIds: [c.id] });
  }
  for (const list of out.values()) list.sort(byPosition);
  return out;
}

/** Sorts and joins passages with the very same range (their codings together). */
function distinct(passages: Passage[]): Passage[] {
  passages.sort(byPosition);
  const out: Passage[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last.start === p.start && last.end === p.end) {
      for (const id of p.codingIds) if (!last.codingIds.includes(id)) last.codingIds.push(id);
    } else {
      out.push({ ...p, codingIds: [...p.codingIds] });
    }
  }
  return out;
}

/** The overlaps of two sorted lists: one passage per overlapping pair, the overlap itself. */
function intersect(a: readonly Passage[], b: readonly Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const x of a) {
    for (const y of b) {
      if (y.start >= x.end) break;
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start < end) out.push({ documentId: x.documentId, start, end, codingIds: [...new Set([...x.codingIds, ...y.codingIds])] });
    }
  }
  return distinct(out);
}

const overlaps = (x: TextRange, y: TextRange) => x.start < y.end && y.start < x.end;
const shares = (x: Passage, y: Passage) => x.codingIds.some((id) => y.codingIds.includes(id));

function combine(left: ByDocument, right: ByDocument, keep: (documentId: number, a: Passage, others: readonly Passage[]) => boolean, whenRightEmpty: boolean): ByDocument {
  const out: ByDocument = new Map();
  for (const [documentId, passages] of left) {
    const others = right.get(documentId) ?? [];
    const kept = others.length === 0 ? (whenRightEmpty ? passages : []) : passages.filter((p) => keep(documentId, p, others));
    if (kept.length > 0) out.set(documentId, kept);
  }
  return out;
}

/** Evaluates a code query, document by document. Passages come sorted by position in each document. */
export function evaluateQuery(query: CodeQuery, source: QuerySource): ByDocument {
  switch (query.op) {
    case 'code':
      return group(source.codings(query.codeId, query.withChildren));
    case 'or': {
      const out: ByDocument = new Map();
      for (const item of query.items) {
        for (const [documentId, passages] of evaluateQuery(item, source)) out.set(documentId, [...(out.get(documentId) ?? []), ...passages]);
      }
      for (const [documentId, passages] of out) out.set(documentId, distinct(passages));
      return out;
    }
    case 'and': {
      const [first, ...rest] = query.items.map((item) => evaluateQuery(item, source));
      let current = first ?? new Map<number, Passage[]>();
      for (const next of rest) {
        const out: ByDocument = new Map();
        for (const [documentId, passages] of current) {
          const other = next.get(documentId);
          if (!other) continue;
          const both = intersect(passages, other);
          if (both.length > 0) out.set(documentId, both);
        }
        current = out;
      }
      return current;
    }
    case 'not':
      return combine(evaluateQuery(query.include, source), evaluateQuery(query.exclude, source), (_d, a, others) => !others.some((b) => overlaps(a, b)), true);
    case 'followedBy': {
      const within = query.within;
      return combine(
        evaluateQuery(query.first, source),
        evaluateQuery(query.then, source),
        (documentId, a, others) => {
          const units = source.units(documentId);
          const aLast = unitSpan(units, a).last;
          return others.some((b) => b.start >= a.end && unitSpan(units, b).first - aLast <= within);
        },
        false,
      );
    }
    case 'near': {
      const within = query.within;
      return combine(
        evaluateQuery(query.a, source),
        evaluateQuery(query.b, source),
        (documentId, a, others) => {
          const units = source.units(documentId);
          const sa = unitSpan(units, a);
          return others.some((b) => {
            if (shares(a, b)) return false;
            const sb = unitSpan(units, b);
            return Math.max(0, sb.first - sa.last, sa.first - sb.last) <= within;
          });
        },
        false,
      );
    }
  }
}

/** The codes a query reads (its leaves), to load their codings once. */
export function queryLeaves(query: CodeQuery): { codeId: number; withChildren: boolean }[] {
  switch (query.op) {
    case 'code':
      return [{ codeId: query.codeId, withChildren: query.withChildren }];
    case 'and':
    case 'or':
      return query.items.flatMap(queryLeaves);
    case 'not':
      return [...queryLeaves(query.include), ...queryLeaves(query.exclude)];
    case 'followedBy':
      return [...queryLeaves(query.first), ...queryLeaves(query.then)];
    case 'near':
      return [...queryLeaves(query.a), ...queryLeaves(query.b)];
  }
}
