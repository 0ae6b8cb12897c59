import { BaliseError } from '../../../shared/errors';
import { ftsExpression } from '../../../shared/search/fts';
import { kwicLine } from '../../../shared/search/kwic';
import { matchDocument, resolveQuery } from '../../../shared/search/match';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import type { SearchHit } from '../../../shared/search/types';
import type { Db } from '../../db/open';
import { ftsCandidates, type SearchDocument, type SearchUnit } from '../../db/repositories/search';
import { wordCache } from './word-cache';

/** A query read, or its syntax error thrown as the typed error the UI and the CLI translate. */
export function requireQuery(text: string): ParsedQuery {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new BaliseError(parsed.error.code, parsed.error.params);
  return parsed.query;
}

export interface DocumentMatches {
  document: SearchDocument;
  /** Flat [start, end, …] in reading order. */
  ranges: number[];
}

/**
 * Every result of a query: the full-text index narrows the documents (fts.ts never leaves out
 * one that may match), the word cache gives their words, match.ts finds the exact ranges.
 */
export function findMatches(db: Db, query: ParsedQuery, documentIds?: readonly number[]): DocumentMatches[] {
  const cache = wordCache(db);
  let documents = cache.documents();
  if (documentIds) {
    const wanted = new Set(documentIds);
    documents = documents.filter((d) => wanted.has(d.id));
  }
  const expression = ftsExpression(query);
  if (expression !== null && documents.length > 0) {
    const candidates = ftsCandidates(db, expression);
    documents = documents.filter((d) => candidates.has(d.id));
  }
  if (documents.length === 0) return [];
  const words = cache.words(documents);
  const resolved = resolveQuery(query, cache.lexicon);
  if (resolved.impossible) return [];
  const out: DocumentMatches[] = [];
  for (const document of documents) {
    const ranges = matchDocument(words.get(document.id)!, resolved);
    if (ranges.length > 0) out.push({ document, ranges });
  }
  return out;
}

/** Units that say where a passage is: a speaker turn, a grid answer or cell. */
export class WhereIndex {
  private readonly units: SearchUnit[];

  constructor(units: readonly SearchUnit[]) {
    this.units = units.filter((u) => u.speaker !== null || u.prompt !== null || u.column !== null).sort((a, b) => a.start - b.start);
  }

  /** « Claire » for a turn, « Objet de l’intervention · Faits observés » for a grid answer. */
  at(offset: number): string | null {
    let low = 0;
    let high = this.units.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.units[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && i >= low - 4; i -= 1) {
      const unit = this.units[i]!;
      if (unit.end <= offset) continue;
      if (unit.speaker) return unit.speaker;
      return [unit.prompt, unit.column].filter((p): p is string => Boolean(p)).join(' · ') || null;
    }
    return null;
  }
}

/** The keyword-in-context lines of some results of one document. */
export function hitsOf(text: string, ranges: readonly number[], count: number, where: WhereIndex, context: number): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let i = 0; i < ranges.length && hits.length < count; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    hits.push({ start, end, ...kwicLine(text, start, end, context), where: where.at(start) });
  }
  return hits;
}
