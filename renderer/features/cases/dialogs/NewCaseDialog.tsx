import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { useCodeCall } from '../../codebook/dialogs/useCodeCall';

/** « Nouveau cas » : a name (unique, the service says so) and an optional description. */
export function NewCaseDialog({ onCreated, onClose }: { onCreated: (id: number) => void; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useCodeCall();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setMissing(true);
    const created = await run(() => api.cases.create({ name: name.trim(), description: description.trim() }));
    if (created) onCreated(created.id);
  }

  return (
    <Dialog title={t('caseTable.newCase.title')} description={t('caseTable.newCase.description')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('caseTable.newCase.name')}
          hint={t('caseTable.newCase.nameHint')}
          value={name}
          onChange={(value) => {
            setName(value);
            setMissing(false);
          }}
          error={missing ? t('caseTable.nameRequired') : null}
          autoFocus
          maxLength={200}
        />
        <TextField label={t('caseTable.newCase.descriptionLabel')} value={description} onChange={setDescription} maxLength={2000} />
        <FormActions failure={failure} submitLabel={t('caseTable.newCase.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
