import { useId, useState, type FormEvent } from 'react';
import type { CaseImportResult, TablePreview } from '../../../shared/domain/table-import';
import type { ColumnType } from '../../../shared/import/table';
import type { Language } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { errorText } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions, FormActions } from '../../ui/Dialog';
import { ColumnsTable } from './ColumnsTable';
import { TableImportResult } from './TableImportResult';
import { TableSource } from './TableSource';
import { useTablePreview } from './useTablePreview';

interface Props {
  file: File;
  onClose: () => void;
  onShowCases: () => void;
}

/** A CSV or Excel table to import as cases: check the columns, their types, the key and the texts. */
export function TableImportDialog({ file, onClose, onShowCases }: Props) {
  const { t } = useI18n();
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const state = useTablePreview(file, sheet);
  const [result, setResult] = useState<{ value: CaseImportResult; linked: boolean } | null>(null);

  return (
    <Dialog title={t('tableImport.title')} description={t('tableImport.description')} onClose={onClose} className="dialog--wide">
      {result ? (
        <TableImportResult result={result.value} linked={result.linked} onClose={onClose} onShowCases={onShowCases} />
      ) : state.status === 'loading' ? (
        <div className="dialog__body">
          <p className="muted" role="status">
            {t('tableImport.loading')}
          </p>
        </div>
      ) : state.status === 'failed' ? (
        <FailedPreview message={state.message} onClose={onClose} />
      ) : (
        <TableImportForm
          key={`${state.preview.source.sheet ?? ''}`}
          file={file}
          data={state.data}
          preview={state.preview}
          onSheet={setSheet}
          onDone={(value, linked) => setResult({ value, linked })}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function FailedPreview({ message, onClose }: { message: (lang: Language) => string; onClose: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="dialog__body">
      <p className="form-error" role="alert">
        {message(lang)}
      </p>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </div>
  );
}

interface FormProps {
  file: File;
  data: string;
  preview: TablePreview;
  onSheet: (sheet: string) => void;
  onDone: (result: CaseImportResult, linked: boolean) => void;
  onClose: () => void;
}

function TableImportForm({ file, data, preview, onSheet, onDone, onClose }: FormProps) {
  const { t } = useI18n();
  const api = useApi();
  const keyId = useId();
  const [keyColumn, setKeyColumn] = useState<string | null>(preview.suggestedKey);
  const [types, setTypes] = useState<Record<string, ColumnType>>({});
  const [textColumns, setTextColumns] = useState<ReadonlySet<string>>(new Set(preview.suggestedTextColumns));
  const [link, setLink] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((l: Language) => string) | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const texts = [...textColumns].filter((name) => name !== keyColumn);
      const result = await api.cases.importTable({
        fileName: file.name,
        data,
        sheet: preview.source.format === 'xlsx' ? preview.source.sheet : undefined,
        keyColumn,
        columnTypes: types,
        textColumns: texts,
        linkDocuments: link,
      });
      onDone(result, link);
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return (
    <form className="dialog__body" onSubmit={(event) => void submit(event)}>
      <TableSource preview={preview} onSheet={onSheet} />
      <div className="field field--narrow">
        <label htmlFor={keyId} className="field__label">
          {t('tableImport.key')}
        </label>
        <select
          id={keyId}
          className="input"
          value={keyColumn ?? ''}
          data-autofocus=""
          aria-describedby={`${keyId}-hint`}
          onChange={(event) => setKeyColumn(event.target.value === '' ? null : event.target.value)}
        >
          {preview.columns.map((column) => (
            <option key={column.name} value={column.name}>
              {column.name}
            </option>
          ))}
          <option value="">{t('tableImport.noKey')}</option>
        </select>
        <p id={`${keyId}-hint`} className="field__hint">
          {t('tableImport.keyHint')}
        </p>
      </div>
      <div className="field">
        <ColumnsTable
          columns={preview.columns}
          keyColumn={keyColumn}
          types={types}
          textColumns={textColumns}
          onType={(column, type) => setTypes((previous) => ({ ...previous, [column]: type }))}
          onText={(column, checked) =>
            setTextColumns((previous) => {
              const next = new Set(previous);
              if (checked) next.add(column);
              else next.delete(column);
              return next;
            })
          }
        />
        <p className="field__hint">{t('tableImport.textHint')}</p>
      </div>
      <label className="check">
        <input type="checkbox" checked={link} onChange={(event) => setLink(event.target.checked)} />
        <span>
          <span className="check__label">{t('tableImport.link')}</span>
          <span className="check__hint">{t('tableImport.linkHint')}</span>
        </span>
      </label>
      <FormActions failure={failure} submitLabel={t('tableImport.submit')} busy={busy} onCancel={onClose} />
    </form>
  );
}
