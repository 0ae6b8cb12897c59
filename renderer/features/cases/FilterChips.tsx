import { isActive, type CaseColumnKey, type CaseFilters, type ColumnFilter } from '../../../shared/cases/table';
import { formatValue } from '../../../shared/cases/values';
import type { AttributeType } from '../../../shared/domain/case';
import { useT, type Translate } from '../../app/I18n';
import { Button, IconButton } from '../../ui/Button';

interface Props {
  filters: CaseFilters;
  /** Name and type of a column, by key. */
  column: (key: CaseColumnKey) => { label: string; type: AttributeType } | null;
  onEdit: (key: CaseColumnKey) => void;
  onRemove: (key: CaseColumnKey) => void;
  onClear: () => void;
}

function summary(filter: ColumnFilter, type: AttributeType, t: Translate): string {
  if (filter.kind === 'contains') return t('caseTable.chip.contains', { text: filter.text.trim() });
  if (filter.kind === 'range') {
    const min = filter.min.trim();
    const max = filter.max.trim();
    if (min && max) return t('caseTable.chip.between', { min, max });
    return min ? t('caseTable.chip.from', { min }) : t('caseTable.chip.to', { max });
  }
  if (filter.values.length === 0) return t('caseTable.chip.nothing');
  return filter.values.map((v) => (v === null ? t('caseTable.filter.empty') : formatValue(type, v))).join(', ');
}

/** The column filters in force, each a chip that opens it again or removes it. */
export function FilterChips({ filters, column, onEdit, onRemove, onClear }: Props) {
  const t = useT();
  const active = (Object.entries(filters.columns) as [CaseColumnKey, ColumnFilter][]).filter(([key, filter]) => isActive(filter) && column(key));
  if (active.length === 0) return null;
  return (
    <div className="filter-chips" role="group" aria-label={t('caseTable.filters')}>
      {active.map(([key, filter]) => {
        const { label, type } = column(key)!;
        const text = t('caseTable.chip', { name: label, filter: summary(filter, type, t) });
        return (
          <span key={key} className="filter-chip">
            <button type="button" className="filter-chip__label" onClick={() => onEdit(key)} title={text}>
              {text}
            </button>
            <IconButton icon="close" className="filter-chip__remove" label={t('caseTable.chip.remove', { name: label })} onClick={() => onRemove(key)} />
          </span>
        );
      })}
      <Button size="sm" variant="ghost" onClick={onClear}>
        {t('caseTable.clearFilters')}
      </Button>
    </div>
  );
}
