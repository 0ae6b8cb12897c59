import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { AutocodeResult, StructureField, StructureSelector } from '../../../shared/domain/structure';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { CodeSelect } from './CodeSelect';
import { useAutocodePreview } from './useAutocodePreview';

export const fieldLabel = {
  block: 'autocode.field.block',
  prompt: 'autocode.field.prompt',
  column: 'autocode.field.column',
  speaker: 'autocode.field.speaker',
  grid: 'autocode.field.grid',
} as const satisfies Record<StructureField, string>;

const fieldOrder: StructureField[] = ['block', 'prompt', 'column', 'speaker', 'grid'];

interface Props {
  dataKey: string;
  codes: Code[];
  onDone: (result: AutocodeResult) => void;
  onClose: () => void;
}

/** Codes every passage of a block, question, column, speaker or grid with one code, after a preview count. */
export function AutocodeDialog({ dataKey, codes, onDone, onClose }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const valueId = useId();
  const codeId = useId();
  const { data: values } = useAsync(`${dataKey}/structure`, () => api.structure.values({}));
  const [chosenField, setField] = useState<StructureField | null>(null);
  const [value, setValue] = useState('');
  const [code, setCode] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const available = useMemo(() => new Set((values ?? []).map((v) => v.field)), [values]);
  const field = chosenField ?? fieldOrder.find((f) => available.has(f)) ?? 'block';
  const choices = (values ?? []).filter((v) => v.field === field);
  const selector = value ? ({ [field]: value } as StructureSelector) : null;
  const preview = useAutocodePreview(code, selector);

  async function apply(event: FormEvent) {
    event.preventDefault();
    if (!selector || code === null || !preview || preview.created === 0) return;
    setBusy(true);
    try {
      onDone(await api.structure.autocode({ codeId: code, selector, preview: false }));
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  }

  const previewText = !preview
    ? t('autocode.preview.pending')
    : [
        tc(preview.matched, 'autocode.passages', 'autocode.passages.one'),
        t('autocode.preview.toCode', { count: preview.created }),
        tc(preview.matched - preview.created, 'autocode.preview.already', 'autocode.preview.already.one'),
      ].join(', ');

  return (
    <Dialog title={t('autocode.title')} description={t('autocode.description')} onClose={onClose} className="dialog--form dialog--autocode">
      <form className="dialog__body" onSubmit={(event) => void apply(event)}>
        {values !== undefined && values.length === 0 ? <p className="notice">{t('autocode.noStructure')}</p> : null}
        <fieldset className="field">
          <legend className="field__label">{t('autocode.field')}</legend>
          <div className="segmented">
            {fieldOrder.map((f) => (
              <label key={f} className="segmented__option">
                <input
                  type="radio"
                  name="autocode-field"
                  value={f}
                  checked={field === f}
                  disabled={!available.has(f)}
                  onChange={() => {
                    setField(f);
                    setValue('');
                  }}
                />
                <span>{t(fieldLabel[f])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={valueId} className="field__label">
            {t(fieldLabel[field])}
          </label>
          <select id={valueId} className="input" value={value} data-autofocus="" onChange={(event) => setValue(event.target.value)}>
            <option value="">{t('autocode.choose')}</option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {t('autocode.valueOption', { value: choice.value, passages: tc(choice.passages, 'autocode.passages', 'autocode.passages.one') })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={codeId} className="field__label">
            {t('autocode.code')}
          </label>
          <CodeSelect id={codeId} codes={codes} value={code} placeholder={t('autocode.choose')} onChange={setCode} />
        </div>
        <p className={`preview-line ${preview ? 'preview-line--ready' : ''}`} role="status" data-testid="autocode-preview">
          {preview && preview.matched > 0 && preview.created === 0 ? t('autocode.preview.nothing') : previewText}
        </p>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" icon="tag" disabled={busy || !preview || preview.created === 0}>
            {preview && preview.created > 0 ? tc(preview.created, 'autocode.apply', 'autocode.apply.one') : t('autocode.applyPending')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
