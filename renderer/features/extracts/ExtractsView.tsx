import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Extract, ExtractResult, SavedQuery } from '../../../shared/domain/extract';
import { citationText } from '../../../shared/retrieval/citation';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Tabs } from '../../ui/Tabs';
import { useHistoryCommands } from '../history/useHistoryCommands';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { copyText } from './clipboard';
import { CodePicker } from './CodePicker';
import { ExportExtracts } from './ExportExtracts';
import { ExtractResults } from './ExtractResults';
import { FilterPanel } from './FilterPanel';
import { activeFilterCount, filterChips, sameSelection } from './filters';
import { QueryBar } from './QueryBar';
import { buildQuery, chosenCodes, codeLabels, describeQuery, keepCodes, removeCode, setCombine, setWithChildren, setWithin, switchSide, toggleCode } from './query';
import { QueryNameDialog, SavedQueries } from './SavedQueries';
import { projectOfDataKey, useExtractSelection } from './useExtractSelection';
import { useLiveKey } from './useLiveKey';

type PaneTab = 'codes' | 'filters' | 'saved';

/** Passages asked for at first; « Afficher tous les passages » asks for the service's maximum. */
const FIRST_LIMIT = 5_000;
const ALL_LIMIT = 100_000;

type NameDialog = { kind: 'save' } | { kind: 'rename'; query: SavedQuery };

/**
 * « Extraits codés »: pick codes and how they combine, narrow by documents, cases, attributes,
 * structure, coder and date, and read every coded passage with where it comes from. The selection
 * is kept per project for the window's life; queries can be saved under a name.
 */
export function ExtractsView({ dataKey, codes, onShowPassage }: WorkspaceViewProps) {
  const { t, tc, lang, formatDate } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const history = useHistoryCommands();
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const selection = useExtractSelection(projectOfDataKey(dataKey));
  const [paneTab, setPaneTab] = useState<PaneTab>('codes');
  const [dialog, setDialog] = useState<NameDialog | null>(null);
  const [contextEverywhere, setContextEverywhere] = useState(false);
  const words = useMemo(() => ({ t, tc }), [t, tc]);

  const labels = useMemo(() => codeLabels(codes ?? []), [codes]);
  const builder = codes ? keepCodes(selection.builder, (id) => labels.has(id)) : selection.builder;
  const chosen = chosenCodes(builder);
  const built = buildQuery(builder);
  const { filters } = selection;
  const sentence = built.query ? describeQuery(built.query, labels, words) : '';

  const [limit, setLimit] = useState({ key: '', value: FIRST_LIMIT });
  const selectionKey = built.query ? JSON.stringify({ query: built.query, filters }) : null;
  const currentLimit = limit.key === selectionKey ? limit.value : FIRST_LIMIT;
  const requestKey = liveKey && selectionKey ? `${liveKey}|${currentLimit}|${selectionKey}` : null;
  const result = useAsync(requestKey, () => api.extracts.list({ query: built.query!, filters, context: true, limit: currentLimit }));
  const facets = useAsync(liveKey, () => api.extracts.facets({}));
  const saved = useAsync(liveKey, () => api.queries.list({}));
  const data = selectionKey ? result.data : undefined;

  // A key quotation marked here shows at once, before the reload that the change triggers.
  const [keyMarks, setKeyMarks] = useState<{ data: ExtractResult; marks: Map<number, boolean> } | null>(null);
  const extracts = useMemo(() => {
    if (!data) return [];
    const marks = keyMarks?.data === data ? keyMarks.marks : null;
    if (!marks || marks.size === 0) return data.extracts;
    return data.extracts.map((e) => (e.codingId !== null && marks.has(e.codingId) ? { ...e, keyQuote: marks.get(e.codingId)! } : e));
  }, [data, keyMarks]);

  const countsText = data
    ? t('extracts.results.counts', {
        passages: tc(data.counts.passages, 'extracts.passages', 'extracts.passages.one'),
        documents: tc(data.counts.documents, 'extracts.documents', 'extracts.documents.one'),
        cases: tc(data.counts.cases, 'extracts.cases', 'extracts.cases.one'),
      })
    : '';

  // The counts of a new query or new filters are said once they arrive.
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!data || result.loading || !selectionKey || announced.current === selectionKey) return;
    announced.current = selectionKey;
    announce(countsText);
  }, [data, result.loading, selectionKey, countsText, announce]);

  const chips = filterChips(filters, facets.data ?? null, { t, tc, formatDay: (day) => formatDate(`${day}T12:00:00`) });
  const currentSaved = built.query ? (saved.data?.find((q) => sameSelection(q.selection, { query: built.query!, filters })) ?? null) : null;

  // Card actions stay the same functions from render to render, so cards already drawn are not drawn again.
  const latest = useRef({ onShowPassage, data, lang });
  useLayoutEffect(() => {
    latest.current = { onShowPassage, data, lang };
  });
  const cardActions = useMemo(
    () => ({
      onShow: (extract: Extract) => latest.current.onShowPassage({ documentId: extract.documentId, start: extract.start, end: extract.end }),
      onCopy: async (extract: Extract) => {
        const done = await copyText(citationText(extract, latest.current.lang));
        toasts.showInfo(done ? 'extracts.copied' : 'extracts.copyFailed');
      },
      onKeyQuote: async (extract: Extract) => {
        const codingId = extract.codingId;
        const shown = latest.current.data;
        if (codingId === null || !shown) return;
        const keyQuote = !extract.keyQuote;
        setKeyMarks((previous) => ({ data: shown, marks: new Map(previous?.data === shown ? previous.marks : []).set(codingId, keyQuote) }));
        try {
          await api.extracts.setKeyQuote({ codingId, keyQuote });
          toasts.showInfo(keyQuote ? 'extracts.keyQuoteSet' : 'extracts.keyQuoteUnset', {}, { action: { label: 'common.undo', run: () => void history.undo() } });
        } catch (error) {
          setKeyMarks((previous) => {
            if (!previous) return previous;
            const marks = new Map(previous.marks);
            marks.delete(codingId);
            return { ...previous, marks };
          });
          toasts.showError(error);
        }
      },
    }),
    [api, toasts, history],
  );

  const saveQuery = async (name: string, replaceId: number | undefined) => {
    if (!built.query) return;
    const query = await api.queries.save({ id: replaceId, name, selection: { query: built.query, filters } });
    selection.setSavedId(query.id);
    setDialog(null);
    toasts.showInfo('extracts.saved.saved', { name: query.name });
  };
  const renameQuery = async (target: SavedQuery, name: string) => {
    await api.queries.save({ id: target.id, name, selection: target.selection });
    setDialog(null);
  };
  const deleteQuery = async (target: SavedQuery) => {
    try {
      await api.queries.delete({ id: target.id });
      toasts.showInfo('extracts.saved.deleted', { name: target.name }, { action: { label: 'common.undo', run: () => void history.undo() } });
    } catch (error) {
      toasts.showError(error);
    }
  };
  const describeSaved = (query: SavedQuery) => describeQuery(query.selection.query, labels, words);
  const lastSaved = saved.data?.find((q) => q.id === selection.savedId);

  return (
    <div ref={rootRef} className="extracts" data-testid="extracts-view">
      <aside className="extracts__pane" aria-label={t('extracts.pane')}>
        <Tabs<PaneTab>
          label={t('extracts.tabs')}
          selected={paneTab}
          onSelect={setPaneTab}
          tabs={[
            { id: 'codes', label: t('extracts.tab.codes'), badge: chosen.length || undefined },
            { id: 'filters', label: t('extracts.tab.filters'), badge: activeFilterCount(filters) || undefined },
            { id: 'saved', label: t('extracts.tab.saved'), badge: saved.data?.length || undefined },
          ]}
          panels={{
            codes: (
              <CodePicker
                codes={codes}
                labels={labels}
                chosen={chosen}
                onToggle={(code) => selection.setBuilder((b) => toggleCode(keepCodes(b, (id) => labels.has(id)), code))}
                onWithChildren={(codeId, withChildren) => selection.setBuilder((b) => setWithChildren(b, codeId, withChildren))}
              />
            ),
            filters: <FilterPanel facets={facets.data} filters={filters} onChange={selection.setFilters} />,
            saved: (
              <SavedQueries
                saved={saved.data}
                currentId={currentSaved?.id ?? null}
                describe={describeSaved}
                onLoad={(query) => {
                  selection.load(query.selection, query.id);
                  announce(t('extracts.saved.loaded', { name: query.name }));
                }}
                onRename={(query) => setDialog({ kind: 'rename', query })}
                onDelete={(query) => void deleteQuery(query)}
              />
            ),
          }}
        />
      </aside>
      <div className="extracts__main">
        <QueryBar
          builder={builder}
          chosen={chosen}
          built={built}
          labels={labels}
          chips={chips}
          canSave={built.query !== null}
          onCombine={(combine) => selection.setBuilder((b) => setCombine(b, combine))}
          onWithin={(within) => selection.setBuilder((b) => setWithin(b, within))}
          onRemoveCode={(codeId) => selection.setBuilder((b) => removeCode(b, codeId))}
          onSwitchSide={(codeId) => selection.setBuilder((b) => switchSide(b, codeId))}
          onRemoveChip={(chip) => selection.setFilters(chip.without)}
          onClearFilters={() => selection.setFilters({})}
          onSave={() => setDialog({ kind: 'save' })}
          onReset={selection.reset}
          extraActions={<ExportExtracts selection={built.query ? { query: built.query, filters } : null} passages={data?.counts.passages} />}
        />
        <ExtractResults
          listKey={selectionKey ?? ''}
          title={sentence}
          result={data}
          extracts={extracts}
          counts={countsText}
          loading={result.loading}
          needsCodes={built.missing === 'codes'}
          labels={labels}
          contextEverywhere={contextEverywhere}
          onContextEverywhere={setContextEverywhere}
          onShowAll={() => setLimit({ key: selectionKey ?? '', value: ALL_LIMIT })}
          actions={cardActions}
        />
      </div>
      {dialog ? (
        <QueryNameDialog
          renaming={dialog.kind === 'rename' ? dialog.query : null}
          description={dialog.kind === 'rename' ? describeSaved(dialog.query) : sentence}
          initialName={dialog.kind === 'rename' ? dialog.query.name : (currentSaved?.name ?? lastSaved?.name ?? '')}
          saved={saved.data ?? []}
          onSubmit={(name, replaceId) => (dialog.kind === 'rename' ? renameQuery(dialog.query, name) : saveQuery(name, replaceId))}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
