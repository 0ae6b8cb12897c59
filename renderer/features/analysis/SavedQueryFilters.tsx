import { useId } from 'react';
import type { ExtractFilters } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';

interface Props {
  /** Reloads the saved queries when it changes (the project's data key). */
  dataKey: string | null;
  onApply: (filters: ExtractFilters) => void;
}

/**
 * The filters of a query saved in « Extraits codés », reused by an analysis: choosing one replaces
 * the view's filters (its codes stay the view's own). Nothing is shown while no query is saved.
 */
export function SavedQueryFilters({ dataKey, onApply }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const queries = useAsync(dataKey, () => api.queries.list({}));
  const list = queries.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="saved-query-filters">
      <label htmlFor={id}>{t('analysis.savedQuery')}</label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const query = list.find((q) => String(q.id) === event.target.value);
          if (query) onApply(query.selection.filters);
        }}
      >
        <option value="">{t('analysis.savedQuery.choose')}</option>
        {list.map((q) => (
          <option key={q.id} value={q.id}>
            {q.name}
          </option>
        ))}
      </select>
    </div>
  );
}
