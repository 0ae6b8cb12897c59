import { useT } from '../../app/I18n';
import { Icon } from '../../ui/Icon';

/** Over the whole window while files are dragged over it. Mouse only: « Importer… » does the same by keyboard. */
export function DropOverlay() {
  const t = useT();
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay__box">
        <Icon name="upload" size={36} className="drop-overlay__icon" />
        <p className="drop-overlay__title">{t('import.drop')}</p>
        <p className="drop-overlay__hint">{t('import.dropHint')}</p>
      </div>
    </div>
  );
}
