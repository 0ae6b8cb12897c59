import { useState, type FormEvent } from 'react';
import { attributeTypes, type AttributeType, type CaseAttribute } from '../../../../shared/domain/case';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { useCodeCall } from '../../codebook/dialogs/useCodeCall';
import { typeNames } from '../TypeGlyph';

const typeHints: Record<AttributeType, MessageKey> = {
  text: 'caseTable.type.textHint',
  number: 'caseTable.type.numberHint',
  date: 'caseTable.type.dateHint',
  category: 'caseTable.type.categoryHint',
};

interface Props {
  /** The attribute to rename; a new one (name and type) when absent. */
  attribute?: CaseAttribute;
  onDone: (id: number) => void;
  onClose: () => void;
}

/** « Nouvel attribut » (a name and a type) or « Renommer l’attribut ». Names are unique, case aside. */
export function AttributeDialog({ attribute, onDone, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const [name, setName] = useState(attribute?.name ?? '');
  const [type, setType] = useState<AttributeType>('category');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useCodeCall();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setMissing(true);
    const done = await run(() => (attribute ? api.attributes.rename({ id: attribute.id, name: trimmed }) : api.attributes.create({ name: trimmed, type })));
    if (done) onDone(done.id);
  }

  const title = attribute ? t('caseTable.attribute.renameTitle', { name: attribute.name }) : t('caseTable.attribute.newTitle');
  return (
    <Dialog title={title} description={attribute ? undefined : t('caseTable.attribute.newDescription')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('caseTable.attribute.name')}
          value={name}
          onChange={(value) => {
            setName(value);
            setMissing(false);
          }}
          error={missing ? t('caseTable.attribute.nameRequired') : null}
          autoFocus
          maxLength={200}
        />
        {attribute ? null : (
          <fieldset className="field type-choice">
            <legend className="field__label">{t('caseTable.attribute.type')}</legend>
            {attributeTypes.map((option) => (
              <label key={option} className="type-choice__option">
                <input type="radio" name="attribute-type" value={option} checked={type === option} onChange={() => setType(option)} />
                <span className="type-choice__name">{t(typeNames[option])}</span>
                <span className="type-choice__hint">{t(typeHints[option])}</span>
              </label>
            ))}
          </fieldset>
        )}
        <FormActions failure={failure} submitLabel={attribute ? t('caseTable.attribute.renameSubmit') : t('caseTable.attribute.newSubmit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
