import type { ProjectInfo } from '../../../shared/domain/project';
import type { Language } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { CoderButton } from '../team/coders/CoderButton';

/** The bottom line: file, who codes, what the project holds, the language. */
export function StatusBar({ project, onLanguage }: { project: ProjectInfo; onLanguage: (language: Language) => void }) {
  const { t, tc, isSingular } = useI18n();
  const { documents, codes, codings, cases, memos } = project;
  const counts = [
    tc(project.documents, 'status.documents', 'status.documents.one'),
    tc(project.codes, 'status.codes', 'status.codes.one'),
    tc(project.codings, 'status.codings', 'status.codings.one'),
    tc(project.cases, 'status.cases', 'status.cases.one'),
    tc(project.memos, 'status.memos', 'status.memos.one'),
  ];
  // The catalogue's one-line summary reads well only when every count is plural; otherwise each
  // count takes its own noun (« 1 mémo », « 0 document »).
  const summary = [documents, codes, codings, cases, memos].some(isSingular)
    ? counts.join(' · ')
    : t('status.counts', { documents, codes, codings, cases, memos });
  return (
    <footer className="statusbar">
      <span className="statusbar__file" title={project.path}>
        {t('status.file', { path: project.path })}
      </span>
      <CoderButton coder={project.coder} />
      <span className="statusbar__counts" data-testid="status-counts">
        {summary}
      </span>
      <LanguageSwitch onChange={onLanguage} />
    </footer>
  );
}
