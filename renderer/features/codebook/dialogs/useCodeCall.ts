import { useCallback, useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { errorText } from '../../../app/Toasts';

/**
 * Runs a dialog's call: `busy` while it runs, and the service's refusal kept to show in the
 * dialog (in either language). Resolves to the call's result, or undefined when it failed.
 */
export function useCodeCall() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((lang: Language) => string) | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(null);
    try {
      return await work();
    } catch (error) {
      setFailure(() => errorText(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, failure, setFailure, run };
}
