import { useId } from 'react';
import type { AgreementLevel, UncodedChoice } from '../../../../shared/domain/agreement';
import { useI18n } from '../../../app/I18n';

interface Props {
  level: AgreementLevel;
  uncoded: UncodedChoice;
}

/** What each figure means and how it was computed, in plain French, for the current settings. */
export function AgreementExplanation({ level, uncoded }: Props) {
  const { t } = useI18n();
  const heading = useId();
  return (
    <section className="agreement-explain" aria-labelledby={heading} data-testid="agreement-explanation">
      <h2 id={heading}>{t('agreement.explain.title')}</h2>
      <h3>{t('agreement.explain.heading.unit')}</h3>
      <p>{t(level === 'character' ? 'agreement.explain.unit.character' : 'agreement.explain.unit.unit')}</p>
      <h3>{t('agreement.explain.heading.figures')}</h3>
      <p>{t('agreement.explain.percent')}</p>
      <p>{t('agreement.explain.kappa')}</p>
      <p>{t('agreement.explain.alpha')}</p>
      <p>{t('agreement.explain.overall')}</p>
      <h3>{t('agreement.explain.heading.uncoded')}</h3>
      <p>{t(uncoded === 'include' ? 'agreement.explain.uncoded.include' : 'agreement.explain.uncoded.exclude')}</p>
      <p>{t('agreement.explain.absent')}</p>
      <p>{t('agreement.explain.undefined')}</p>
      <h3>{t('agreement.explain.heading.reading')}</h3>
      <p>{t('agreement.explain.thresholds')}</p>
    </section>
  );
}
