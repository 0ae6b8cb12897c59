import { useState, type FormEvent } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import { translate, type Language } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { useToasts } from '../../../app/Toasts';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { siblingNameTaken } from '../codeTree';
import { CodingExcerpt } from './CodingExcerpt';
import { useCodeCall } from './useCodeCall';

/** « Scinder… »: tick passages of the code; they go to a new code placed right after it. */
export function CodeSplitDialog({ code, codes, onClose }: { code: Code; codes: readonly Code[]; onClose: () => void }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const codings = useAsync(`split-${code.id}`, () => api.codebook.codings({ codeId: code.id }));
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const { busy, failure, setFailure, run } = useCodeCall();
  const taken = name.trim() ? siblingNameTaken(codes, code.parentId, name) : undefined;
  const nameError = !submitted ? null : name.trim() === '' ? t('codebook.nameRequired') : taken ? t('codebook.nameTaken', { name: taken.name }) : null;

  function toggle(id: number) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim() === '' || taken) return;
    if (chosen.size === 0) {
      setFailure(() => (lang: Language) => translate(lang, 'codeSplit.none'));
      return;
    }
    const result = await run(() => api.codebook.split({ id: code.id, codingIds: [...chosen], name: name.trim() }));
    if (!result) return;
    toasts.showText((lang) => translate(lang, 'codeSplit.done', { count: result.moved, name: name.trim() }));
    onClose();
  }

  const list = codings.data;
  return (
    <Dialog title={t('codeSplit.title', { name: code.name })} description={t('codeSplit.description', { name: code.name })} onClose={onClose} className="dialog--form dialog--codings">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('codeSplit.name')} value={name} onChange={setName} error={nameError} autoFocus required maxLength={200} />
        <fieldset className="code-choice">
          <legend className="field__label">
            {t('codeSplit.codings')} <span className="code-choice__tally">{tc(chosen.size, 'codeSplit.selected', 'codeSplit.selected.one')}</span>
          </legend>
          {list === undefined ? (
            <p className="empty-note">{t('app.loading')}</p>
          ) : list.length === 0 ? (
            <p className="empty-note">{t('codeSplit.empty')}</p>
          ) : (
            <div className="code-choice__list">
              {list.map((coding) => (
                <label key={coding.id} className="code-choice__item code-choice__item--coding">
                  <input type="checkbox" checked={chosen.has(coding.id)} onChange={() => toggle(coding.id)} />
                  <CodingExcerpt coding={coding} />
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <FormActions failure={failure} submitLabel={t('codeSplit.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
