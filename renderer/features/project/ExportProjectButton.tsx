import { useState } from 'react';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { downloadFile } from '../../ui/download';
import { base64ToBytes } from '../import/files';
import { PseudonymisedExportDialog } from '../pseudonyms/PseudonymisedExportDialog';

/**
 * « Exporter (REFI-QDA) »: the whole project as a `.qdpx` that NVivo, ATLAS.ti, MAXQDA or QualCoder
 * open (documents, codebook, codings, coders, memos, cases and their attributes). A project with
 * accepted pseudonyms is asked first whether to pseudonymise the file (yes by default).
 */
export function ExportProjectButton() {
  const t = useT();
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const exportProject = async (pseudonymise: boolean) => {
    setBusy(true);
    try {
      const file = await api.exports.project({ format: 'qdpx', pseudonymise });
      downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: 'application/zip' }));
      toasts.showInfo('exports.extracts.done', { name: file.fileName });
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };
  const start = async () => {
    const entries = await api.pseudonyms.entries({}).catch(() => []);
    if (entries.some((e) => e.decision === 'accepted')) setAsking(true);
    else await exportProject(false);
  };
  return (
    <>
      <Button size="sm" icon="download" title={t('project.exportRefiHint')} disabled={busy} aria-busy={busy} onClick={() => void start()}>
        {t('project.exportRefi')}
      </Button>
      {asking ? (
        <PseudonymisedExportDialog
          title={t('pseudonymsReview.exportProject.title')}
          onClose={() => setAsking(false)}
          onExport={(pseudonymise) => {
            setAsking(false);
            void exportProject(pseudonymise);
          }}
        />
      ) : null}
    </>
  );
}
