import { useT } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { FileButton } from '../../ui/FileButton';
import { Icon } from '../../ui/Icon';
import { tableAccept } from '../import/files';

/** The case table before any case: what a case is, and the two ways to get some. */
export function CasesEmpty({ onImport, onNewCase }: { onImport: (file: File) => void; onNewCase: () => void }) {
  const t = useT();
  return (
    <div className="workspace-empty case-empty">
      <Icon name="cases" size={40} className="workspace-empty__icon" />
      <h2 className="workspace-empty__title">{t('caseTable.empty.title')}</h2>
      <p className="workspace-empty__text">{t('caseTable.empty.text')}</p>
      <div className="case-empty__actions">
        <FileButton accept={tableAccept} icon="upload" variant="primary" onFiles={([file]) => file && onImport(file)}>
          {t('cases.importTable')}
        </FileButton>
        <Button icon="plus" onClick={onNewCase}>
          {t('caseTable.newCase')}
        </Button>
      </div>
    </div>
  );
}
