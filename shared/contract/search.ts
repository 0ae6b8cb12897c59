import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../search/query';
import { searchScopes } from '../search/scope';
import type { SearchAutocodeResult, SearchResult, WordFrequencies } from '../search/types';
import { idSchema } from '../schemas/common';
import { call, none } from './call';

const querySchema = z.string().max(MAX_QUERY_LENGTH);
const documentIds = z.array(idSchema).max(10_000).optional();

/** Full-text search over the documents, autocoding of its hits, word frequencies. Spread into `shared/contract.ts`. */
export const searchCalls = {
  /**
   * The results of a query (syntax: shared/search/query.ts), grouped by document in the documents'
   * order, with keyword-in-context lines for the first `limit`; counts are always complete.
   * A malformed query is refused with a `SEARCH_…` error that says what to write.
   */
  'search:run': call<SearchResult>()(
    z
      .object({
        query: querySchema,
        documentIds,
        limit: z.number().int().min(0).max(100_000).default(500),
        /** Characters of context on each side of a result. */
        context: z.number().int().min(0).max(500).default(70),
      })
      .strict(),
    'read',
  ),
  /**
   * Codes every result of a query, widened to its word, sentence, paragraph or speaker turn, for
   * the current coder: ONE undoable action. `preview` counts and writes nothing.
   */
  'search:autocode': call<SearchAutocodeResult>()(
    z.object({ query: querySchema, documentIds, codeId: idSchema, scope: z.enum(searchScopes), preview: z.boolean().default(false) }).strict(),
    'write',
  ),
  /**
   * Starts reading the documents for the search in the background, between other calls, so the
   * first search is as fast as the next ones (the view asks it when its field gets the focus).
   */
  'search:prepare': call<{ documents: number }>()(none, 'read'),
  /** The most frequent words (folded forms counted together, shown in their most frequent spelling). */
  'search:frequencies': call<WordFrequencies>()(
    z
      .object({
        documentIds,
        excludeStopWords: z.boolean().default(true),
        minLength: z.number().int().min(1).max(50).default(3),
        limit: z.number().int().min(1).max(10_000).default(300),
      })
      .strict(),
    'read',
  ),
} as const;
