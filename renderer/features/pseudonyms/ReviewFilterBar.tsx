import { useId } from 'react';
import { pseudonymKinds } from '../../../shared/domain/pseudonym';
import { useI18n } from '../../app/I18n';
import { SearchBox } from '../../ui/SearchBox';
import { kindLabels, stateLabels, type Decision, type ReviewFilters } from './review';

interface Props {
  filters: ReviewFilters;
  onFilters: (filters: ReviewFilters) => void;
  counts: { total: number; accepted: number; rejected: number };
  shown: number;
  /** The id of the line that lists the keys (it describes the grid). */
  keysId: string;
}

const decisionOrder: Decision[] = ['pending', 'accepted', 'rejected'];

/** The search, the type and decision filters; under them the counts (« 42 candidats, 12 acceptés, 3 rejetés ») and the keys. */
export function ReviewFilterBar({ filters, onFilters, counts, shown, keysId }: Props) {
  const { t, tc } = useI18n();
  const kindId = useId();
  const decisionId = useId();
  const summary = t('pseudonymsReview.counts', {
    candidates: tc(counts.total, 'pseudonymsReview.counts.candidates', 'pseudonymsReview.counts.candidates.one'),
    accepted: tc(counts.accepted, 'pseudonymsReview.counts.accepted', 'pseudonymsReview.counts.accepted.one'),
    rejected: tc(counts.rejected, 'pseudonymsReview.counts.rejected', 'pseudonymsReview.counts.rejected.one'),
  });
  return (
    <>
      <div className="pseudo-filters">
        <div className="pseudo-filters__search">
          <SearchBox label={t('pseudonymsReview.search')} clearLabel={t('pseudonymsReview.clearSearch')} value={filters.search} onChange={(search) => onFilters({ ...filters, search })} />
        </div>
        <label htmlFor={kindId} className="pseudo-toolbar__label">
          {t('pseudonymsReview.filter.kind')}
        </label>
        <select id={kindId} className="input pseudo-toolbar__select" value={filters.kind} onChange={(event) => onFilters({ ...filters, kind: event.target.value as ReviewFilters['kind'] })}>
          <option value="all">{t('pseudonymsReview.filter.allKinds')}</option>
          {pseudonymKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(kindLabels[kind])}
            </option>
          ))}
        </select>
        <label htmlFor={decisionId} className="pseudo-toolbar__label">
          {t('pseudonymsReview.filter.decision')}
        </label>
        <select
          id={decisionId}
          className="input pseudo-toolbar__select"
          value={filters.decision}
          onChange={(event) => onFilters({ ...filters, decision: event.target.value as ReviewFilters['decision'] })}
        >
          <option value="all">{t('pseudonymsReview.filter.allDecisions')}</option>
          {decisionOrder.map((decision) => (
            <option key={decision} value={decision}>
              {t(stateLabels[decision])}
            </option>
          ))}
        </select>
      </div>
      <div className="pseudo-status">
        <p className="pseudo-status__counts" data-testid="pseudonym-counts">
          {summary}
          {shown !== counts.total ? <span className="pseudo-status__shown">{t('pseudonymsReview.counts.shown', { shown })}</span> : null}
        </p>
        <p id={keysId} className="pseudo-status__keys">{t('pseudonymsReview.keys')}</p>
      </div>
    </>
  );
}
