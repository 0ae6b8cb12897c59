import { useState } from 'react';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { downloadFile } from '../../ui/download';
import { base64ToBytes } from '../import/files';

/**
 * « Exporter (REFI-QDA) »: the whole project as a `.qdpx` that NVivo, ATLAS.ti, MAXQDA or QualCoder
 * open (documents, codebook, codings, coders, memos, cases and their attributes).
 */
export function ExportProjectButton() {
  const t = useT();
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const exportProject = async () => {
    setBusy(true);
    try {
      const file = await api.exports.project({ format: 'qdpx' });
      downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: 'application/zip' }));
      toasts.showInfo('exports.extracts.done', { name: file.fileName });
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="sm" icon="download" title={t('project.exportRefiHint')} disabled={busy} aria-busy={busy} onClick={() => void exportProject()}>
      {t('project.exportRefi')}
    </Button>
  );
}
