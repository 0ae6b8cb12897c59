import { useState } from 'react';
import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';

/** « Exporter la table de correspondance… »: only on explicit request, after saying the file holds the real names. */
export function ExportTableDialog({ entries, onExport, onClose }: { entries: number; onExport: () => Promise<boolean>; onClose: () => void }) {
  const { t, tc } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={t('pseudonymsReview.exportTable.title')} onClose={onClose} className="dialog--form">
      <div className="dialog__body">
        <div className="pseudo-warning" role="note">
          <Icon name="alert" className="pseudo-warning__icon" />
          <p>{t('pseudonymsReview.exportTable.warning')}</p>
        </div>
        <p>{t('pseudonymsReview.exportTable.what', { entries: tc(entries, 'pseudonymsReview.entries', 'pseudonymsReview.entries.one') })}</p>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            icon="download"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onExport().then((done) => (done ? onClose() : setBusy(false)));
            }}
          >
            {t('pseudonymsReview.exportTable.submit')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
