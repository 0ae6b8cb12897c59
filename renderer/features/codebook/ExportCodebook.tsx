import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { IconButton } from '../../ui/Button';
import { Dialog, FormActions } from '../../ui/Dialog';
import { downloadFile } from '../../ui/download';
import { FormatChoice, type ExportFormat } from '../extracts/FormatChoice';
import { base64ToBytes } from '../import/files';

type CodebookFormat = 'csv' | 'docx' | 'qdc';

const formats: ExportFormat<CodebookFormat>[] = [
  { value: 'csv', label: 'exports.codebook.format.csv', type: 'text/csv;charset=utf-8' },
  { value: 'docx', label: 'exports.codebook.format.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { value: 'qdc', label: 'exports.codebook.format.qdc', type: 'application/xml' },
];

/** « Exporter le codebook… » at the foot of the codebook (an icon beside the import, so the footer keeps one line): the codes to CSV, Word or a REFI-QDA codebook. */
export function ExportCodebook({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <IconButton icon="file" label={t('exports.codebook.open')} disabled={disabled} onClick={() => setOpen(true)} />
      {open ? <ExportCodebookDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportCodebookDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [format, setFormat] = useState<CodebookFormat>('csv');
  const [busy, setBusy] = useState(false);
  const id = useId();
  // Closing the dialog while the file is being made abandons it.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const file = format === 'qdc' ? await api.exports.project({ format: 'qdc' }) : await api.exports.codebook({ format });
      if (!open.current) return;
      downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: formats.find((f) => f.value === format)!.type }));
      toasts.showInfo('exports.extracts.done', { name: file.fileName });
      onClose();
    } catch (error) {
      if (!open.current) return;
      toasts.showError(error);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('exports.codebook.dialog')} description={t('exports.codebook.intro')} onClose={onClose} className="dialog--form export-dialog">
      <form className="dialog__body export-dialog__body" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <FormatChoice legend="exports.extracts.format" name={`${id}-format`} formats={formats} chosen={format} onChoose={setFormat} autofocus />
        {busy ? (
          <p className="export-dialog__busy" role="status">
            {t('exports.extracts.busy')}
          </p>
        ) : null}
        <FormActions failure={null} submitLabel={t('exports.extracts.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
