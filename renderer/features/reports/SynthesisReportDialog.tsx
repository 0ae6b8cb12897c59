import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { filterPhrases } from '../../../shared/analysis/caption';
import type { CooccurrenceMode } from '../../../shared/domain/analysis';
import type { Code } from '../../../shared/domain/codebook';
import type { ExtractFacets, ExtractFilters } from '../../../shared/domain/extract';
import { reportCharts, type ReportChart } from '../../../shared/domain/report';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { downloadFile } from '../../ui/download';
import { ExportProgress } from '../exports/ExportProgress';
import { useExportRun } from '../exports/useExportRun';
import { base64ToBytes } from '../import/files';
import { PseudonymiseOption, usePseudonymiseChoice } from '../pseudonyms/PseudonymiseOption';
import { defaultAttribute, familyChoices } from './families';

const chartLabels: Record<ReportChart, MessageKey> = {
  matrix: 'reports.chart.option.matrix',
  crosstab: 'reports.chart.option.crosstab',
  map: 'reports.chart.option.map',
};

const modeLabels: Record<CooccurrenceMode, MessageKey> = {
  overlap: 'matrix.mode.overlap',
  unit: 'matrix.mode.unit',
  near: 'matrix.mode.near',
  document: 'matrix.mode.document',
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Props {
  codes: readonly Code[];
  filters: ExtractFilters;
  mode: CooccurrenceMode;
  within: number;
  onClose: () => void;
}

/**
 * The synthesis report of a code family: which family, the attribute of the counts by value
 * (« Branche » when the cases have it), the charts, the title; « Créer le rapport » downloads it.
 */
export function SynthesisReportDialog({ codes, filters, mode, within, onClose }: Props) {
  const { t, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const id = useId();
  const families = useMemo(() => familyChoices(codes), [codes]);
  const [familyId, setFamilyId] = useState<number | null>(families[0]?.id ?? null);
  const [facets, setFacets] = useState<ExtractFacets | null>(null);
  const [attributeId, setAttributeId] = useState<number | null>(null);
  const [charts, setCharts] = useState<ReportChart[]>(['matrix']);
  const [title, setTitle] = useState('');
  const exportRun = useExportRun();
  const { pseudonymise, setPseudonymise, accepted } = usePseudonymiseChoice();
  const busy = exportRun.busy;
  // Closing the dialog while the report is being written abandons it: nothing is downloaded afterwards.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    api.extracts.facets({}).then(
      (data) => {
        if (!open.current) return;
        setFacets(data);
        setAttributeId(defaultAttribute(data.attributes));
      },
      (error: unknown) => open.current && toasts.showError(error),
    );
    return () => {
      open.current = false;
    };
  }, [api, toasts]);

  const family = families.find((f) => f.id === familyId);
  const placeholder = family ? t('reports.file.defaultTitle', { family: family.label.split(' › ').pop()! }) : '';
  const phrases = filterPhrases(filters, facets, lang);
  const description = phrases.length > 0 ? t('reports.filters.some', { filters: phrases.join(' ; ') }) : t('reports.filters.none');
  const modeLabel = mode === 'near' ? t('reports.file.near', { mode: t(modeLabels[mode]), within }) : t(modeLabels[mode]);
  const chosenCharts = charts.filter((c) => c !== 'crosstab' || attributeId !== null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || familyId === null) return;
    const file = await exportRun.run(() =>
      api.exports.report({
        familyId,
        ...(attributeId !== null ? { attributeId } : {}),
        charts: chosenCharts,
        mode,
        within,
        ...(title.trim() ? { title: title.trim() } : {}),
        filters,
        pseudonymise,
      }),
    );
    // Closed or cancelled meanwhile, or failed (the toast said why): nothing is downloaded.
    if (!file || !open.current) return;
    downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: DOCX }));
    toasts.showInfo('reports.done', { name: file.fileName });
    onClose();
  }

  return (
    <Dialog title={t('reports.dialog')} description={t('reports.intro')} onClose={onClose} className="dialog--form report-dialog">
      <form className="dialog__body report-dialog__body" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <p className="report-dialog__filters">
          {description}
          <br />
          {t('reports.mode', { mode: modeLabel })}
        </p>
        {families.length === 0 ? (
          <p className="report-dialog__empty">{t('reports.noFamily')}</p>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-family`}>
              {t('reports.family')}
            </label>
            <select id={`${id}-family`} className="input" data-autofocus="" value={familyId ?? ''} onChange={(event) => setFamilyId(Number(event.target.value))}>
              {families.map((f) => (
                <option key={f.id} value={f.id}>
                  {'\u2003'.repeat(f.depth) + f.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-attribute`}>
            {t('reports.attribute')}
          </label>
          <select
            id={`${id}-attribute`}
            className="input"
            value={attributeId ?? ''}
            disabled={facets === null}
            onChange={(event) => setAttributeId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('reports.attribute.none')}</option>
            {(facets?.attributes ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="export-dialog__choice">
          <legend className="field__label">{t('reports.charts')}</legend>
          {reportCharts.map((chart) => {
            const unavailable = chart === 'crosstab' && attributeId === null;
            return (
              <label key={chart} className="export-dialog__option export-dialog__check">
                <input
                  type="checkbox"
                  checked={charts.includes(chart) && !unavailable}
                  disabled={unavailable}
                  onChange={(event) => setCharts((list) => (event.target.checked ? [...list, chart] : list.filter((c) => c !== chart)))}
                />
                {t(chartLabels[chart])}
                {unavailable ? <span className="report-dialog__hint">({t('reports.chart.needsAttribute')})</span> : null}
              </label>
            );
          })}
        </fieldset>
        <TextField label={t('reports.title')} value={title} onChange={setTitle} placeholder={placeholder} maxLength={200} />
        <PseudonymiseOption checked={pseudonymise} onChange={setPseudonymise} accepted={accepted} />
        {busy ? <ExportProgress progress={exportRun.progress} cancelling={exportRun.cancelling} onCancel={exportRun.cancel} /> : null}
        <FormActions failure={null} submitLabel={t('reports.submit')} busy={busy || familyId === null} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
