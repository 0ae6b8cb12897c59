import { useState, type FormEvent } from 'react';
import { rangeBound, type ColumnFilter } from '../../../../shared/cases/table';
import { formatValue } from '../../../../shared/cases/values';
import type { AttributeType } from '../../../../shared/domain/case';
import { useT } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';

interface Props {
  label: string;
  type: AttributeType;
  /** The column's values (null: empty cells), for a category's check list. */
  values: (string | null)[];
  current: ColumnFilter | undefined;
  onApply: (filter: ColumnFilter | undefined) => void;
  onClose: () => void;
}

/**
 * The filter of one column: the categories to keep (check list), a range of numbers or dates
 * (typed the French way), or text the value contains.
 */
export function FilterDialog({ label, type, values, current, onApply, onClose }: Props) {
  const t = useT();
  const kind: ColumnFilter['kind'] = type === 'category' ? 'values' : type === 'number' || type === 'date' ? 'range' : 'contains';
  const [chosen, setChosen] = useState<(string | null)[]>(current?.kind === 'values' ? current.values : values);
  const [text, setText] = useState(current?.kind === 'contains' ? current.text : '');
  const [min, setMin] = useState(current?.kind === 'range' ? current.min : '');
  const [max, setMax] = useState(current?.kind === 'range' ? current.max : '');
  const unreadable = (bound: string) => bound.trim() !== '' && rangeBound(type, bound) === null;
  const boundError = type === 'date' ? t('caseTable.filter.badDate') : t('caseTable.filter.badNumber');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'range' && (unreadable(min) || unreadable(max))) return;
    if (kind === 'values') onApply(chosen.length === values.length ? undefined : { kind, values: chosen });
    else if (kind === 'range') onApply({ kind, min, max });
    else onApply({ kind, text });
    onClose();
  }

  return (
    <Dialog title={t('caseTable.filter.title', { name: label })} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={submit} noValidate>
        {kind === 'values' ? (
          <fieldset className="field filter-values">
            <legend className="field__label">{t('caseTable.filter.keep')}</legend>
            <div className="filter-values__tools">
              <Button size="sm" variant="ghost" onClick={() => setChosen(values)}>
                {t('caseTable.filter.all')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setChosen([])}>
                {t('caseTable.filter.none')}
              </Button>
            </div>
            <ul className="filter-values__list">
              {values.map((value, index) => (
                <li key={value ?? '\u0000'}>
                  <label className="filter-values__option">
                    <input
                      type="checkbox"
                      data-autofocus={index === 0 ? '' : undefined}
                      checked={chosen.includes(value)}
                      onChange={(event) => setChosen(event.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))}
                    />
                    {value === null ? <em className="case-grid__muted">{t('caseTable.filter.empty')}</em> : <span>{formatValue(type, value)}</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : kind === 'range' ? (
          <div className="filter-range">
            <TextField label={t('caseTable.filter.min')} value={min} onChange={setMin} autoFocus error={unreadable(min) ? boundError : null} hint={type === 'date' ? t('caseTable.edit.dateHint') : undefined} />
            <TextField label={t('caseTable.filter.max')} value={max} onChange={setMax} error={unreadable(max) ? boundError : null} />
          </div>
        ) : (
          <TextField label={t('caseTable.filter.contains')} value={text} onChange={setText} autoFocus />
        )}
        <DialogActions>
          <Button
            variant="ghost"
            onClick={() => {
              onApply(undefined);
              onClose();
            }}
          >
            {t('caseTable.filter.remove')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('caseTable.filter.apply')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
