import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ExtractExportFormat } from '../../../shared/contract/exports';
import type { ExtractSelection } from '../../../shared/domain/extract';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { downloadFile, fileNameOf } from '../../ui/download';
import { base64ToBytes } from '../import/files';

const formats: { value: ExtractExportFormat; label: MessageKey; type: string }[] = [
  { value: 'csv', label: 'exports.extracts.format.csv', type: 'text/csv;charset=utf-8' },
  { value: 'xlsx', label: 'exports.extracts.format.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { value: 'docx', label: 'exports.extracts.format.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { value: 'html', label: 'exports.extracts.format.html', type: 'text/html;charset=utf-8' },
];

interface Props {
  /** The query and filters shown, or null while no code is chosen. */
  selection: ExtractSelection | null;
  /** How many passages they give, once known. */
  passages: number | undefined;
}

/** « Exporter… » in the query bar: the extracts of the current query and filters to a file. */
export function ExportExtracts({ selection, passages }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" icon="file" disabled={!selection || passages === 0} onClick={() => setOpen(true)} title={t('exports.extracts.openLabel')}>
        {t('exports.extracts.open')}
      </Button>
      {open && selection ? <ExportDialog selection={selection} passages={passages} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportDialog({ selection, passages, onClose }: { selection: ExtractSelection; passages: number | undefined; onClose: () => void }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [format, setFormat] = useState<ExtractExportFormat>('csv');
  const [separator, setSeparator] = useState<';' | ','>(';');
  const [sheetPerCode, setSheetPerCode] = useState(false);
  const [title, setTitle] = useState(t('exports.extracts.defaultTitle'));
  const [busy, setBusy] = useState(false);
  const id = useId();
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
    if (busy) return;
    const chosenTitle = title.trim() || t('exports.extracts.defaultTitle');
    setBusy(true);
    try {
      const file = await api.exports.extracts({ ...selection, format, separator, sheetPerCode, title: chosenTitle });
      if (!open.current) return;
      const fileName = fileNameOf(chosenTitle, format);
      downloadFile(fileName, new Blob([base64ToBytes(file.base64)], { type: formats.find((f) => f.value === format)!.type }));
      toasts.showInfo('exports.extracts.done', { name: fileName });
      onClose();
    } catch (error) {
      if (!open.current) return;
      toasts.showError(error);
      setBusy(false);
    }
  }

  const description = passages === undefined ? undefined : t('exports.extracts.intro', { passages: tc(passages, 'extracts.passages', 'extracts.passages.one') });
  return (
    <Dialog title={t('exports.extracts.dialog')} description={description} onClose={onClose} className="dialog--form export-dialog">
      <form className="dialog__body export-dialog__body" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <fieldset className="export-dialog__choice">
          <legend className="field__label">{t('exports.extracts.format')}</legend>
          {formats.map((f) => (
            <label key={f.value} className="export-dialog__option">
              <input type="radio" name={`${id}-format`} value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} data-autofocus={format === f.value ? '' : undefined} />
              {t(f.label)}
            </label>
          ))}
        </fieldset>
        {format === 'csv' ? (
          <fieldset className="export-dialog__choice">
            <legend className="field__label">{t('exports.extracts.separator')}</legend>
            <label className="export-dialog__option">
              <input type="radio" name={`${id}-separator`} checked={separator === ';'} onChange={() => setSeparator(';')} />
              {t('exports.extracts.separator.semicolon')}
            </label>
            <label className="export-dialog__option">
              <input type="radio" name={`${id}-separator`} checked={separator === ','} onChange={() => setSeparator(',')} />
              {t('exports.extracts.separator.comma')}
            </label>
          </fieldset>
        ) : null}
        {format === 'xlsx' ? (
          <label className="export-dialog__option export-dialog__check">
            <input type="checkbox" checked={sheetPerCode} onChange={(event) => setSheetPerCode(event.target.checked)} />
            {t('exports.extracts.sheetPerCode')}
          </label>
        ) : null}
        <TextField label={t('exports.extracts.title')} value={title} onChange={setTitle} maxLength={200} />
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
