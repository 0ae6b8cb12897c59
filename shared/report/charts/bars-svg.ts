/**
 * Codes × values of an attribute as grouped bars: one group per value (« Missions locales »,
 * « Logement social »…), in it one bar per code in the code's colour, its height the passages of the
 * code for cases with that value; a y axis with round ticks and a legend of the codes underneath.
 */
import { CHART_WIDTH, LABEL_SIZE, MUTED, RULE, SMALL_SIZE, codeColor, escapeXml, fit, numberLabel, round, svgDocument, text, wrap } from './svg';

export interface BarsChartInput {
  title: string;
  /** The attribute's values (« non renseigné » already put in words). */
  values: string[];
  /** One series per code: `counts[i]` is its passages for `values[i]`. */
  codes: { codeId: number; name: string; color: string; counts: number[] }[];
  /** The y axis's name (« Passages »). */
  axis: string;
}

/** Round ticks from 0 to at least `max`: 1, 2 or 5 times a power of ten apart, about five of them. */
export function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const wholeStep = Math.max(1, step);
  const out: number[] = [];
  for (let v = 0; v < max + wholeStep; v += wholeStep) out.push(Math.round(v));
  return out;
}

const CHAR = LABEL_SIZE * 0.6;
/** A value's label takes at most this many lines under its group. */
const VALUE_LINES = 3;

export function barsSvg(input: BarsChartInput): string {
  const margin = 16;
  const axisWidth = 44;
  const plotLeft = margin + axisWidth;
  const plotRight = CHART_WIDTH - margin;
  const plotTop = margin + LABEL_SIZE + 20;
  const plotHeight = 240;
  const plotBottom = plotTop + plotHeight;
  const m = Math.max(1, input.values.length);
  const n = Math.max(1, input.codes.length);
  const group = (plotRight - plotLeft) / m;
  const bar = Math.min(40, (group * 0.8) / n);
  const max = Math.max(0, ...input.codes.flatMap((c) => c.counts));
  const scale = ticks(max);
  const top = scale[scale.length - 1]!;
  const yOf = (v: number) => plotBottom - (plotHeight * v) / top;
  const body: string[] = [];

  body.push(text(margin, margin + LABEL_SIZE * 0.8, input.axis, { 'font-size': SMALL_SIZE, fill: MUTED }));
  for (const tick of scale) {
    const y = yOf(tick);
    body.push(`<line x1="${round(plotLeft)}" x2="${round(plotRight)}" y1="${round(y)}" y2="${round(y)}" stroke="${tick === 0 ? MUTED : RULE}" stroke-width="1"/>`);
    body.push(text(plotLeft - 8, y + SMALL_SIZE * 0.35, numberLabel(tick), { 'text-anchor': 'end', 'font-size': SMALL_SIZE, fill: MUTED }));
  }
  const labelChars = Math.max(6, Math.floor((group - 6) / CHAR));
  input.values.forEach((value, i) => {
    const groupLeft = plotLeft + i * group + (group - bar * input.codes.length) / 2;
    input.codes.forEach((code, j) => {
      const v = code.counts[i] ?? 0;
      const x = groupLeft + j * bar;
      const y = yOf(v);
      body.push(
        `<rect data-bar="${code.codeId}:${i}" x="${round(x + 1)}" y="${round(y)}" width="${round(Math.max(1, bar - 2))}" height="${round(plotBottom - y)}" fill="${codeColor(code.color)}"><title>${escapeXml(`${code.name} · ${value} : ${v}`)}</title></rect>`,
      );
      if (v > 0 && bar >= 16) body.push(text(x + bar / 2, y - 4, numberLabel(v), { 'text-anchor': 'middle', 'font-size': SMALL_SIZE }));
    });
    wrap(value, labelChars, VALUE_LINES).forEach((line, k) => {
      body.push(text(plotLeft + i * group + group / 2, plotBottom + 20 + k * (LABEL_SIZE + 3), line, { 'text-anchor': 'middle', 'data-value': i }));
    });
  });

  // Legend: the codes with their colours, in two columns when every name fits in one.
  const lines = Math.max(1, ...input.values.map((v) => wrap(v, labelChars, VALUE_LINES).length));
  const half = Math.floor(((CHART_WIDTH - margin * 2) / 2 - 28) / CHAR);
  const columns = input.codes.every((c) => [...c.name].length <= half) ? 2 : 1;
  const columnWidth = (CHART_WIDTH - margin * 2) / columns;
  const legendTop = plotBottom + 20 + lines * (LABEL_SIZE + 3) + 8;
  const nameChars = Math.floor((columnWidth - 28) / CHAR);
  input.codes.forEach((code, k) => {
    const x = margin + (k % columns) * columnWidth;
    const y = legendTop + Math.floor(k / columns) * (LABEL_SIZE + 8);
    body.push(`<rect x="${round(x)}" y="${round(y)}" width="14" height="14" rx="2" fill="${codeColor(code.color)}"/>`);
    body.push(text(x + 20, y + 12, fit(code.name, nameChars), { 'data-legend': code.codeId }));
  });
  const height = legendTop + Math.ceil(n / columns) * (LABEL_SIZE + 8) + margin;
  return svgDocument(CHART_WIDTH, height, input.title, body);
}
