import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import type { SearchResult } from '../../../shared/search/types';

/** Results listed at first; « Lister plus » raises it. */
export const FIRST_LIMIT = 500;
export const MORE_LIMIT = 5_000;

export interface SearchRequest {
  query: string;
  documentIds: number[] | undefined;
  limit: number;
  /** Bumped by each submit, so searching the same words again reloads. */
  run: number;
}

/** The results of the submitted query, reloaded when the project changes (an edit, an autocoding). */
export function useSearchResults(dataKey: string, request: SearchRequest | null): { result: SearchResult | undefined; loading: boolean } {
  const api = useApi();
  const key = request ? JSON.stringify([dataKey, request]) : null;
  const state = useAsync(key, () => api.search.run({ query: request!.query, documentIds: request!.documentIds, limit: request!.limit }));
  return { result: request ? state.data : undefined, loading: state.loading };
}
