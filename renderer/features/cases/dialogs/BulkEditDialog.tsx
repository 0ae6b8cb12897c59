import { useId, useState, type FormEvent } from 'react';
import type { CaseAttribute } from '../../../../shared/domain/case';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { useCodeCall } from '../../codebook/dialogs/useCodeCall';
import { typeNames } from '../TypeGlyph';
import { valueHints } from './valueHints';

interface Props {
  caseNames: string[];
  caseIds: number[];
  attributes: CaseAttribute[];
  /** Existing values of a category, offered in the value field. */
  choices: (attribute: CaseAttribute) => string[];
  onDone: (changed: number, attribute: CaseAttribute) => void;
  onClose: () => void;
}

/**
 * « Modifier N cas » : one value of one attribute for every selected case, one undoable action.
 * The value is read as the attribute's type (« 2,5 », « 23/11/2026 »); empty clears it. A refused
 * value stays in the field with the reason.
 */
export function BulkEditDialog({ caseNames, caseIds, attributes, choices, onDone, onClose }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const id = useId();
  const [attributeId, setAttributeId] = useState(attributes[0]?.id ?? 0);
  const [value, setValue] = useState('');
  const { busy, failure, setFailure, run } = useCodeCall();
  const attribute = attributes.find((a) => a.id === attributeId);
  const count = caseIds.length;
  const shown = caseNames.length > 8 ? `${caseNames.slice(0, 8).join(', ')}, …` : caseNames.join(', ');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!attribute) return;
    const done = await run(() => api.cases.setValues({ caseIds, attributeId: attribute.id, value }));
    if (done) onDone(done.changed, attribute);
  }

  return (
    <Dialog title={tc(count, 'caseTable.bulk.title', 'caseTable.bulk.title.one')} description={shown} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-attribute`}>
            {t('caseTable.bulk.attribute')}
          </label>
          <select
            id={`${id}-attribute`}
            className="input"
            value={attributeId}
            data-autofocus=""
            onChange={(event) => {
              setAttributeId(Number(event.target.value));
              setFailure(null);
            }}
          >
            {attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({t(typeNames[a.type])})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-value`}>
            {t('caseTable.bulk.value')}
          </label>
          <input
            id={`${id}-value`}
            className="input"
            value={value}
            list={attribute?.type === 'category' ? `${id}-choices` : undefined}
            aria-describedby={`${id}-hint`}
            aria-invalid={failure ? true : undefined}
            autoComplete="off"
            onChange={(event) => {
              setValue(event.target.value);
              setFailure(null);
            }}
          />
          {attribute?.type === 'category' ? (
            <datalist id={`${id}-choices`}>
              {choices(attribute).map((choice) => (
                <option key={choice} value={choice} />
              ))}
            </datalist>
          ) : null}
          <p id={`${id}-hint`} className="field__hint">
            {attribute ? t(valueHints[attribute.type]) : null} {t('caseTable.bulk.emptyClears')}
          </p>
        </div>
        <FormActions failure={failure} submitLabel={tc(count, 'caseTable.bulk.submit', 'caseTable.bulk.submit.one')} busy={busy || !attribute} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
