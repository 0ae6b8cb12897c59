import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { MAX_ANALYSIS_CODES } from '../../../../shared/contract/analysis';
import type { CooccurrenceRequest } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { useLiveKey } from '../../extracts/useLiveKey';
import type { ChartProps } from '../view';
import { cellScale } from './colors';
import { fitScale, fontSize, labelLine, matrixGeometry, stageLayout, type MatrixGeometry } from './layout';
import { MatrixGrid, type GridWords } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { matrixModel } from './model';
import { presentationPalette, workspacePalette } from './palette';
import { textWidth } from './textWidth';
import { useSize } from './useSize';
import { wrapLabel } from './wrap';
import { diagonalOf, diagonalWord, formatValue, measureHelp, measureLabel, modeShort } from './words';

/** What the service is asked for: the spec without its display choices (at most the first 300 codes); null when no code is chosen. */
export function requestOf(spec: ChartProps<'matrix'>['spec']): CooccurrenceRequest | null {
  if (spec.codes.codeIds.length === 0) return null;
  return { codeIds: spec.codes.codeIds.slice(0, MAX_ANALYSIS_CODES), withChildren: spec.codes.withChildren, mode: spec.mode, within: spec.within, filters: spec.filters };
}

/**
 * The co-occurrence matrix alone (as in presentation mode): loads the counts for the spec, orders
 * the codes, draws the heat-map with its legend and totals, and opens a cell's extracts.
 */
export function MatrixChart({ spec, dataKey, presentation, onExportable, onOpenExtracts }: ChartProps<'matrix'>) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const rootRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const [scrollRef, stage] = useSize<HTMLDivElement>();
  const request = requestOf(spec);
  const requestKey = liveKey && request ? `${liveKey}|${JSON.stringify(request)}` : null;
  const result = useAsync(requestKey, () => api.analysis.cooccurrence(request!));
  const data = request ? result.data : undefined;

  const model = useMemo(() => (data ? matrixModel(data, spec.measure, spec.order) : null), [data, spec.measure, spec.order]);
  const modeText = t(modeShort[spec.mode], { within: spec.within });
  const format = (value: number) => formatValue(value, spec.measure, lang);
  const shown = model !== null && model.codes.length > 0 && model.max > 0;
  const passages = model ? model.codes.reduce((sum, c) => sum + c.passages, 0) : 0;
  const counts = model
    ? `${tc(model.codes.length, 'matrix.counts.codes', 'matrix.counts.codes.one')} · ${tc(passages, 'extracts.passages', 'extracts.passages.one')}`
    : '';

  const report = useEffectEvent((exportable: Parameters<typeof onExportable>[0]) => onExportable(exportable));
  useEffect(() => {
    if (!shown) {
      report(null);
      return;
    }
    report({ svg: () => svgRef.current, counts });
    return () => report(null);
  }, [shown, counts]);

  const palette = presentation ? presentationPalette : workspacePalette;
  const title = `${t('matrix.grid', { measure: t(measureLabel[spec.measure]), mode: modeText })}`;

  let body;
  if (!request) {
    body = <p className="matrix-chart__empty">{t('matrix.empty.codes')}</p>;
  } else if (!model) {
    body = (
      <p className="matrix-chart__empty" role="status">
        {t('matrix.loading')}
      </p>
    );
  } else if (!shown) {
    body = (
      <div className="matrix-chart__empty" role="status">
        <p>{t('matrix.empty.none')}</p>
        <p className="matrix-chart__empty-hint">{t('matrix.empty.noneHint')}</p>
      </div>
    );
  } else {
    const font = fontSize(presentation);
    const color = cellScale(model.max);
    const minValue = Math.min(...model.values.flatMap((row, i) => row.filter((v, j) => j !== i && v > 0)));
    const legendTitle = t(measureLabel[spec.measure]);
    const legendHelp = t(measureHelp[spec.measure]);
    const diagonal = t('matrix.legend.diagonal', { what: t(diagonalWord[diagonalOf(spec.measure)]) });
    const small = presentation ? font : font * 0.92;
    const legendWidth = Math.max(textWidth(`${legendTitle} — ${legendHelp}`, font, true), font * 17.5 + textWidth(diagonal, small));
    const valueSize = presentation ? font : font * 0.95;
    const valueWidth = Math.max(...model.values.flat().map((v) => textWidth(format(v), valueSize, true)), ...model.rowTotals.map((v) => textWidth(format(v), valueSize, true)));
    const measure = (text: string) => textWidth(text, font, true);
    let lines: string[][];
    let geometry: MatrixGeometry;
    let scale: number;
    if (presentation) {
      // For a room: the whole chart on the stage, its height included.
      ({ lines, geometry, scale } = stageLayout({ names: model.codes.map((c) => c.name), measure, valueWidth, legendWidth, totalHeaderWidth: measure(t(model.totalIsMax ? 'matrix.max' : 'matrix.total')), stage }));
    } else {
      lines = model.codes.map((c) => wrapLabel(c.name, labelLine(false), measure));
      geometry = matrixGeometry({ labelWidths: lines.map((l) => Math.max(...l.map(measure))), valueWidth, legendWidth, presentation });
      scale = fitScale(geometry.width, stage.width, presentation);
    }
    const words: GridWords = {
      title,
      totalHeader: t(model.totalIsMax ? 'matrix.max' : 'matrix.total'),
      cellLabel: (row, column, value) => t('matrix.cell', { row: row.path.split('/').join(' › '), column: column.path.split('/').join(' › '), value }),
      diagonalLabel: (code, value) => t('matrix.cell.diagonal', { name: code.path.split('/').join(' › '), value: `${value} ${t(diagonalWord[diagonalOf(spec.measure)])}` }),
      totalLabel: (code, value) => t(model.totalIsMax ? 'matrix.max.label' : 'matrix.total.label', { name: code.path.split('/').join(' › '), value }),
      format,
      formatCount: (value) => formatValue(value, 'count', lang),
    };
    const open = (i: number, j: number) => {
      const a = model.codes[i]!;
      const b = model.codes[j]!;
      onOpenExtracts({
        title: t('matrix.extracts', { a: a.path, b: b.path, mode: modeText }),
        load: () => api.analysis.cooccurrenceExtracts({ ...request, a: a.codeId, b: b.codeId, limit: 5_000 }),
      });
    };
    body = (
      <MatrixGrid
        svgRef={svgRef}
        model={model}
        lines={lines}
        scale={scale}
        geometry={geometry}
        color={color}
        palette={palette}
        words={words}
        onOpen={open}
        legend={
          <MatrixLegend
            geometry={geometry}
            title={legendTitle}
            help={legendHelp}
            min={format(minValue)}
            max={format(model.max)}
            range={t('matrix.legend.range', { min: format(minValue), max: format(model.max) })}
            diagonal={diagonal}
            ramp={(x) => color(minValue + x * (model.max - minValue))}
            ink={palette.ink}
            diagonalFill={palette.diagonalFill}
            diagonalStroke={palette.diagonalStroke}
          />
        }
      />
    );
  }

  return (
    <section ref={rootRef} aria-label={t('matrix.title')} className={`matrix-chart ${presentation ? 'matrix-chart--presentation' : ''}`} data-testid="matrix-chart" aria-busy={request !== null && result.loading}>
      {!presentation && shown ? (
        <div className="matrix-chart__head">
          <p className="matrix-chart__counts" data-testid="matrix-counts">
            {counts}
          </p>
          <p className="matrix-chart__hint">{t('matrix.hint')}</p>
          {spec.codes.codeIds.length > MAX_ANALYSIS_CODES ? (
            <p className="matrix-chart__hint" role="status">
              {t('matrix.tooMany', { max: MAX_ANALYSIS_CODES })}
            </p>
          ) : null}
        </div>
      ) : null}
      <div ref={scrollRef} className="matrix-chart__scroll">
        {body}
      </div>
    </section>
  );
}
