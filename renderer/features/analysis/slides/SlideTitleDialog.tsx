import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/I18n';
import { errorText, type LocalText } from '../../../app/Toasts';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';

interface Props {
  /** Adding the current view to the slides, or renaming a slide. */
  mode: 'add' | 'rename';
  /** What the slide shows, in words, under the dialog's title. */
  description: string;
  initialTitle: string;
  /** The service's refusal comes back as an error, shown in the dialog. */
  onSubmit: (title: string) => Promise<void>;
  onClose: () => void;
}

/** « Ajouter au diaporama » and « Renommer la diapositive »: the slide's title. */
export function SlideTitleDialog({ mode, description, initialTitle, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState(initialTitle);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<LocalText | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('present.dialog.titleRequired'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(title.trim());
    } catch (caught) {
      setFailure(() => errorText(caught));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t(mode === 'add' ? 'present.dialog.add' : 'present.dialog.rename')} description={description} onClose={onClose} className="dialog--form">
      <form className="dialog__body" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('present.dialog.title')}
          value={title}
          onChange={(value) => {
            setTitle(value);
            setError(null);
          }}
          error={error}
          autoFocus
          maxLength={200}
        />
        <FormActions failure={failure} submitLabel={t(mode === 'add' ? 'present.dialog.submitAdd' : 'present.dialog.submitRename')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
