import { useT } from '../../app/I18n';
import { Icon } from '../../ui/Icon';

/** The middle of the screen before a document is opened. */
export function EmptyWorkspace({ hasDocuments }: { hasDocuments: boolean }) {
  const t = useT();
  return (
    <div className="workspace-empty">
      <Icon name="file" size={40} className="workspace-empty__icon" />
      <h2 className="workspace-empty__title">{t('viewer.noDocument')}</h2>
      <p className="workspace-empty__text">{hasDocuments ? t('documents.chooseOne') : t('documents.empty')}</p>
    </div>
  );
}
