import { BaliseError } from '../../../shared/errors';
import { ftsExpression } from '../../../shared/search/fts';
import { kwicLine } from '../../../shared/search/kwic';
import type { DocumentWords } from '../../../shared/search/lexicon';
import { matchDocument, resolveQuery, spanRanges } from '../../../shared/search/match';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import type { SearchHit } from '../../../shared/search/types';
import type { Db } from '../../db/open';
import { ftsCandidates, type SearchDocument } from '../../db/repositories/search';
import type { WhereIndex } from './where';
import { wordCache } from './word-cache';

/** A query read, or its syntax error thrown as the typed error the UI and the CLI translate. */
export function requireQuery(text: string): ParsedQuery {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new BaliseError(parsed.error.code, parsed.error.params);
  return parsed.query;
}

export interface DocumentMatches {
  document: SearchDocument;
  words: DocumentWords;
  /** Word spans, flat [first, last, …] in reading order: `spans.length / 2` results. */
  spans: number[];
}

/** The offsets of the first `count` results of a document (all by default). */
export function matchRanges(match: DocumentMatches, text: string, count?: number): number[] {
  return spanRanges(match.words, match.spans, text, count);
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
    const doc = words.get(document.id)!;
    const spans = matchDocument(doc, resolved);
    if (spans.length > 0) out.push({ document, words: doc, spans });
  }
  return out;
}

/** The keyword-in-context lines of some results of one document. */
export function hitsOf(text: string, ranges: readonly number[], where: WhereIndex, context: number): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    hits.push({ start, end, ...kwicLine(text, start, end, context), where: where.at(start) });
  }
  return hits;
}
