import type { ProjectInfo } from '../../../shared/domain/project';
import { useT } from '../../app/I18n';
import type { ProjectActions } from '../../app/useProjectActions';
import { BaliseMark } from '../../ui/BaliseMark';
import { Button } from '../../ui/Button';
import { useImport } from '../import/ImportProvider';
import { ExportProjectButton } from './ExportProjectButton';

/** The bar above the project: which project this is, and the file-level actions. */
export function ProjectHeader({ project, actions }: { project: ProjectInfo; actions: ProjectActions }) {
  const t = useT();
  const { chooseFiles } = useImport();
  return (
    <header className="topbar">
      <div className="topbar__title">
        <BaliseMark size={22} />
        <span className="topbar__app">{t('app.name')}</span>
        <span className="topbar__sep" aria-hidden="true" />
        <h1 className="topbar__project" title={project.path}>
          {project.name}
        </h1>
      </div>
      <div className="topbar__actions">
        <Button size="sm" variant="primary" icon="upload" title={t('import.buttonHint')} onClick={chooseFiles}>
          {t('import.button')}
        </Button>
        <Button size="sm" icon="copy" onClick={() => void actions.saveCopy()}>
          {t('project.saveCopy')}
        </Button>
        <ExportProjectButton />
        <Button size="sm" icon="logout" onClick={() => void actions.closeProject()}>
          {t('project.closeProject')}
        </Button>
      </div>
    </header>
  );
}
