import { useState, type FormEvent } from 'react';
import { errorText } from '../app/Toasts';
import type { Language } from '../../shared/i18n';
import { Dialog, FormActions } from './Dialog';
import { TextField } from './Field';

interface PathDialogProps {
  title: string;
  label: string;
  hint: string;
  initialPath: string;
  submitLabel: string;
  requiredMessage: string;
  onSubmit: (path: string) => Promise<void>;
  onClose: () => void;
}

/**
 * Browser mode's stand-in for a native file dialog: one path field. A refusal from the service
 * (file not found, not a project…) is shown in the dialog, next to the path to correct.
 */
export function PathDialog({ title, label, hint, initialPath, submitLabel, requiredMessage, onSubmit, onClose }: PathDialogProps) {
  const [path, setPath] = useState(initialPath);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((l: Language) => string) | null>(null);
  const missing = path.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (missing) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(path.trim());
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={label} value={path} onChange={setPath} hint={hint} error={submitted && missing ? requiredMessage : null} autoFocus mono required />
        <FormActions failure={failure} submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
