import { isActive, type CaseColumnKey, type CaseFilters, type CaseSort, type ColumnFilter } from '../../../shared/cases/table';
import { formatValue } from '../../../shared/cases/values';
import type { AttributeType } from '../../../shared/domain/case';
import { useT, type Translate } from '../../app/I18n';
import { Button, IconButton } from '../../ui/Button';

interface Props {
  filters: CaseFilters;
  sort: CaseSort | null;
  /** Name and type of a column, by key. */
  column: (key: CaseColumnKey) => { label: string; type: AttributeType } | null;
  onEdit: (key: CaseColumnKey) => void;
  onRemove: (key: CaseColumnKey) => void;
  onClear: () => void;
  onUnsort: () => void;
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

/**
 * The order and the column filters in force, each a chip: the order's chip gives the table's own
 * order back, a filter's chip opens it again or removes it. The sorted column may be scrolled out
 * of sight: the chip still says why the rows are in that order.
 */
export function FilterChips({ filters, sort, column, onEdit, onRemove, onClear, onUnsort }: Props) {
  const t = useT();
  const active = (Object.entries(filters.columns) as [CaseColumnKey, ColumnFilter][]).filter(([key, filter]) => isActive(filter) && column(key));
  const sorted = sort ? column(sort.key) : null;
  if (active.length === 0 && !sorted) return null;
  return (
    <div className="filter-chips" role="group" aria-label={t('caseTable.filters')}>
      {sort && sorted ? (
        <span className="filter-chip filter-chip--sort">
          <span className="filter-chip__text">{t(sort.direction === 'ascending' ? 'caseTable.chip.sortAsc' : 'caseTable.chip.sortDesc', { name: sorted.label })}</span>
          <IconButton icon="close" className="filter-chip__remove" label={t('caseTable.unsort')} onClick={onUnsort} />
        </span>
      ) : null}
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
      {active.length > 0 ? (
        <Button size="sm" variant="ghost" onClick={onClear}>
          {t('caseTable.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
