import { useState, type FormEvent } from 'react';
import type { Language } from '../../shared/i18n';
import { errorText } from '../app/Toasts';

/**
 * The submit of a one-path form: a required path, a busy state while the service works, and its
 * refusal (file not found…) kept to show in the form, next to the path to correct.
 */
export function usePathSubmit(onSubmit: (path: string) => Promise<void>) {
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((l: Language) => string) | null>(null);

  async function submit(event: FormEvent, path: string): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (path.trim() === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(path.trim());
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return { submitted, busy, failure, submit };
}
