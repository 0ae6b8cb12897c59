import { useId, useMemo } from 'react';
import type { SearchDocumentHits, SearchHit, SearchResult } from '../../../shared/search/types';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { KwicRow } from './KwicRow';
import { useRovingFocus } from './useRovingFocus';
import { MORE_LIMIT } from './useSearchResults';

interface Props {
  result: SearchResult;
  query: string;
  limit: number;
  onShowHit: (group: SearchDocumentHits, hit: SearchHit) => void;
  onShowDocument: (group: SearchDocumentHits) => void;
  onMore: () => void;
  onAutocode: () => void;
}

/** The counts, then the keyword-in-context lines grouped by document; ↑ ↓ go through them all. */
export function SearchResults({ result, query, limit, onShowHit, onShowDocument, onMore, onAutocode }: Props) {
  const { t, tc } = useI18n();
  const keysId = useId();
  /** Index of each document's first listed result among all listed results. */
  const starts = useMemo(() => {
    const out: number[] = result.groups.map(() => 0);
    for (let g = 1; g < result.groups.length; g += 1) out[g] = out[g - 1]! + result.groups[g - 1]!.hits.length;
    return out;
  }, [result]);
  const listed = result.groups.reduce((n, g) => n + g.hits.length, 0);
  const roving = useRovingFocus(listed);

  if (result.hits === 0) {
    return (
      <div className="search-empty" role="status">
        <p className="search-empty__title">{t('search.none', { query })}</p>
        <p className="search-empty__hint">{t('search.noneHint')}</p>
      </div>
    );
  }

  return (
    <div className="search-results">
      <div className="search-results__bar">
        <p className="search-results__count">
          <strong>{tc(result.hits, 'search.hits', 'search.hits.one')}</strong> {tc(result.documents, 'search.inDocuments', 'search.inDocuments.one')}
          {result.truncated ? <span className="search-results__truncated"> · {t('search.truncated', { count: listed })}</span> : null}
        </p>
        {result.truncated && limit < MORE_LIMIT ? (
          <Button size="sm" variant="ghost" onClick={onMore}>
            {t('search.showMore', { count: MORE_LIMIT })}
          </Button>
        ) : null}
        <Button size="sm" icon="tag" onClick={onAutocode}>
          {t('search.autocode.open')}
        </Button>
      </div>
      <p id={keysId} className="search-results__keys">
        {t('search.keys')}
      </p>
      <div className="search-results__list" role="region" aria-label={t('search.results')} onKeyDown={roving.onKeyDown}>
        {result.groups.map((group, g) => {
          const headingId = `${keysId}-doc-${group.documentId}`;
          const hidden = group.count - group.hits.length;
          return (
            <section key={group.documentId} className="search-group" aria-labelledby={headingId}>
              <header className="search-group__header">
                <h3 id={headingId} className="search-group__name">
                  {group.name}
                </h3>
                <span className="search-group__count">{tc(group.count, 'search.hits', 'search.hits.one')}</span>
                <Button size="sm" variant="ghost" aria-label={t('search.document.showLabel', { name: group.name })} onClick={() => onShowDocument(group)}>
                  {t('search.document.show')}
                </Button>
              </header>
              {group.hits.length > 0 ? (
                <ul className="search-group__hits" aria-labelledby={headingId} aria-describedby={keysId}>
                  {group.hits.map((hit, h) => {
                    const index = starts[g]! + h;
                    return (
                      <KwicRow
                        key={hit.start}
                        hit={hit}
                        index={index}
                        tabIndex={roving.tabIndex(index)}
                        onFocus={() => roving.setActive(index)}
                        onShow={() => onShowHit(group, hit)}
                      />
                    );
                  })}
                </ul>
              ) : null}
              {hidden > 0 ? <p className="search-group__more">{tc(hidden, 'search.document.more', 'search.document.more.one')}</p> : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
