import { useState } from 'react';
import type { PseudonymApplyResult, PseudonymPreview } from '../../../../shared/domain/pseudonym';
import { translate } from '../../../../shared/i18n';
import { translateCount, useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';

/**
 * « Pseudonymiser le projet… »: says in plain words what will change (replacements, documents,
 * codings kept), that a backup is made first and that Ctrl+Z undoes it; then applies, and shows
 * where the backup is.
 */
export function ApplyDialog({ preview, onClose }: { preview: PseudonymPreview; onClose: () => void }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PseudonymApplyResult | null>(null);
  const documents = preview.documents.filter((d) => d.replacements > 0).length;

  async function apply() {
    setBusy(true);
    try {
      const done = await api.pseudonyms.apply({});
      setResult(done);
      toasts.showText((lang) =>
        translate(lang, 'pseudonymsReview.apply.done', {
          replacements: translateCount(lang, done.replacements, 'pseudonymsReview.replacements', 'pseudonymsReview.replacements.one'),
          documents: translateCount(lang, done.documents, 'pseudonymsReview.documents', 'pseudonymsReview.documents.one'),
        }),
      );
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  }

  if (result) {
    return (
      <Dialog title={t('pseudonymsReview.apply.doneTitle')} onClose={onClose} className="dialog--form">
        <div className="dialog__body" data-testid="pseudonym-applied">
          <p>
            {t('pseudonymsReview.apply.doneText', {
              replacements: tc(result.replacements, 'pseudonymsReview.replacements', 'pseudonymsReview.replacements.one'),
              documents: tc(result.documents, 'pseudonymsReview.documents', 'pseudonymsReview.documents.one'),
            })}
          </p>
          {result.backupPath ? (
            <div>
              <p>{t('pseudonymsReview.apply.backupAt')}</p>
              <p className="path-preview" data-testid="pseudonym-backup">
                {result.backupPath}
              </p>
            </div>
          ) : (
            <p>{t('pseudonymsReview.apply.noBackup')}</p>
          )}
          <p>{t('pseudonymsReview.apply.undoHint')}</p>
          <DialogActions>
            <Button variant="primary" onClick={onClose} data-autofocus="">
              {t('common.close')}
            </Button>
          </DialogActions>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('pseudonymsReview.apply.title')} onClose={onClose} className="dialog--form">
      <div className="dialog__body" aria-busy={busy}>
        <p data-testid="pseudonym-apply-summary">
          {t('pseudonymsReview.apply.what', {
            replacements: tc(preview.replacements, 'pseudonymsReview.replacements', 'pseudonymsReview.replacements.one'),
            documents: tc(documents, 'pseudonymsReview.documents', 'pseudonymsReview.documents.one'),
          })}
        </p>
        <ul className="pseudo-apply__points">
          <li>{t('pseudonymsReview.apply.codings')}</li>
          <li>{t('pseudonymsReview.apply.backup')}</li>
          <li>{t('pseudonymsReview.apply.undo')}</li>
          <li>{t('pseudonymsReview.apply.table')}</li>
        </ul>
        {busy ? <p role="status">{t('pseudonymsReview.apply.busy')}</p> : null}
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" icon="lock" disabled={busy} onClick={() => void apply()}>
            {t('pseudonymsReview.apply.submit')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
