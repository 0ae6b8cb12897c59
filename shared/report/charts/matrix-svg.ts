/**
 * The co-occurrence matrix of a family as a heat map: one row and one column per code (columns
 * numbered, rows named with their number and colour), each cell shaded by its co-occurring passages
 * (n12) on a blue scale, the diagonal the code's own passages in grey, and a legend underneath.
 */
import { interpolateBlues } from 'd3-scale-chromatic';
import { CHART_WIDTH, INK, escapeXml, LABEL_SIZE, MUTED, RULE, SMALL_SIZE, codeColor, fit, numberLabel, round, svgDocument, text, textOn } from './svg';

export interface MatrixChartCode {
  codeId: number;
  name: string;
  color: string;
  /** 0 for a family, 1 for its codes… (indents the row label). */
  depth: number;
  /** The code's own passages (the diagonal). */
  passages: number;
}

export interface MatrixChartPair {
  a: number;
  b: number;
  /** n12. */
  passages: number;
}

export interface MatrixChartInput {
  title: string;
  codes: MatrixChartCode[];
  pairs: MatrixChartPair[];
  /** Words of the legend, in the report's language. */
  legend: { cells: string; diagonal: string };
}

/** Cell colours: from a pale blue (the smallest value above 0) to a deep blue (the largest). */
export function heatColor(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '#f6f8fa';
  return interpolateBlues(0.15 + 0.8 * Math.min(1, value / max));
}

const CHAR = LABEL_SIZE * 0.6;

export function matrixSvg(input: MatrixChartInput): string {
  const n = input.codes.length;
  const margin = 16;
  const inner = CHART_WIDTH - margin * 2;
  // The labels take what the longest one needs (at least 180 units), the cells shrinking from 44 to
  // 24 units for it; past that the labels are cut with an ellipsis.
  const needed = Math.max(180, ...input.codes.map((c, i) => Math.min(3, c.depth) * 12 + 26 + [...`${i + 1}. ${c.name}`].length * CHAR));
  const cell = n === 0 ? 44 : Math.min(44, (inner - 180) / n, Math.max(24, (inner - needed) / n));
  const label = inner - n * cell;
  // Rows stay tall enough for their label, even when many columns make the cells narrow.
  const row = Math.max(cell, LABEL_SIZE + 5);
  const showValues = cell >= 22;
  const top = margin + LABEL_SIZE + 12;
  const left = margin + label;
  const value = new Map<string, number>();
  for (const pair of input.pairs) {
    value.set(`${pair.a}:${pair.b}`, pair.passages);
    value.set(`${pair.b}:${pair.a}`, pair.passages);
  }
  const max = Math.max(0, ...input.pairs.map((p) => p.passages));
  const body: string[] = [];

  input.codes.forEach((code, j) => {
    body.push(text(left + j * cell + cell / 2, top - 8, String(j + 1), { 'text-anchor': 'middle', 'font-weight': 600, 'data-column': code.codeId }));
  });
  input.codes.forEach((code, i) => {
    const y = top + i * row;
    const indent = Math.min(3, code.depth) * 12;
    const maxChars = Math.max(6, Math.floor((label - indent - 26) / CHAR));
    body.push(`<rect x="${round(margin + indent)}" y="${round(y + row / 2 - 6)}" width="12" height="12" rx="2" fill="${codeColor(code.color)}"/>`);
    body.push(`<g data-row="${code.codeId}"><title>${escapeXml(code.name)}</title>${text(margin + indent + 18, y + row / 2 + LABEL_SIZE * 0.35, fit(`${i + 1}. ${code.name}`, maxChars))}</g>`);
    input.codes.forEach((column, j) => {
      const x = left + j * cell;
      const diagonal = i === j;
      const v = diagonal ? code.passages : (value.get(`${code.codeId}:${column.codeId}`) ?? 0);
      const fill = diagonal ? '#e4e7eb' : heatColor(v, max);
      body.push(`<rect data-cell="${code.codeId}:${column.codeId}" x="${round(x)}" y="${round(y)}" width="${round(cell)}" height="${round(row)}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`);
      if (showValues && v > 0) {
        body.push(text(x + cell / 2, y + row / 2 + LABEL_SIZE * 0.35, numberLabel(v), { 'text-anchor': 'middle', fill: diagonal ? MUTED : textOn(fill), ...(diagonal ? { 'font-style': 'italic' } : {}) }));
      }
    });
  });
  body.push(`<rect x="${round(left)}" y="${round(top)}" width="${round(n * cell)}" height="${round(n * row)}" fill="none" stroke="${RULE}"/>`);

  // Legend: the scale from 1 to the largest value (when a pair co-occurs), then what the diagonal holds.
  let y = top + n * row + 24;
  // As many steps as values, five at most: a largest value of 2 shows two shades, not five.
  const steps = Math.max(1, Math.min(5, max));
  const swatch = 28;
  body.push(text(margin, y + 14, input.legend.cells, { 'font-size': SMALL_SIZE, fill: MUTED }));
  y += 24;
  let x = margin;
  if (max > 0) {
    for (let s = 0; s < steps; s++) {
      const v = steps === max ? s + 1 : Math.max(1, Math.round((max * (s + 1)) / steps));
      body.push(`<rect x="${round(margin + s * swatch)}" y="${round(y)}" width="${swatch}" height="14" fill="${heatColor(v, max)}"/>`);
    }
    body.push(text(margin + (max > 1 ? 0 : swatch / 2), y + 32, numberLabel(1), { 'font-size': SMALL_SIZE, fill: MUTED, ...(max > 1 ? {} : { 'text-anchor': 'middle' }) }));
    if (max > 1) body.push(text(margin + steps * swatch, y + 32, numberLabel(max), { 'font-size': SMALL_SIZE, fill: MUTED, 'text-anchor': 'end' }));
    x = margin + steps * swatch + 24;
  }
  body.push(`<rect x="${round(x)}" y="${round(y)}" width="14" height="14" fill="#e4e7eb"/>`);
  body.push(text(x + 20, y + 12, input.legend.diagonal, { 'font-size': SMALL_SIZE, fill: INK }));
  return svgDocument(CHART_WIDTH, y + 44, input.title, body);
}

