import type { ProjectInfo } from '../../../shared/domain/project';
import { useT } from '../../app/I18n';
import { baseName, folderOf, joinPath } from '../../app/paths';
import { PathDialog } from '../../ui/PathDialog';

/** Browser mode's « Enregistrer une copie… »: proposes `<same folder>/<name> (copie).balise`. */
export function SaveCopyDialog({ project, onSave, onClose }: { project: ProjectInfo; onSave: (path: string) => Promise<void>; onClose: () => void }) {
  const t = useT();
  const stem = baseName(project.path).replace(/\.balise$/i, '');
  const suggested = joinPath(folderOf(project.path), `${t('saveCopy.defaultName', { name: stem })}.balise`);
  return (
    <PathDialog
      title={t('dialog.saveCopy')}
      label={t('project.saveCopyPath')}
      hint={t('saveCopy.hint')}
      initialPath={suggested}
      submitLabel={t('saveCopy.submit')}
      requiredMessage={t('openProject.pathRequired')}
      onSubmit={onSave}
      onClose={onClose}
    />
  );
}
