import { useId, useState, type FormEvent } from 'react';
import { pseudonymKinds, type PseudonymKind } from '../../../../shared/domain/pseudonym';
import { translate } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';
import type { LocalText } from '../../../app/Toasts';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { kindLabels } from '../review';

interface Props {
  /** « Saisie libre »: the pseudonym must be typed. */
  freeScheme: boolean;
  onAdd: (original: string, kind: PseudonymKind, pseudonym: string) => Promise<boolean>;
  onClose: () => void;
}

/** « Ajouter un nom… »: a word the detection missed, its kind, and its pseudonym if the researcher has one in mind. */
export function AddWordDialog({ freeScheme, onAdd, onClose }: Props) {
  const { t } = useI18n();
  const kindId = useId();
  const [original, setOriginal] = useState('');
  const [kind, setKind] = useState<PseudonymKind>('person');
  const [pseudonym, setPseudonym] = useState('');
  const [failure, setFailure] = useState<LocalText | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const refusal: LocalText | null =
      original.trim() === ''
        ? (lang) => translate(lang, 'pseudonymsReview.add.textRequired')
        : freeScheme && pseudonym.trim() === ''
          ? (lang) => translate(lang, 'pseudonymsReview.add.pseudonymRequired')
          : null;
    if (refusal) return setFailure(() => refusal);
    setBusy(true);
    const added = await onAdd(original, kind, pseudonym);
    setBusy(false);
    if (added) onClose();
  }

  return (
    <Dialog title={t('pseudonymsReview.add.title')} description={t('pseudonymsReview.add.description')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" noValidate onSubmit={(event) => void submit(event)}>
        <TextField label={t('pseudonymsReview.add.text')} value={original} onChange={setOriginal} autoFocus maxLength={200} />
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {t('pseudonymsReview.add.kind')}
          </label>
          <select id={kindId} className="input" value={kind} onChange={(event) => setKind(event.target.value as PseudonymKind)}>
            {pseudonymKinds.map((k) => (
              <option key={k} value={k}>
                {t(kindLabels[k])}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t(freeScheme ? 'pseudonymsReview.add.pseudonymFree' : 'pseudonymsReview.add.pseudonym')}
          hint={freeScheme ? undefined : t('pseudonymsReview.add.pseudonymHint')}
          value={pseudonym}
          onChange={setPseudonym}
          maxLength={200}
        />
        <FormActions failure={failure} submitLabel={t('pseudonymsReview.add.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
