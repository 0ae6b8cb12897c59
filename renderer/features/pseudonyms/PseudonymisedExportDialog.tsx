import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { PseudonymiseOption, usePseudonymiseChoice } from './PseudonymiseOption';

/**
 * Asked before a whole-project export when the project has accepted pseudonyms: pseudonymised
 * (checked by default) or as it is. The correspondence table is never in the file.
 */
export function PseudonymisedExportDialog({ title, onExport, onClose }: { title: string; onExport: (pseudonymise: boolean) => void; onClose: () => void }) {
  const { t } = useI18n();
  const { pseudonymise, setPseudonymise, accepted } = usePseudonymiseChoice();
  return (
    <Dialog title={title} description={t('pseudonymsReview.exportProject.description')} onClose={onClose} className="dialog--form export-dialog">
      <div className="dialog__body export-dialog__body">
        <PseudonymiseOption checked={pseudonymise} onChange={setPseudonymise} accepted={accepted} />
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" icon="download" disabled={accepted === undefined} onClick={() => onExport(pseudonymise)} data-autofocus="">
            {t('pseudonymsReview.exportProject.submit')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
