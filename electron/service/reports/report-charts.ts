/**
 * The report's charts: SVG drawn by the pure builders of shared/report/charts/, rasterised to PNG
 * by resvg at 1600 pixels wide (sharp on paper at the width of the page).
 */
import { Resvg } from '@resvg/resvg-js';
import type { ReportChart } from '../../../shared/domain/report';
import { barsSvg } from '../../../shared/report/charts/bars-svg';
import { mapSvg } from '../../../shared/report/charts/map-svg';
import { matrixSvg } from '../../../shared/report/charts/matrix-svg';
import type { MapPosition } from '../../../shared/domain/analysis';
import { t } from '../exports/extracts-rows';
import type { ReportData } from './report-data';

export interface ChartImage {
  chart: ReportChart;
  title: string;
  svg: string;
  png: Uint8Array;
  /** Pixels of the PNG. */
  width: number;
  height: number;
}

/** Width of the PNG in pixels. */
export const PNG_WIDTH = 1600;

/** « non renseigné » for a case without a value. */
export const valueLabel = (value: string | null) => value ?? t('reports.table.missing');

/** The SVG of one chart, or null when it cannot be drawn (bars without an attribute, no code). */
export function chartSvg(chart: ReportChart, data: ReportData, positions: readonly MapPosition[]): { title: string; svg: string } | null {
  const family = data.family.name;
  const totals = new Map(data.matrix.codes.map((c) => [c.codeId, c]));
  const ids = new Set(data.codes.map((c) => c.codeId));
  const pairs = data.matrix.pairs.filter((p) => ids.has(p.a) && ids.has(p.b));
  if (chart === 'matrix') {
    const title = t('reports.chart.matrix', { family });
    const codes = data.codes.map((c) => ({ codeId: c.codeId, name: c.name, color: c.color, depth: c.depth, passages: totals.get(c.codeId)?.passages ?? 0 }));
    return { title, svg: matrixSvg({ title, codes, pairs, legend: { cells: t('reports.chart.matrix.cells'), diagonal: t('reports.chart.matrix.diagonal') } }) };
  }
  if (chart === 'crosstab') {
    if (!data.attribute) return null;
    const title = t('reports.chart.crosstab', { name: data.attribute.name });
    const codes = data.codes.map((c) => ({ codeId: c.codeId, name: c.name, color: c.color, counts: c.byValue.map((v) => v.passages) }));
    return { title, svg: barsSvg({ title, values: data.attribute.values.map((v) => valueLabel(v.value)), codes, axis: t('reports.chart.crosstab.axis') }) };
  }
  const title = t('reports.chart.map', { family });
  const nodes = data.codes.map((c) => ({ codeId: c.codeId, name: c.name, color: c.color, passages: totals.get(c.codeId)?.passages ?? 0 }));
  const saved = new Map(positions.filter((p) => ids.has(p.codeId)).map((p) => [p.codeId, { x: p.x, y: p.y }]));
  return { title, svg: mapSvg({ title, nodes, links: pairs, positions: saved, legend: { nodes: t('reports.chart.map.nodes'), links: t('reports.chart.map.links') } }) };
}

/** The SVG as a PNG, `PNG_WIDTH` pixels wide, with the system's fonts. */
export function rasterise(svg: string): { png: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: PNG_WIDTH }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** The chosen charts in the order asked, each once; those that cannot be drawn are left out. */
export function chartImages(charts: readonly ReportChart[], data: ReportData, positions: readonly MapPosition[]): ChartImage[] {
  const out: ChartImage[] = [];
  for (const chart of [...new Set(charts)]) {
    const drawn = chartSvg(chart, data, positions);
    if (!drawn) continue;
    out.push({ chart, ...drawn, ...rasterise(drawn.svg) });
  }
  return out;
}
