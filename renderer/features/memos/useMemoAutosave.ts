import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../../shared/domain/memo';
import { ApiError } from '../../../shared/errors';
import { useApi } from '../../app/Services';

/** Pause in the typing after which the memo is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; error: unknown };

interface Draft {
  title: string;
  body: string;
  text: string;
}

/** The call input naming a memo's target: `{ kind: 'code', codeId }`… */
export function targetInput(target: MemoTarget): { kind: MemoTarget['kind']; documentId?: number; codeId?: number; codingId?: number } {
  switch (target.kind) {
    case 'document':
      return { kind: 'document', documentId: target.documentId };
    case 'code':
      return { kind: 'code', codeId: target.codeId };
    case 'coding':
      return { kind: 'coding', codingId: target.codingId };
    default:
      return { kind: 'project' };
  }
}

export function targetKey(target: MemoTarget): string {
  const input = targetInput(target);
  return `${input.kind}:${input.documentId ?? input.codeId ?? input.codingId ?? ''}`;
}

export interface MemoAutosave {
  /** The memo as the service last returned it (null before the first save of a target's memo). */
  memo: Memo | null;
  /** The title being written (project memos). */
  title: string;
  status: SaveStatus;
  /** Records a change; saved after a pause in the typing. */
  change(changes: Partial<Draft>): void;
  /** Saves now what is waiting (on blur, on unmount, « Réessayer »). */
  flush(): Promise<void>;
  /**
   * A newer version from the service (after an undo…): returns true when the view should show it,
   * i.e. it differs from what was last saved and nothing typed is waiting.
   */
  receive(memo: Memo | null): boolean;
}

/**
 * Autosave of one memo: changes wait for a pause (~800 ms), then go to `memos:save` one at a time;
 * a failed save keeps the draft for the next try. Saving on unmount never loses the last words.
 */
export function useMemoAutosave(target: MemoTarget, initial: Memo | null, onSaved?: (memo: Memo) => void): MemoAutosave {
  const api = useApi();
  const [memo, setMemo] = useState<Memo | null>(initial);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const known = useRef<Memo | null>(initial);
  const latest = useRef<Draft>({ title: initial?.title ?? '', body: initial?.body ?? '', text: initial?.text ?? '' });
  const pending = useRef(false);
  const saving = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  });
  const [title, setTitle] = useState(initial?.title ?? '');

  const saveOnce = useCallback(async () => {
    if (!pending.current) return;
    pending.current = false;
    saving.current = true;
    const draft = latest.current;
    setStatus({ state: 'saving' });
    try {
      const saved = await api.memos.save({ ...targetInput(target), id: known.current?.id, title: draft.title, body: draft.body, text: draft.text });
      known.current = saved;
      setMemo(saved);
      setStatus(pending.current ? { state: 'saving' } : { state: 'saved', at: saved.updatedAt });
      savedCallback.current?.(saved);
    } catch (error) {
      // Keep the draft: the next change, the blur or « Réessayer » sends it again.
      pending.current = true;
      // The target's memo was deleted meanwhile (its creation undone): the draft makes a new one.
      if (target.kind !== 'project' && known.current && error instanceof ApiError && error.wire.code === 'NOT_FOUND') known.current = null;
      setStatus({ state: 'failed', error });
    } finally {
      saving.current = false;
    }
    // `target` is the view's key: it never changes for one hook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(saveOnce);
    return chain.current;
  }, [saveOnce]);

  const change = useCallback(
    (changes: Partial<Draft>) => {
      const next = { ...latest.current, ...changes };
      // The editor reports some updates that change nothing (a node marked dirty): no save for them.
      if (next.title === latest.current.title && next.body === latest.current.body) return;
      latest.current = next;
      if (changes.title !== undefined) setTitle(changes.title);
      pending.current = true;
      setStatus((s) => (s.state === 'failed' ? s : { state: 'saving' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const receive = useCallback((next: Memo | null) => {
    if (pending.current || saving.current) return false;
    const before = known.current;
    if (next?.id === before?.id && next?.body === before?.body && next?.title === before?.title) return false;
    known.current = next;
    latest.current = { title: next?.title ?? '', body: next?.body ?? '', text: next?.text ?? '' };
    setMemo(next);
    setTitle(next?.title ?? '');
    return true;
  }, []);

  useEffect(() => {
    // Leaving the memo or the window: what is waiting is saved now.
    const leave = () => {
      if (pending.current) void flush();
    };
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      leave();
    };
  }, [flush]);

  return { memo, title, status, change, flush, receive };
}
