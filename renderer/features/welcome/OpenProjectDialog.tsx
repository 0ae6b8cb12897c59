import { useT } from '../../app/I18n';
import { joinPath } from '../../app/paths';
import { PathDialog } from '../../ui/PathDialog';

/** Browser mode's « Ouvrir un projet… »: the path of a .balise file. */
export function OpenProjectDialog({ defaultFolder, onOpen, onClose }: { defaultFolder: string; onOpen: (path: string) => Promise<void>; onClose: () => void }) {
  const t = useT();
  return (
    <PathDialog
      title={t('openProject.title')}
      label={t('openProject.path')}
      hint={t('openProject.pathHint')}
      initialPath={joinPath(defaultFolder, '')}
      submitLabel={t('openProject.submit')}
      requiredMessage={t('openProject.pathRequired')}
      onSubmit={onOpen}
      onClose={onClose}
    />
  );
}
