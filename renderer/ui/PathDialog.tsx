import { useState } from 'react';
import { Dialog, FormActions } from './Dialog';
import { TextField } from './Field';
import { usePathSubmit } from './usePathSubmit';

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
  const { submitted, busy, failure, submit } = usePathSubmit(onSubmit);
  const missing = path.trim() === '';

  return (
    <Dialog title={title} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event, path)} noValidate>
        <TextField label={label} value={path} onChange={setPath} hint={hint} error={submitted && missing ? requiredMessage : null} autoFocus mono required />
        <FormActions failure={failure} submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
