import { useEffect, useRef } from 'react';
import type { SearchResult } from '../../../shared/search/types';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import type { SearchRequest } from './useSearchResults';

/** Says the counts of each submitted search once (not again when the project reloads them). */
export function useResultsAnnouncement(request: SearchRequest | null, result: SearchResult | undefined, loading: boolean): void {
  const { t, tc } = useI18n();
  const announce = useAnnounce();
  const said = useRef<number | null>(null);
  useEffect(() => {
    if (!request || !result || loading || said.current === request.run) return;
    said.current = request.run;
    announce(
      result.hits === 0
        ? t('search.none', { query: request.query })
        : t('search.announce', {
            hits: tc(result.hits, 'search.hits', 'search.hits.one'),
            documents: tc(result.documents, 'search.inDocuments', 'search.inDocuments.one'),
          }),
    );
  }, [request, result, loading, announce, t, tc]);
}
