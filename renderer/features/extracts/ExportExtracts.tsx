import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ExtractExportFormat } from '../../../shared/contract/exports';
import type { CodeQuery, ExtractFacets, ExtractSelection } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { FormatChoice, type ExportFormat } from './FormatChoice';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { downloadFile, fileNameOf } from '../../ui/download';
import { ExportProgress } from '../exports/ExportProgress';
import { useExportRun } from '../exports/useExportRun';
import { base64ToBytes } from '../import/files';

const formats: ExportFormat<ExtractExportFormat>[] = [
  { value: 'csv', label: 'exports.extracts.format.csv', type: 'text/csv;charset=utf-8' },
  { value: 'xlsx', label: 'exports.extracts.format.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { value: 'docx', label: 'exports.extracts.format.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { value: 'html', label: 'exports.extracts.format.html', type: 'text/html;charset=utf-8' },
];

/** Files for other software, made from the query's codes and the filters rather than from its passages. */
type StatisticsFormat = 'iramuteq' | 'matrix';
const statisticsFormats: ExportFormat<StatisticsFormat>[] = [
  { value: 'iramuteq', label: 'exports.extracts.format.iramuteq', type: 'text/plain;charset=utf-8' },
  { value: 'matrix', label: 'exports.extracts.format.matrix', type: 'text/csv;charset=utf-8' },
];

/** The codes named in a query (its leaves), and whether their sub-codes count: only if every leaf says so. */
function queryCodes(query: CodeQuery): { codeIds: number[]; withChildren: boolean } {
  const leaves: { codeId: number; withChildren: boolean }[] = [];
  const walk = (q: CodeQuery) => {
    if (q.op === 'code') leaves.push(q);
    else if (q.op === 'not') [q.include, q.exclude].forEach(walk);
    else if (q.op === 'followedBy') [q.first, q.then].forEach(walk);
    else if (q.op === 'near') [q.a, q.b].forEach(walk);
    else q.items.forEach(walk);
  };
  walk(query);
  return { codeIds: [...new Set(leaves.map((l) => l.codeId))], withChildren: leaves.every((l) => l.withChildren) };
}

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
  const [format, setFormat] = useState<ExtractExportFormat | StatisticsFormat>('csv');
  const [by, setBy] = useState<'case' | 'document'>('case');
  const [attributeIds, setAttributeIds] = useState<number[]>([]);
  const [facets, setFacets] = useState<ExtractFacets | null>(null);
  const [separator, setSeparator] = useState<';' | ','>(';');
  const [sheetPerCode, setSheetPerCode] = useState(false);
  const [title, setTitle] = useState(t('exports.extracts.defaultTitle'));
  const exportRun = useExportRun();
  const busy = exportRun.busy;
  const id = useId();
  // Closing the dialog while the file is being made abandons it: nothing is downloaded afterwards.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  useEffect(() => {
    if (format !== 'iramuteq' || facets) return;
    api.extracts.facets({}).then(
      (data) => open.current && setFacets(data),
      (error: unknown) => open.current && toasts.showError(error),
    );
  }, [api, facets, format, toasts]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const chosenTitle = title.trim() || t('exports.extracts.defaultTitle');
    const made = await exportRun.run(async () => {
      if (format === 'iramuteq' || format === 'matrix') {
        const codes = queryCodes(selection.query);
        const file =
          format === 'iramuteq'
            ? await api.exports.iramuteq({ ...codes, attributeIds, filters: selection.filters })
            : await api.exports.codeMatrix({ ...codes, by, separator, filters: selection.filters });
        return { fileName: file.fileName, base64: file.base64 };
      }
      const file = await api.exports.extracts({ ...selection, format, separator, sheetPerCode, title: chosenTitle });
      return { fileName: fileNameOf(chosenTitle, format), base64: file.base64 };
    });
    // Closed or cancelled meanwhile, or failed (the toast said why): nothing is downloaded.
    if (!made || !open.current) return;
    const type = [...formats, ...statisticsFormats].find((f) => f.value === format)!.type;
    downloadFile(made.fileName, new Blob([base64ToBytes(made.base64)], { type }));
    toasts.showInfo('exports.extracts.done', { name: made.fileName });
    onClose();
  }

  const description = passages === undefined ? undefined : t('exports.extracts.intro', { passages: tc(passages, 'extracts.passages', 'extracts.passages.one') });
  return (
    <Dialog title={t('exports.extracts.dialog')} description={description} onClose={onClose} className="dialog--form export-dialog">
      <form className="dialog__body export-dialog__body" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <FormatChoice legend="exports.extracts.format" name={`${id}-format`} formats={formats} chosen={format} onChoose={setFormat} autofocus />
        <FormatChoice legend="exports.extracts.statistics" name={`${id}-format`} formats={statisticsFormats} chosen={format} onChoose={setFormat} />
        {format === 'iramuteq' ? (
          <fieldset className="export-dialog__choice export-dialog__attributes">
            <legend className="field__label">{t('exports.extracts.attributes')}</legend>
            {facets === null ? (
              <p className="export-dialog__busy">{t('exports.extracts.attributesLoading')}</p>
            ) : facets.attributes.length === 0 ? (
              <p className="export-dialog__busy">{t('exports.extracts.attributesNone')}</p>
            ) : (
              facets.attributes.map((a) => (
                <label key={a.id} className="export-dialog__option export-dialog__check">
                  <input
                    type="checkbox"
                    checked={attributeIds.includes(a.id)}
                    onChange={(event) => setAttributeIds((ids) => (event.target.checked ? [...ids, a.id] : ids.filter((x) => x !== a.id)))}
                  />
                  {a.name}
                </label>
              ))
            )}
          </fieldset>
        ) : null}
        {format === 'matrix' ? (
          <fieldset className="export-dialog__choice">
            <legend className="field__label">{t('exports.extracts.rows')}</legend>
            <label className="export-dialog__option">
              <input type="radio" name={`${id}-by`} checked={by === 'case'} onChange={() => setBy('case')} />
              {t('exports.extracts.rows.case')}
            </label>
            <label className="export-dialog__option">
              <input type="radio" name={`${id}-by`} checked={by === 'document'} onChange={() => setBy('document')} />
              {t('exports.extracts.rows.document')}
            </label>
          </fieldset>
        ) : null}
        {format === 'csv' || format === 'matrix' ? (
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
        {format === 'iramuteq' || format === 'matrix' ? null : <TextField label={t('exports.extracts.title')} value={title} onChange={setTitle} maxLength={200} />}
        {busy ? <ExportProgress progress={exportRun.progress} cancelling={exportRun.cancelling} onCancel={exportRun.cancel} /> : null}
        <FormActions failure={null} submitLabel={t('exports.extracts.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
