import type { Code } from '../../../../shared/domain/codebook';
import type { MergeCodeAction, MergeDecisions, MergeRenameDecision, MergeReport, MergeCodeDecision } from '../../../../shared/domain/merge';
import { useI18n } from '../../../app/I18n';

interface Props {
  report: MergeReport;
  decisions: MergeDecisions;
  codes: readonly Code[];
  disabled: boolean;
  onDecide: (change: { code?: MergeCodeDecision; rename?: MergeRenameDecision }) => void;
}

/**
 * The review before merging: each code only in theirs is created (default), mapped onto one of
 * mine, or set aside with its codings; each renamed code keeps my name (default) or takes theirs.
 * Codes only in mine need nothing: they are listed, folded.
 */
export function MergeReview({ report, decisions, codes, disabled, onDecide }: Props) {
  const { t, tc } = useI18n();
  if (report.onlyTheirs.length + report.renamed.length + report.onlyMine.length === 0) return <p className="merge-note">{t('merge.review.nothing')}</p>;
  return (
    <div className="merge-review">
      {report.onlyTheirs.length > 0 ? (
        <section aria-labelledby="merge-only-theirs">
          <h3 id="merge-only-theirs" className="merge-section__title">
            {t('merge.review.onlyTheirs')}
          </h3>
          <ul className="merge-review__list">
            {report.onlyTheirs.map((code) => {
              const decision = decisions.codeDecisions.find((d) => d.theirPath === code.theirPath);
              const action: MergeCodeAction = decision?.action ?? 'create';
              return (
                <li key={code.theirPath} className="merge-review__row" data-testid="merge-only-theirs">
                  <span className="merge-review__swatch" style={{ background: code.color }} aria-hidden="true" />
                  <span className="merge-review__path">{code.theirPath}</span>
                  <span className="merge-review__meta">{tc(code.codings, 'merge.review.codings', 'merge.review.codings.one')}</span>
                  <select
                    className="input merge-review__select"
                    aria-label={t('merge.review.actionFor', { path: code.theirPath })}
                    value={action}
                    disabled={disabled}
                    onChange={(event) => onDecide({ code: { theirPath: code.theirPath, action: event.target.value as MergeCodeAction } })}
                  >
                    <option value="create">{t('merge.review.create')}</option>
                    <option value="map">{t('merge.review.map')}</option>
                    <option value="skip">{t('merge.review.skip')}</option>
                  </select>
                  {action === 'map' ? (
                    <select
                      className="input merge-review__select"
                      aria-label={t('merge.review.targetFor', { path: code.theirPath })}
                      value={decision?.targetCodeId ?? ''}
                      disabled={disabled}
                      onChange={(event) => onDecide({ code: { theirPath: code.theirPath, action: 'map', targetCodeId: Number(event.target.value) } })}
                    >
                      <option value="" disabled>
                        {t('merge.review.chooseTarget')}
                      </option>
                      {codes.map((mine) => (
                        <option key={mine.id} value={mine.id}>
                          {mine.path}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {report.renamed.length > 0 ? (
        <section aria-labelledby="merge-renamed">
          <h3 id="merge-renamed" className="merge-section__title">
            {t('merge.review.renamed')}
          </h3>
          <ul className="merge-review__list">
            {report.renamed.map((code) => {
              const take = decisions.renames.find((r) => r.guid === code.guid)?.take ?? 'mine';
              return (
                <li key={code.guid} className="merge-review__row" data-testid="merge-renamed">
                  <fieldset className="merge-review__choice" disabled={disabled}>
                    <legend className="merge-review__path">{t('merge.review.renamedLegend', { mine: code.myPath, theirs: code.theirPath })}</legend>
                    {(['mine', 'theirs'] as const).map((side) => (
                      <label key={side} className="merge-review__radio">
                        <input type="radio" name={`merge-rename-${code.guid}`} value={side} checked={take === side} onChange={() => onDecide({ rename: { guid: code.guid, take: side } })} />
                        {t(side === 'mine' ? 'merge.review.keepMine' : 'merge.review.takeTheirs', { mine: code.myPath, theirs: code.theirPath })}
                      </label>
                    ))}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {report.onlyMine.length > 0 ? (
        <details className="merge-details">
          <summary>{tc(report.onlyMine.length, 'merge.review.onlyMine', 'merge.review.onlyMine.one')}</summary>
          <ul className="merge-details__list">
            {report.onlyMine.map((path) => (
              <li key={path}>{path}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
