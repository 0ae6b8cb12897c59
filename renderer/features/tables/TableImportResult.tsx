import { useEffect, useRef } from 'react';
import type { CaseImportResult } from '../../../shared/domain/table-import';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { DialogActions } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';

/** « 7 cas créés · 6 attributs · 2 documents reliés », and the way to the cases. */
export function TableImportResult({ result, linked, onClose, onShowCases }: { result: CaseImportResult; linked: boolean; onClose: () => void; onShowCases: () => void }) {
  const { t, tc } = useI18n();
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), []);
  const parts = [
    tc(result.casesCreated, 'tableImport.result.created', 'tableImport.result.created.one'),
    result.casesUpdated > 0 ? tc(result.casesUpdated, 'tableImport.result.updated', 'tableImport.result.updated.one') : null,
    tc(result.attributes, 'tableImport.result.attributes', 'tableImport.result.attributes.one'),
    result.documentsCreated > 0 ? tc(result.documentsCreated, 'tableImport.result.documents', 'tableImport.result.documents.one') : null,
    linked || result.documentsLinked > 0 ? tc(result.documentsLinked, 'tableImport.result.linked', 'tableImport.result.linked.one') : null,
  ].filter(Boolean);
  return (
    <div className="dialog__body">
      <p className="result-line" role="status" data-testid="table-import-result">
        <Icon name="check" size={18} className="result-line__icon" />
        <span>{parts.join(' · ')}</span>
      </p>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button ref={primary} variant="primary" icon="cases" onClick={onShowCases}>
          {t('tableImport.showCases')}
        </Button>
      </DialogActions>
    </div>
  );
}
