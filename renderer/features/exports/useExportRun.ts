import { useCallback, useRef, useState } from 'react';
import type { ExportProgressEvent } from '../../../shared/contract/exports';
import { ApiError } from '../../../shared/errors';
import { useApi, useServiceEvent } from '../../app/Services';
import { useToasts } from '../../app/Toasts';

export interface ExportRun {
  busy: boolean;
  /** The service's last `export:progress` while this dialog's export runs. */
  progress: ExportProgressEvent | null;
  cancelling: boolean;
  /**
   * Runs `work` (an `exports:*` call and what follows it) with progress. Resolves to its result, or
   * to null when it failed (error toast) or was cancelled (info toast; nothing is downloaded).
   */
  run<T>(work: () => Promise<T>): Promise<T | null>;
  cancel(): void;
}

/** One export at a time from a dialog: its progress events, « Annuler », and what a cancel means. */
export function useExportRun(): ExportRun {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgressEvent | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const running = useRef(false);
  // Once « Annuler » is pressed nothing is downloaded, even if the file was finished meanwhile.
  const cancelRequested = useRef(false);

  useServiceEvent('export:progress', (event) => {
    if (running.current) setProgress(event);
  });

  const run = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | null> => {
      if (running.current) return null;
      running.current = true;
      cancelRequested.current = false;
      setBusy(true);
      setProgress(null);
      setCancelling(false);
      try {
        const result = await work();
        if (!cancelRequested.current) return result;
        toasts.showInfo('exports.progress.cancelled');
        return null;
      } catch (error) {
        if (cancelRequested.current || (error instanceof ApiError && error.wire.code === 'EXPORT_CANCELLED')) toasts.showInfo('exports.progress.cancelled');
        else toasts.showError(error);
        return null;
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(null);
        setCancelling(false);
      }
    },
    [toasts],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    cancelRequested.current = true;
    setCancelling(true);
    void api.exports.cancel({}).catch(() => undefined);
  }, [api]);

  return { busy, progress, cancelling, run, cancel };
}
