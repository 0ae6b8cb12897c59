import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../../shared/domain/memo';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { errorText, useToasts } from '../../app/Toasts';
import { TextField } from '../../ui/Field';
import { MemoEditor, type MemoEditorHandle } from './MemoEditor';
import { targetInput, targetKey, useMemoAutosave, type SaveStatus } from './useMemoAutosave';

interface MemoDocumentProps {
  target: MemoTarget;
  /** The memo as loaded (null: the target has none yet; the first words create it). */
  memo: Memo | null;
  /** Smaller editor, for comments on codings. */
  compact?: boolean;
  /** Project memos have a title, edited above the text. */
  showTitle?: boolean;
  onSaved?: (memo: Memo) => void;
}

/** One memo open for writing: title (project memos), editor, signature and save status. */
export function MemoDocument({ target, memo, compact, showTitle, onSaved }: MemoDocumentProps) {
  const { t } = useI18n();
  const autosave = useMemoAutosave(target, memo, onSaved);
  const editor = useRef<MemoEditorHandle>(null);
  const { receive } = autosave;

  // A newer version from the service (an undo in the History panel): shown unless typing is waiting.
  useEffect(() => {
    if (!receive(memo)) return;
    editor.current?.replace(memo?.body ?? null);
  }, [memo, receive]);

  const comment = target.kind === 'coding';
  return (
    <div className={`memo-document${compact ? ' memo-document--compact' : ''}`}>
      {showTitle ? (
        <TextField
          label={t('memos.title')}
          className="memo-document__title"
          value={autosave.title}
          maxLength={300}
          onChange={(value) => autosave.change({ title: value })}
          onBlur={() => void autosave.flush()}
        />
      ) : null}
      <MemoEditor
        ref={editor}
        body={memo?.body ?? null}
        compact={compact}
        label={t(comment ? 'memos.editor.commentLabel' : 'memos.editor.label')}
        placeholder={t(comment ? 'memos.editor.commentPlaceholder' : 'memos.editor.placeholder')}
        onChange={(body, text) => autosave.change({ body, text })}
        onBlur={() => void autosave.flush()}
      />
      <MemoFooter memo={autosave.memo} status={autosave.status} onRetry={() => void autosave.flush()} />
    </div>
  );
}

/** « Camille Martin · 23 nov. 2026 », and discreetly whether the last words are saved. */
function MemoFooter({ memo, status, onRetry }: { memo: Memo | null; status: SaveStatus; onRetry: () => void }) {
  const { t, lang, formatTime } = useI18n();
  const date = useMemo(() => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' }), [lang]);
  const signed = memo ? (memo.coderName ? t('memos.signature', { author: memo.coderName, date: date.format(new Date(memo.updatedAt)) }) : date.format(new Date(memo.updatedAt))) : null;
  return (
    <div className="memo-document__footer">
      {signed ? <span className="memo-document__signature">{signed}</span> : null}
      {status.state === 'failed' ? (
        <span className="memo-document__status memo-document__status--failed" role="alert">
          {t('memos.status.failed', { message: errorText(status.error)(lang) })}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('memos.status.retry')}
          </button>
        </span>
      ) : (
        <span className="memo-document__status" data-testid="memo-status" data-state={status.state}>
          {status.state === 'saving' ? t('memos.status.saving') : status.state === 'saved' ? t('memos.status.saved', { time: formatTime(status.at) }) : null}
        </span>
      )}
    </div>
  );
}

interface MemoLoaderProps {
  target: MemoTarget;
  /** A given memo of the target (project memos: several per project). */
  id?: number;
  /** Reload key (the project's revision): an undo elsewhere shows up in the open memo. */
  dataKey?: string;
  compact?: boolean;
  showTitle?: boolean;
  /** The memo is gone (deleted, or its creation undone). */
  onMissing?: () => void;
  /** The memo as loaded, then after each save. */
  onMemo?: (memo: Memo) => void;
}

/** Loads a target's memo, then shows it for writing; follows the service's changes while open. */
export function MemoLoader({ target, id, dataKey, compact, showTitle, onMissing, onMemo }: MemoLoaderProps) {
  const api = useApi();
  const toasts = useToasts();
  const key = `${targetKey(target)}#${id ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; memo: Memo | null } | null>(null);
  const missing = useEffectEvent(() => onMissing?.());
  const found = useEffectEvent((memo: Memo) => onMemo?.(memo));
  const load = useEffectEvent(() => api.memos.get({ ...targetInput(target), id }));
  const report = useEffectEvent((error: unknown) => toasts.showError(error));

  useEffect(() => {
    let live = true;
    load().then(
      ({ memo }) => {
        if (!live) return;
        setLoaded({ key, memo });
        if (memo) found(memo);
        else if (id !== undefined) missing();
      },
      (error: unknown) => {
        if (live) report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [key, id, dataKey]);

  if (loaded?.key !== key) return null;
  return <MemoDocument key={key} target={target} memo={loaded.memo} compact={compact} showTitle={showTitle} onSaved={onMemo} />;
}

/**
 * The memo of a document, a code or a coding, ready to write in: created by its first words.
 * `<TargetMemo target={{ kind: 'coding', codingId }} />` gives the smaller editor of a comment.
 */
export function TargetMemo({ target, dataKey }: { target: Exclude<MemoTarget, { kind: 'project' }>; dataKey?: string }) {
  return <MemoLoader target={target} dataKey={dataKey} compact={target.kind === 'coding'} />;
}
