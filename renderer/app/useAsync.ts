import { useEffect, useEffectEvent, useState } from 'react';
import { useToasts } from './Toasts';

export interface AsyncState<T> {
  /** The latest loaded value; while a new key loads, the previous value stays (no layout jump). */
  data: T | undefined;
  loading: boolean;
  failed: boolean;
}

interface Settled<T> {
  key: string;
  data?: T;
  failed?: boolean;
}

/**
 * Loads data for `key` (reloads when the key changes: a document id, a project revision…).
 * A failure is shown as a toast; the component gets `failed`.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const toasts = useToasts();
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent(load);
  const report = useEffectEvent((error: unknown) => toasts.showError(error));

  useEffect(() => {
    if (key === null) return;
    let live = true;
    run().then(
      (data) => {
        if (live) setSettled({ key, data });
      },
      (error: unknown) => {
        if (!live) return;
        report(error);
        setSettled((previous) => ({ key, data: previous?.data, failed: true }));
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  const current = settled?.key === key;
  return { data: key === null ? undefined : settled?.data, loading: key !== null && !current, failed: current && settled?.failed === true };
}
