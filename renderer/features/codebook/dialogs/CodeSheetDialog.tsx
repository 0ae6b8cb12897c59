import { useId, useRef, useState } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { useToasts } from '../../../app/Toasts';
import { Button, IconButton } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';
import { TargetMemo } from '../../memos/TargetMemo';
import { CodingExcerpt } from './CodingExcerpt';

type SheetField = 'description' | 'inclusion' | 'exclusion';
const fields: { field: SheetField; label: MessageKey; hint?: MessageKey }[] = [
  { field: 'description', label: 'codeSheet.definition' },
  { field: 'inclusion', label: 'codeSheet.inclusion', hint: 'codeSheet.inclusionHint' },
  { field: 'exclusion', label: 'codeSheet.exclusion', hint: 'codeSheet.exclusionHint' },
];

/**
 * « Fiche du code »: definition, inclusion and exclusion criteria (saved when the field is left,
 * or when the sheet closes), and anchor examples chosen among the code's coded passages.
 */
export function CodeSheetDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const base = useId();
  const [values, setValues] = useState<Record<SheetField, string>>({ description: code.description, inclusion: code.inclusion, exclusion: code.exclusion });
  const [saved, setSaved] = useState(false);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const codings = useAsync(`sheet-${code.id}-${code.codingCount}-${code.exampleCount}`, () => api.codebook.codings({ codeId: code.id, includeChildren: true }));

  function save(field: SheetField): void {
    if (values[field] === code[field]) return;
    saving.current = saving.current.then(() =>
      api.codebook.update({ id: code.id, [field]: values[field] }).then(
        () => setSaved(true),
        (error: unknown) => toasts.showError(error),
      ),
    );
  }

  function close(): void {
    for (const { field } of fields) save(field);
    void saving.current.then(onClose);
  }

  function setExample(codingId: number, example: boolean): void {
    api.codebook.setExample({ codeId: code.id, codingId, example }).catch((error: unknown) => toasts.showError(error));
  }

  const list = codings.data ?? [];
  const examples = list.filter((c) => c.example);
  const candidates = list.filter((c) => !c.example);
  return (
    <Dialog title={t('codeSheet.title', { name: code.name })} description={t('codeSheet.description')} onClose={close} className="dialog--form dialog--sheet">
      <div className="dialog__body code-sheet">
        <p className="code-sheet__stats">
          <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />{' '}
          {t('codeSheet.stats', {
            codings: tc(code.codingCount, 'codebook.codings', 'codebook.codings.one'),
            documents: tc(code.documentCount, 'codebook.documents', 'codebook.documents.one'),
            cases: tc(code.caseCount, 'codebook.cases', 'codebook.cases.one'),
          })}
        </p>
        {fields.map(({ field, label, hint }) => (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={`${base}-${field}`}>
              {t(label)}
            </label>
            {hint ? (
              <p className="field__hint" id={`${base}-${field}-hint`}>
                {t(hint)}
              </p>
            ) : null}
            <textarea
              id={`${base}-${field}`}
              className="input code-sheet__text"
              rows={field === 'description' ? 3 : 2}
              value={values[field]}
              aria-describedby={hint ? `${base}-${field}-hint` : undefined}
              data-autofocus={field === 'description' ? '' : undefined}
              onChange={(event) => {
                setSaved(false);
                setValues((previous) => ({ ...previous, [field]: event.target.value }));
              }}
              onBlur={() => save(field)}
            />
          </div>
        ))}
        <p className="code-sheet__saved" role="status">
          {saved ? t('codeSheet.saved') : ''}
        </p>
        <section className="code-sheet__examples" aria-labelledby={`${base}-examples`}>
          <h3 id={`${base}-examples`} className="code-sheet__heading">
            {t('codeSheet.examples')}
          </h3>
          {examples.length === 0 ? (
            <p className="empty-note">{t('codeSheet.noExamples')}</p>
          ) : (
            <ul className="example-list" data-testid="anchor-examples">
              {examples.map((coding) => (
                <li key={coding.id} className="example-list__item">
                  <CodingExcerpt coding={coding} />
                  <IconButton icon="close" label={t('codeSheet.removeExample')} onClick={() => setExample(coding.id, false)} />
                </li>
              ))}
            </ul>
          )}
          <h4 className="code-sheet__subheading">{t('codeSheet.candidates')}</h4>
          {codings.data !== undefined && list.length === 0 ? <p className="empty-note">{t('codeSheet.noCodings')}</p> : null}
          {candidates.length > 0 ? (
            <ul className="example-list example-list--candidates">
              {candidates.map((coding) => (
                <li key={coding.id} className="example-list__item">
                  <CodingExcerpt coding={coding} />
                  <Button size="sm" variant="ghost" icon="plus" onClick={() => setExample(coding.id, true)}>
                    {t('codeSheet.addExample')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="code-sheet__memo" aria-labelledby={`${base}-memo`}>
          <h3 id={`${base}-memo`} className="code-sheet__heading">
            {t('codeSheet.memo')}
          </h3>
          <TargetMemo target={{ kind: 'code', codeId: code.id }} />
        </section>
        <DialogActions>
          <Button variant="primary" onClick={close}>
            {t('common.close')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
