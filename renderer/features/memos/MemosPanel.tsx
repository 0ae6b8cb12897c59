import { useId, useState, type FormEvent } from 'react';
import { memoKinds, type Memo, type MemoKind, type MemoTarget } from '../../../shared/domain/memo';
import { excerpt } from '../../../shared/text/memo-body';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { errorText, useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { SearchBox } from '../../ui/SearchBox';
import { useHistoryCommands } from '../history/useHistoryCommands';
import { MemoLoader } from './TargetMemo';

const kindLabel = {
  project: 'memos.kind.project',
  document: 'memos.kind.document',
  code: 'memos.kind.code',
  coding: 'memos.kind.coding',
} as const;

const filterLabel = {
  project: 'memos.filter.project',
  document: 'memos.filter.document',
  code: 'memos.filter.code',
  coding: 'memos.filter.coding',
} as const;

/** The memo open in the panel: a memo of the list, or the open document's (created by its first words). */
type OpenMemo = { target: MemoTarget; id?: number; title: string };

function targetOfMemo(memo: Memo): MemoTarget {
  if (memo.kind === 'document') return { kind: 'document', documentId: memo.documentId! };
  if (memo.kind === 'code') return { kind: 'code', codeId: memo.codeId! };
  if (memo.kind === 'coding') return { kind: 'coding', codingId: memo.codingId! };
  return { kind: 'project' };
}

interface Props {
  dataKey: string;
  /** The document open in the workspace, whose memo « Mémo du document » opens. */
  documentId?: number | null;
}

/** The project's memos: search, filter by kind, open one to write in it, create and delete them. */
export function MemosPanel({ dataKey, documentId = null }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<MemoKind | ''>('');
  const [open, setOpen] = useState<OpenMemo | null>(null);
  const [creating, setCreating] = useState(false);
  const [saves, setSaves] = useState(0);
  const filterId = useId();
  const { data: memos } = useAsync(`${dataKey}|${saves}|${kind}|${query}`, () => api.memos.list({ query: query.trim() || undefined, kind: kind || undefined }));
  const filtering = query.trim() !== '' || kind !== '';

  if (open) {
    return (
      <OpenMemoView
        key={`${open.target.kind}:${open.id ?? ''}:${open.target.kind === 'document' ? open.target.documentId : ''}`}
        open={open}
        dataKey={dataKey}
        onSaved={() => setSaves((n) => n + 1)}
        onBack={() => setOpen(null)}
      />
    );
  }
  return (
    <div className="panel memos-panel">
      <div className="panel__toolbar">
        <SearchBox label={t('memos.search')} clearLabel={t('codebook.clearFilter')} value={query} onChange={setQuery} />
        <div className="memos-panel__row">
          <label htmlFor={filterId} className="sr-only">
            {t('memos.filter')}
          </label>
          <select id={filterId} className="input memos-panel__filter" value={kind} onChange={(event) => setKind(event.target.value as MemoKind | '')}>
            <option value="">{t('memos.filter.all')}</option>
            {memoKinds.map((k) => (
              <option key={k} value={k}>
                {t(filterLabel[k])}
              </option>
            ))}
          </select>
          <Button size="sm" variant="primary" icon="plus" onClick={() => setCreating(true)}>
            {t('memos.new')}
          </Button>
        </div>
        {documentId !== null ? (
          <Button size="sm" variant="ghost" icon="memo" onClick={() => setOpen({ target: { kind: 'document', documentId }, title: '' })}>
            {t('memos.documentMemo')}
          </Button>
        ) : null}
      </div>
      <div className="panel-scroll" tabIndex={0} role="region" aria-label={t('memos.list')}>
        {memos === undefined ? null : memos.length === 0 ? (
          <p className="empty-note" role="status">
            {t(filtering ? 'memos.noMatch' : 'memos.empty')}
          </p>
        ) : (
          <MemoList memos={memos} onOpen={(memo) => setOpen({ target: targetOfMemo(memo), id: memo.id, title: memo.title || memo.target || '' })} />
        )}
      </div>
      {creating ? (
        <NewMemoDialog
          onClose={() => setCreating(false)}
          onCreated={(memo) => {
            setCreating(false);
            setOpen({ target: { kind: 'project' }, id: memo.id, title: memo.title });
          }}
        />
      ) : null}
    </div>
  );
}

function MemoList({ memos, onOpen }: { memos: Memo[]; onOpen: (memo: Memo) => void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ul className="card-list" data-testid="memo-list">
      {memos.map((memo) => {
        const title = memo.title || memo.target || t('memos.untitled');
        return (
          <li key={memo.id} className="card memo memo-card">
            <h3 className="card__title">
              <button type="button" className="memo-card__open" aria-label={t('memos.openLabel', { title })} onClick={() => onOpen(memo)}>
                {title}
              </button>
            </h3>
            <p className="card__meta">
              <span>{t(kindLabel[memo.kind])}</span>
              {memo.title && memo.target ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span className="memo-card__target">{memo.target}</span>
                </>
              ) : null}
            </p>
            {memo.text.trim() ? <p className="memo-card__excerpt">{excerpt(memo.text, 160)}</p> : null}
            <p className="card__meta">
              {memo.coderName ? (
                <>
                  <span>{memo.coderName}</span>
                  <span aria-hidden="true">·</span>
                </>
              ) : null}
              <span>{formatDateTime(memo.updatedAt)}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** A memo open in the panel: back to the list, what it is about, delete, then the editor. */
function OpenMemoView({ open, dataKey, onBack, onSaved }: { open: OpenMemo; dataKey: string; onBack: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const history = useHistoryCommands();
  const [memo, setMemo] = useState<{ id: number; title: string; target: string | null } | null>(open.id ? { id: open.id, title: open.title, target: null } : null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = memo?.title || memo?.target || open.title || t('memos.untitled');

  const remove = async () => {
    if (!memo) return;
    setBusy(true);
    try {
      await api.memos.delete({ id: memo.id });
      setConfirming(false);
      toasts.showInfo('memos.deleted', { title: name }, { action: { label: 'common.undo', run: () => void history.undo() } });
      onBack();
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  };

  return (
    <div className="panel memos-panel memos-panel--open">
      <div className="memos-panel__head">
        <Button size="sm" variant="ghost" icon="undo" onClick={onBack}>
          {t('memos.back')}
        </Button>
        {memo ? (
          <Button size="sm" variant="ghost" className="memos-panel__delete" onClick={() => setConfirming(true)}>
            {t('memos.delete')}
          </Button>
        ) : null}
      </div>
      <p className="memos-panel__kind">
        <span>{t(kindLabel[open.target.kind])}</span>
        {open.target.kind !== 'project' && (memo?.target || open.title) ? (
          <>
            <span aria-hidden="true">·</span>
            <span className="memo-card__target" title={memo?.target || open.title}>
              {memo?.target || open.title}
            </span>
          </>
        ) : null}
      </p>
      <div className="panel-scroll memos-panel__editor">
        <MemoLoader
          target={open.target}
          id={open.id}
          dataKey={dataKey}
          showTitle={open.target.kind === 'project'}
          compact={open.target.kind === 'coding'}
          onMissing={onBack}
          onMemo={(saved) => {
            setMemo({ id: saved.id, title: saved.title, target: saved.target });
            // The list behind reloads, so it shows the new excerpt when the researcher goes back.
            onSaved();
          }}
        />
      </div>
      {confirming ? (
        <Dialog title={t('memos.deleteTitle')} description={t('memos.deleteDescription', { title: name })} onClose={() => setConfirming(false)}>
          <div className="dialog__body">
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
              <Button variant="danger" disabled={busy} onClick={() => void remove()} data-autofocus>
                {t('memos.deleteConfirm')}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

/** « Nouveau mémo »: a project memo needs a title; its text is written in the panel. */
function NewMemoDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (memo: Memo) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof errorText> | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('memos.titleRequired'));
      return;
    }
    setBusy(true);
    try {
      onCreated(await api.memos.save({ kind: 'project', title: title.trim(), body: '' }));
    } catch (caught) {
      setFailure(() => errorText(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('memos.new')} description={t('memos.newDescription')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" noValidate onSubmit={(event) => void submit(event)}>
        <TextField label={t('memos.title')} value={title} onChange={setTitle} error={error} autoFocus maxLength={300} />
        <FormActions failure={failure} submitLabel={t('memos.create')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
