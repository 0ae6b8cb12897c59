import type { MergeReport } from '../../../../shared/domain/merge';
import { useI18n } from '../../../app/I18n';

/** What the researcher should know before merging: texts that differ, values in conflict, new coders. */
export function MergeWarnings({ report }: { report: MergeReport }) {
  const { t } = useI18n();
  const items: { key: string; text: string }[] = [
    ...report.textDifferences.map((d) => ({
      key: `text-${d.theirName}`,
      text: t(d.by === 'name' ? 'merge.warning.textByName' : 'merge.warning.textByHash', { theirs: d.theirName, mine: d.myName, codings: d.codings, unplaceable: d.unplaceable }),
    })),
    ...report.conflicts.map((c) => ({ key: `value-${c.caseName}-${c.attribute}`, text: t('merge.warning.conflict', { ...c }) })),
  ];
  return (
    <>
      {report.newCoders.length > 0 ? (
        <p className="merge-note" data-testid="merge-coders">
          {t('merge.coders', { names: report.newCoders.map((c) => c.name).join(', ') })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <section className="merge-warnings" aria-labelledby="merge-warnings-title">
          <h3 id="merge-warnings-title" className="merge-section__title">
            {t('merge.warnings')}
          </h3>
          <ul>
            {items.map((item) => (
              <li key={item.key} className="merge-warnings__item">
                {item.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
