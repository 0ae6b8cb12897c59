import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, FormActions } from '../../ui/Dialog';
import { downloadFile } from '../../ui/download';
import { ExportProgress } from '../exports/ExportProgress';
import { useExportRun } from '../exports/useExportRun';
import { base64ToBytes } from '../import/files';

/**
 * « Exporter (REFI-QDA)… »: the whole project as a `.qdpx` that NVivo, ATLAS.ti, MAXQDA or QualCoder
 * open (documents, codebook, codings, coders, memos, cases and their attributes), with progress and « Annuler ».
 */
export function ExportProjectButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" icon="download" title={t('project.exportRefiHint')} onClick={() => setOpen(true)}>
        {t('project.exportRefi')}
      </Button>
      {open ? <ExportProjectDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportProjectDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toasts = useToasts();
  const exportRun = useExportRun();
  // Closing the dialog while the file is being made abandons it: nothing is downloaded afterwards.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = await exportRun.run(() => api.exports.project({ format: 'qdpx' }));
    if (!file || !open.current) return;
    downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: 'application/zip' }));
    toasts.showInfo('exports.extracts.done', { name: file.fileName });
    onClose();
  }

  return (
    <Dialog title={t('project.exportRefiDialog')} description={t('project.exportRefiHint')} onClose={onClose} className="dialog--form export-dialog">
      <form className="dialog__body export-dialog__body" noValidate aria-busy={exportRun.busy} onSubmit={(event) => void submit(event)}>
        <p className="export-dialog__busy">{t('project.exportRefiContents')}</p>
        {exportRun.busy ? <ExportProgress progress={exportRun.progress} cancelling={exportRun.cancelling} onCancel={exportRun.cancel} /> : null}
        <FormActions failure={null} submitLabel={t('exports.extracts.submit')} busy={exportRun.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
