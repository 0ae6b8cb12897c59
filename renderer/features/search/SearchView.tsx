import { useRef, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { translate } from '../../../shared/i18n';
import { parseQuery, queryForWord } from '../../../shared/search/query';
import type { SearchAutocodeResult, SearchDocumentHits, SearchHit } from '../../../shared/search/types';
import { useAnnounce } from '../../app/Announcer';
import { translateCount, useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Tabs } from '../../ui/Tabs';
import { useHistoryCommands } from '../history/useHistoryCommands';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { FrequencyView } from './FrequencyView';
import { SearchAutocodeDialog } from './SearchAutocodeDialog';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { FIRST_LIMIT, MORE_LIMIT, useSearchResults, type SearchRequest } from './useSearchResults';
import { useResultsAnnouncement } from './useResultsAnnouncement';

type SearchTab = 'results' | 'frequencies';
/** Every result of one document, for its marks in the document view. */
const ALL_IN_DOCUMENT = 100_000;

/**
 * « Recherche »: full-text search over the documents (keyword-in-context lines grouped by
 * document, shown in the document with every result marked), coding of all its results, and the
 * word-frequency list that leads to them.
 */
export function SearchView({ dataKey, codes, onShowPassage }: WorkspaceViewProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const history = useHistoryCommands();
  const [text, setText] = useState('');
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [tab, setTab] = useState<SearchTab>('results');
  const [autocoding, setAutocoding] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const prepared = useRef<string | null>(null);
  const groups = useAsync(`${dataKey}|groups`, () => api.groups.list({}));
  const documentIds = groupId === null ? undefined : groups.data?.find((g) => g.id === groupId)?.documentIds;
  const { result, loading } = useSearchResults(dataKey, request);
  useResultsAnnouncement(request, result, loading);

  const submit = (query: string, ids = documentIds) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) {
      setSyntaxError(translate(lang, `error.${parsed.error.code}`, parsed.error.params));
      return;
    }
    setSyntaxError(null);
    setTab('results');
    setRequest((previous) => ({ query, documentIds: ids, limit: FIRST_LIMIT, run: (previous?.run ?? 0) + 1 }));
  };

  /** All results of a document: those listed, or all of them asked again when some were not listed. */
  const marksOf = async (group: SearchDocumentHits): Promise<SearchHit[]> => {
    if (group.hits.length === group.count || !request) return group.hits;
    const all = await api.search.run({ query: request.query, documentIds: [group.documentId], limit: ALL_IN_DOCUMENT, context: 0 });
    return all.groups[0]?.hits ?? group.hits;
  };

  const show = async (group: SearchDocumentHits, hit: SearchHit | null) => {
    try {
      const marks = await marksOf(group);
      const target = hit ?? marks[0];
      if (!target) return;
      onShowPassage({ documentId: group.documentId, start: target.start, end: target.end, marks: marks.map((m) => ({ start: m.start, end: m.end })) });
    } catch (error) {
      toasts.showError(error);
    }
  };

  const autocoded = (done: SearchAutocodeResult, code: Code) => {
    setAutocoding(false);
    const message = (l: typeof lang) => translateCount(l, done.coded, 'search.autocode.done', 'search.autocode.done.one', { code: code.name });
    announce(message(lang));
    toasts.showText(message, { silent: true, action: { label: 'common.undo', run: () => void history.undo() } });
  };

  return (
    <div ref={root} className="workspace-view search-view">
      <SearchForm
        value={text}
        onChange={(value) => {
          setText(value);
          setSyntaxError(null);
        }}
        onSubmit={() => submit(text)}
        onFocus={() => {
          // Once per project revision: the service reads the documents while the query is typed.
          if (prepared.current === dataKey) return;
          prepared.current = dataKey;
          api.search.prepare({}).catch(() => undefined);
        }}
        onDown={() => root.current?.querySelector<HTMLElement>(tab === 'results' ? '.kwic[tabindex="0"]' : '.search-freq__word[tabindex="0"]')?.focus()}
        error={syntaxError}
        groups={groups.data ?? []}
        groupId={groupId}
        onGroup={(id) => {
          setGroupId(id);
          const ids = id === null ? undefined : groups.data?.find((g) => g.id === id)?.documentIds;
          if (request) submit(request.query, ids);
        }}
      />
      <Tabs<SearchTab>
        label={t('search.tabs')}
        className="search-view__tabs"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'results', label: t('search.tab.results'), ...(result ? { badge: result.hits } : {}) },
          { id: 'frequencies', label: t('search.tab.frequencies') },
        ]}
        panels={{
          results:
            request === null ? (
              <p className="search-empty__hint search-view__intro">{t('search.intro')}</p>
            ) : result === undefined ? (
              <p className="search-empty__hint search-view__intro" aria-busy="true">
                {t('search.searching')}
              </p>
            ) : (
              <div className={`search-view__results ${loading ? 'search-view__results--stale' : ''}`} aria-busy={loading}>
                <SearchResults
                  key={`${request.query}|${request.run}`}
                  result={result}
                  query={request.query}
                  limit={request.limit}
                  onShowHit={(group, hit) => void show(group, hit)}
                  onShowDocument={(group) => void show(group, null)}
                  onMore={() => setRequest({ ...request, limit: MORE_LIMIT })}
                  onAutocode={() => setAutocoding(true)}
                />
              </div>
            ),
          frequencies: (
            <FrequencyView
              dataKey={dataKey}
              documentIds={documentIds}
              active={tab === 'frequencies'}
              onSearchWord={(word) => {
                const query = queryForWord(word.word);
                setText(query);
                submit(query);
              }}
            />
          ),
        }}
      />
      {autocoding && request && codes ? (
        <SearchAutocodeDialog query={request.query} documentIds={request.documentIds} codes={codes} onClose={() => setAutocoding(false)} onDone={autocoded} />
      ) : null}
    </div>
  );
}
