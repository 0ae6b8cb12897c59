import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';

interface Props {
  /** The title the researcher gave, or '' (the view's name shows as placeholder). */
  title: string;
  placeholder: string;
  onTitle: (title: string) => void;
  onExportSvg: () => void;
  onExportPng: () => void;
  onAddSlide: () => void;
  onPresent: () => void;
}

/** Above each analysis view: its title (also the exported file's and the slide's), exports, « Ajouter au diaporama », « Présenter ». */
export function ViewToolbar({ title, placeholder, onTitle, onExportSvg, onExportPng, onAddSlide, onPresent }: Props) {
  const { t } = useI18n();
  return (
    <div className="analysis-toolbar" role="toolbar" aria-label={t('present.toolbar')}>
      <input
        className="input analysis-toolbar__title"
        type="text"
        aria-label={t('present.toolbar.title')}
        value={title}
        placeholder={placeholder}
        maxLength={200}
        spellCheck={false}
        onChange={(event) => onTitle(event.target.value)}
      />
      <div className="analysis-toolbar__actions">
        <Button size="sm" icon="upload" onClick={onExportSvg}>
          {t('present.toolbar.exportSvg')}
        </Button>
        <Button size="sm" icon="upload" onClick={onExportPng}>
          {t('present.toolbar.exportPng')}
        </Button>
        <Button size="sm" icon="plus" onClick={onAddSlide}>
          {t('present.toolbar.addSlide')}
        </Button>
        <Button size="sm" variant="primary" icon="eye" onClick={onPresent}>
          {t('present.toolbar.present')}
        </Button>
      </div>
    </div>
  );
}
