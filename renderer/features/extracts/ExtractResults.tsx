import { useId } from 'react';
import type { Extract, ExtractResult } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import type { CardActions } from './ExtractCard';
import { ExtractList } from './ExtractList';
import type { CodeLabel } from './query';

interface Props {
  /** Changes with the query or the filters. */
  listKey: string;
  /** The query in words. */
  title: string;
  result: ExtractResult | undefined;
  /** The result's extracts, with the key quotations just marked. */
  extracts: readonly Extract[];
  /** « 12 passages · 3 documents · 2 cas » */
  counts: string;
  loading: boolean;
  /** No code chosen yet. */
  needsCodes: boolean;
  labels: ReadonlyMap<number, CodeLabel>;
  contextEverywhere: boolean;
  onContextEverywhere: (on: boolean) => void;
  onShowAll: () => void;
  actions: Omit<CardActions, 'onToggleContext'>;
}

/** The query in words, its counts (passages, documents, cases), and the extracts. */
export function ExtractResults(props: Props) {
  const { result, extracts, loading } = props;
  const { t, tc } = useI18n();
  const titleId = useId();

  if (props.needsCodes) {
    return (
      <section className="extract-results extract-results--empty">
        <p className="empty-note extract-results__start">{t('extracts.results.start')}</p>
      </section>
    );
  }
  return (
    <section className="extract-results" aria-labelledby={titleId} aria-busy={loading}>
      <header className="extract-results__head">
        <h2 id={titleId} className="extract-results__title" data-testid="extract-query-text">
          {props.title}
        </h2>
        <div className="extract-results__bar">
          <p className="extract-results__counts" data-testid="extract-counts">
            {props.counts}
          </p>
          {extracts.length > 0 ? (
            <Button size="sm" variant="ghost" aria-pressed={props.contextEverywhere} className="extract-results__context" onClick={() => props.onContextEverywhere(!props.contextEverywhere)}>
              {t('extracts.results.context')}
            </Button>
          ) : null}
        </div>
        {result?.truncated ? (
          <p className="extract-results__truncated">
            <span>{t('extracts.results.truncated', { shown: result.extracts.length })}</span>
            <Button size="sm" variant="ghost" onClick={props.onShowAll}>
              {t('extracts.results.showAll')}
            </Button>
          </p>
        ) : null}
        {extracts.length > 0 ? <p className="extract-results__keys">{t('extracts.results.keys')}</p> : null}
      </header>
      {result && extracts.length === 0 && !loading ? (
        <p className="empty-note extract-results__none" role="status">
          {t('extracts.results.none')}
        </p>
      ) : (
        <ExtractList
          className={`extract-results__scroll ${loading ? 'extract-results__scroll--loading' : ''}`}
          listKey={props.listKey}
          extracts={extracts}
          labels={props.labels}
          busy={loading}
          contextEverywhere={props.contextEverywhere}
          label={result ? t('extracts.results.label', { passages: tc(result.counts.passages, 'extracts.passages', 'extracts.passages.one') }) : t('extracts.results')}
          {...props.actions}
        />
      )}
    </section>
  );
}
