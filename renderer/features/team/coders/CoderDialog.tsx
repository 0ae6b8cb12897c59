import { useState, type FormEvent } from 'react';
import { CODER_PALETTE, type CoderIdentity } from '../../../../shared/domain/disagreement';
import type { Coder } from '../../../../shared/domain/project';
import type { Language } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { errorText } from '../../../app/Toasts';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';

interface Props {
  /** First start: the dialog asks who codes on this machine. */
  first: boolean;
  name: string;
  color: string;
  /** Coders already in the open project, to take one back in a click. */
  coders?: readonly Coder[];
  onDone: (identity: CoderIdentity) => void;
  onClose: () => void;
}

const colourNames = [
  'coders.colour.blue',
  'coders.colour.violet',
  'coders.colour.pink',
  'coders.colour.green',
  'coders.colour.ochre',
  'coders.colour.red',
  'coders.colour.teal',
  'coders.colour.mauve',
] as const;

/**
 * Who codes: a name and a colour. At first start it introduces itself; later (from the status bar)
 * it switches coder or changes the colour, and the open project signs the next codings with it.
 */
export function CoderDialog({ first, name: initialName, color: initialColor, coders = [], onDone, onClose }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [name, setName] = useState(initialName);
  const [color, setColor] = useState(initialColor.toLowerCase());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((l: Language) => string) | null>(null);
  const nameError = name.trim() ? null : t('coders.nameRequired');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (nameError) return;
    setBusy(true);
    setFailure(null);
    try {
      onDone(await api.coders.identify({ name: name.trim(), color }));
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t(first ? 'coders.first.title' : 'coders.switch.title')}
      description={t(first ? 'coders.first.description' : 'coders.switch.description')}
      onClose={onClose}
      className="dialog--form coder-dialog"
    >
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        {coders.length > 0 ? (
          <div className="field">
            <span className="field__label" id="coder-dialog-known">
              {t('coders.known')}
            </span>
            <div className="coder-dialog__known" role="group" aria-labelledby="coder-dialog-known">
              {coders.map((coder) => (
                <button
                  key={coder.id}
                  type="button"
                  className="coder-chip"
                  aria-pressed={coder.name === name.trim()}
                  onClick={() => {
                    setName(coder.name);
                    setColor(coder.color);
                  }}
                >
                  <span className="dot" style={{ backgroundColor: coder.color }} aria-hidden="true" />
                  {coder.name}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        <TextField label={t('coders.name')} value={name} onChange={setName} error={submitted ? nameError : null} maxLength={80} autoFocus required />
        <fieldset className="field coder-dialog__colours">
          <legend className="field__label">{t('coders.colour')}</legend>
          <div className="coder-dialog__swatches">
            {CODER_PALETTE.map((value, index) => (
              <label key={value} className="coder-swatch" title={t(colourNames[index]!)}>
                <input type="radio" name="coder-colour" value={value} checked={color === value} onChange={() => setColor(value)} aria-label={t(colourNames[index]!)} />
                <span className="coder-swatch__dot" style={{ backgroundColor: value }} aria-hidden="true" />
              </label>
            ))}
            <label className="coder-dialog__other">
              <input type="color" value={color} onChange={(event) => setColor(event.target.value.toLowerCase())} />
              <span>{t('coders.colour.other')}</span>
            </label>
          </div>
        </fieldset>
        <p className="coder-dialog__preview">
          <span className="dot" style={{ backgroundColor: color }} aria-hidden="true" />
          {t('coders.preview', { name: name.trim() || '…' })}
        </p>
        <FormActions failure={failure} submitLabel={t(first ? 'coders.first.submit' : 'coders.switch.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
