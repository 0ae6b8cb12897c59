import type { RefiImportReport } from '../../../shared/domain/refi-import';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';

/** What a REFI-QDA file brought in (« Projet REFI-QDA (origine : NVivo 12) : 2 documents, 152 codes… ») and, folded, what it left out or changed. */
export function RefiReportRow({ fileName, report }: { fileName: string; report: RefiImportReport }) {
  const { t, tc } = useI18n();
  const { imported } = report;
  const counts = [
    tc(imported.sources, 'refi.summary.sources', 'refi.summary.sources.one'),
    tc(imported.codes, 'refi.summary.codes', 'refi.summary.codes.one'),
    tc(imported.codings, 'refi.summary.codings', 'refi.summary.codings.one'),
    imported.notes > 0 ? tc(imported.notes, 'refi.summary.notes', 'refi.summary.notes.one') : null,
    imported.cases > 0 ? tc(imported.cases, 'refi.summary.cases', 'refi.summary.cases.one') : null,
    imported.variables > 0 ? tc(imported.variables, 'refi.summary.variables', 'refi.summary.variables.one') : null,
  ].filter((part): part is string => part !== null);
  const codebook = fileName.toLowerCase().endsWith('.qdc');
  const kind = codebook ? t('refi.summary.codebook') : t('refi.summary.project');
  const title = report.origin ? t('refi.summary.withOrigin', { kind, origin: report.origin }) : kind;
  const parts = [
    report.skipped.length > 0 ? tc(report.skipped.length, 'refi.summary.skippedCount', 'refi.summary.skippedCount.one') : null,
    report.remapped.length > 0 ? tc(report.remapped.length, 'refi.summary.remappedCount', 'refi.summary.remappedCount.one') : null,
  ].filter((part): part is string => part !== null);
  const notes = [...report.skipped.map((item) => ({ item, skipped: true })), ...report.remapped.map((item) => ({ item, skipped: false }))];
  return (
    <li className="summary-row" data-testid="refi-report">
      <span className="summary-row__icon">
        <Icon name="tag" />
      </span>
      <span className="summary-row__text">
        <span className="summary-row__name">{fileName}</span>
        <span className="summary-row__detail">{t('refi.summary.line', { title, counts: counts.join(', ') })}</span>
        {notes.length > 0 ? (
          <details className="refi-report__notes">
            <summary>{t('refi.summary.notesToggle', { parts: parts.join(', ') })}</summary>
            {/* The list may scroll: it takes the focus so the keyboard can scroll it. */}
            <ul className="refi-report__list" tabIndex={0} aria-label={t('refi.summary.notesLabel', { file: fileName })}>
              {notes.map(({ item, skipped }, index) => (
                <li key={index}>{t(skipped ? 'refi.summary.skipped' : 'refi.summary.remapped', { item })}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </span>
    </li>
  );
}
