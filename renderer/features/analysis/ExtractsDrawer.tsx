import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Extract, ExtractResult } from '../../../shared/domain/extract';
import { citationText } from '../../../shared/retrieval/citation';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { IconButton } from '../../ui/Button';
import { copyText } from '../extracts/clipboard';
import { ExtractList } from '../extracts/ExtractList';
import type { PassageTarget } from '../project/workspaceView';
import type { ExtractsRequest } from './view';

interface Props {
  request: ExtractsRequest | null;
  onClose: () => void;
  onShowPassage: (target: PassageTarget) => void;
}

/**
 * The extracts behind a cell, a bar or an edge, in a drawer at the right: its title, the counts and
 * the extract browser's cards. The focus goes into the drawer and back where it was when it
 * closes; Escape closes it.
 */
export function ExtractsDrawer({ request, onClose, onShowPassage }: Props) {
  if (!request) return null;
  return <Drawer key={requestKeys.of(request)} request={request} onClose={onClose} onShowPassage={onShowPassage} />;
}

/** A new drawer (focus, scroll, loading) for each request asked for. */
const requestKeys = {
  ids: new WeakMap<ExtractsRequest, number>(),
  next: 0,
  of(request: ExtractsRequest): number {
    let id = this.ids.get(request);
    if (id === undefined) {
      id = ++this.next;
      this.ids.set(request, id);
    }
    return id;
  },
};

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'done'; result: ExtractResult };

function Drawer({ request, onClose, onShowPassage }: { request: ExtractsRequest; onClose: () => void; onShowPassage: (target: PassageTarget) => void }) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    request.load().then(
      (result) => live && setLoaded({ state: 'done', result }),
      (error: unknown) => {
        if (!live) return;
        setLoaded({ state: 'failed' });
        toasts.showError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [request, toasts]);

  // The focus comes into the drawer, and goes back where it was when the drawer closes.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    const drawer = ref.current;
    drawer?.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      // Back where it was, unless the researcher has already gone elsewhere (another cell).
      const now = document.activeElement;
      if (previous?.isConnected && (now === null || now === document.body || drawer?.contains(now))) previous.focus();
    };
  }, []);

  // Escape closes it, from anywhere but a dialog or a control that used the key itself.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const result = loaded.state === 'done' ? loaded.result : null;
  const [marks, setMarks] = useState<ReadonlyMap<number, boolean>>(new Map());
  const extracts = useMemo(
    () => (result ? result.extracts.map((e) => (e.codingId !== null && marks.has(e.codingId) ? { ...e, keyQuote: marks.get(e.codingId)! } : e)) : []),
    [result, marks],
  );
  const labels = useMemo(() => new Map(), []);
  const actions = useMemo(
    () => ({
      onShow: (extract: Extract) => onShowPassage({ documentId: extract.documentId, start: extract.start, end: extract.end }),
      onCopy: async (extract: Extract) => {
        const done = await copyText(citationText(extract, lang));
        toasts.showInfo(done ? 'extracts.copied' : 'extracts.copyFailed');
      },
      onKeyQuote: async (extract: Extract) => {
        const codingId = extract.codingId;
        if (codingId === null) return;
        const keyQuote = !extract.keyQuote;
        setMarks((previous) => new Map(previous).set(codingId, keyQuote));
        try {
          await api.extracts.setKeyQuote({ codingId, keyQuote });
          toasts.showInfo(keyQuote ? 'extracts.keyQuoteSet' : 'extracts.keyQuoteUnset');
        } catch (error) {
          setMarks((previous) => {
            const next = new Map(previous);
            next.delete(codingId);
            return next;
          });
          toasts.showError(error);
        }
      },
    }),
    [api, toasts, lang, onShowPassage],
  );

  const counts = result
    ? t('extracts.results.counts', {
        passages: tc(result.counts.passages, 'extracts.passages', 'extracts.passages.one'),
        documents: tc(result.counts.documents, 'extracts.documents', 'extracts.documents.one'),
        cases: tc(result.counts.cases, 'extracts.cases', 'extracts.cases.one'),
      })
    : '';

  return (
    <aside ref={ref} className="extracts-drawer" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="extracts-drawer">
      <header className="extracts-drawer__head">
        <h2 id={titleId} className="extracts-drawer__title" tabIndex={-1}>
          {request.title}
        </h2>
        <IconButton icon="close" label={t('drawer.close')} onClick={onClose} />
      </header>
      {result ? (
        <p className="extracts-drawer__counts" data-testid="drawer-counts" role="status">
          {counts}
        </p>
      ) : null}
      {result?.truncated ? <p className="extracts-drawer__note">{t('drawer.truncated', { count: result.extracts.length })}</p> : null}
      {loaded.state === 'loading' ? (
        <p className="extracts-drawer__note" role="status">
          {t('drawer.loading')}
        </p>
      ) : loaded.state === 'failed' ? (
        <p className="extracts-drawer__note" role="alert">
          {t('drawer.failed')}
        </p>
      ) : extracts.length === 0 ? (
        <p className="extracts-drawer__note">{t('drawer.empty')}</p>
      ) : (
        <ExtractList
          className="extracts-drawer__scroll"
          listKey={String(requestKeys.of(request))}
          extracts={extracts}
          labels={labels}
          busy={false}
          contextEverywhere={false}
          label={t('drawer.list', { title: request.title })}
          {...actions}
        />
      )}
    </aside>
  );
}
