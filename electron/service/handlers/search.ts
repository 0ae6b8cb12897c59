import type { searchCalls } from '../../../shared/contract/search';
import { BaliseError } from '../../../shared/errors';
import { queryWords } from '../../../shared/search/query';
import { scopePassages } from '../../../shared/search/scope';
import type { SearchDocumentHits } from '../../../shared/search/types';
import { codedRanges, codeName } from '../../db/repositories/search';
import type { Handlers } from '../context';
import { wordFrequencies } from '../search/frequencies';
import { findMatches, hitsOf, matchRanges, requireQuery } from '../search/engine';
import { wordCache } from '../search/word-cache';
import { applyCode } from './coding';

/** Is [start, end) inside one of `ranges` (sorted by start)? */
function covered(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const r of ranges) {
    if (r.start > start) return false;
    if (r.end >= end) return true;
  }
  return false;
}

/** Full-text search, autocoding of its hits, word frequencies. */
export const searchHandlers: Handlers<keyof typeof searchCalls> = {
  'search:run': ({ query, documentIds, limit, context }, ctx) => {
    const { db } = ctx.requireProject();
    const parsed = requireQuery(query);
    const matches = findMatches(db, parsed, documentIds);
    const cache = wordCache(db);
    let left = limit;
    let hits = 0;
    const groups: SearchDocumentHits[] = matches.map((match) => {
      const { document } = match;
      const count = match.spans.length / 2;
      hits += count;
      if (left <= 0) return { documentId: document.id, name: document.name, count, hits: [] };
      const text = cache.text(document);
      const listed = hitsOf(text, matchRanges(match, text, left), cache.where(document), context);
      left -= listed.length;
      return { documentId: document.id, name: document.name, count, hits: listed };
    });
    return { hits, documents: groups.length, truncated: hits > limit, groups, words: queryWords(parsed) };
  },

  'search:autocode': ({ query, documentIds, codeId, scope, preview }, ctx) => {
    const session = ctx.requireProject();
    const code = codeName(session.db, codeId);
    if (code === undefined) throw new BaliseError('NOT_FOUND', { what: `Code ${codeId}` });
    const parsed = requireQuery(query);
    const coderId = session.coder.id;
    let hits = 0;
    let passages = 0;
    let alreadyCoded = 0;
    let outside = 0;
    const toCode: { documentId: number; start: number; end: number }[] = [];
    const documents = new Set<number>();
    const cache = wordCache(session.db);
    const coded = codedRanges(session.db, codeId, coderId);
    for (const match of findMatches(session.db, parsed, documentIds)) {
      const { document } = match;
      hits += match.spans.length / 2;
      const text = cache.text(document);
      const ranges = matchRanges(match, text);
      const scoped = scopePassages(text, ranges, scope, scope === 'word' || scope === 'sentence' ? [] : cache.units(document));
      outside += scoped.outside;
      passages += scoped.passages.length;
      const existing = coded.get(document.id) ?? [];
      for (const p of scoped.passages) {
        if (covered(existing, p.start, p.end)) alreadyCoded += 1;
        else {
          toCode.push({ documentId: document.id, start: p.start, end: p.end });
          documents.add(document.id);
        }
      }
    }
    const result = { hits, passages, alreadyCoded, coded: toCode.length, outside, documents: documents.size, scope, preview };
    if (preview || toCode.length === 0) return result;
    session.action({ key: 'history.searchAutocode', params: { code, query: query.trim(), count: toCode.length } }, (db) => {
      for (const p of toCode) applyCode(db, coderId, p.documentId, codeId, p.start, p.end);
    });
    ctx.emit('project:changed', { project: session.info() });
    return result;
  },

  'search:prepare': (_input, ctx) => ({ documents: wordCache(ctx.requireProject().db).warm() }),

  'search:frequencies': ({ documentIds, excludeStopWords, minLength, limit }, ctx) =>
    wordFrequencies(ctx.requireProject().db, { documentIds, excludeStopWords, minLength, limit }),
};
