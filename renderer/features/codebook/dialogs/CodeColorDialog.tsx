import { useState, type FormEvent } from 'react';
import { codePalette, type Code } from '../../../../shared/domain/codebook';
import { useT } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { useCodeCall } from './useCodeCall';

/** Twelve calm colours to pick from, or any colour with the system picker. */
export function CodeColorDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const [color, setColor] = useState(code.color.toLowerCase());
  const { busy, failure, run } = useCodeCall();

  async function apply(value: string) {
    if (value === code.color.toLowerCase()) return onClose();
    const done = await run(() => api.codebook.update({ id: code.id, color: value }));
    if (done) onClose();
  }

  return (
    <Dialog title={t('codeColor.title', { name: code.name })} onClose={onClose} className="dialog--form">
      <form
        className="dialog__body"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void apply(color);
        }}
      >
        <fieldset className="color-palette">
          <legend className="field__label">{t('codeColor.palette')}</legend>
          <div className="color-palette__grid">
            {codePalette.map((swatch) => (
              <button
                key={swatch}
                type="button"
                className="color-palette__swatch"
                style={{ backgroundColor: swatch }}
                aria-label={t('codeColor.swatch', { color: swatch })}
                aria-pressed={color === swatch}
                title={swatch}
                data-autofocus={color === swatch ? '' : undefined}
                onClick={() => void apply(swatch)}
              >
                {color === swatch ? <Icon name="check" size={14} /> : null}
              </button>
            ))}
          </div>
        </fieldset>
        <label className="color-custom">
          <input type="color" value={color} onChange={(event) => setColor(event.target.value.toLowerCase())} />
          <span>{t('codeColor.custom')}</span>
          <code className="color-custom__value">{color}</code>
        </label>
        <FormActions failure={failure} submitLabel={t('codeColor.apply')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
