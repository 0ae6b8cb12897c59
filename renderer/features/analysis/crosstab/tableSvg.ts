import { cellValue, columnLabel, formatValue, largestValue, totalValue } from '../../../../shared/analysis/crosstab-table';
import type { Crosstab, CrosstabCell } from '../../../../shared/domain/analysis';
import type { Language } from '../../../../shared/i18n';
import { cellShade } from './colors';
import { chartSizes, fitText, FONT_FAMILY } from './geometry';

const NS = 'http://www.w3.org/2000/svg';

export interface TableWords {
  lang: Language;
  code: string;
  total: string;
  /** « n = 12 cas » */
  cases: (count: number) => string;
}

/**
 * The table drawn as a self-contained SVG (every colour and font written on its element, no CSS):
 * what the shell exports as SVG or PNG while the page shows the HTML table.
 */
export function tableSvg(table: Crosstab, cell: CrosstabCell, words: TableWords): SVGSVGElement {
  const size = chartSizes(false);
  const largest = largestValue(table, cell);
  const labels = table.columns.map((column) => columnLabel(column, words.lang));
  const names = table.rows.map((row) => row.path.replace(/\//g, ' › '));
  const first = Math.min(360, Math.max(words.code.length, ...names.map((n) => n.length)) * size.char + 20);
  const column = Math.min(180, Math.max(90, ...labels.map((l) => Math.min(l.length, 24) * size.char + 16)));
  const headerHeight = size.font * 3.4;
  const rowHeight = size.font * 2.2;
  const width = first + column * (table.columns.length + 1);
  const height = headerHeight + rowHeight * table.rows.length + 1;

  const svg = document.createElementNS(NS, 'svg');
  const set = (element: Element, attributes: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    return element;
  };
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = set(document.createElementNS(NS, name), attributes);
    if (text !== undefined) element.textContent = text;
    svg.append(element);
    return element;
  };
  set(svg, { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, 'font-size': size.font });
  add('rect', { x: 0, y: 0, width, height, fill: '#ffffff' });
  add('rect', { x: 0, y: 0, width, height: headerHeight, fill: '#eef0f2' });

  const text = (x: number, y: number, content: string, extra: Record<string, string | number> = {}) =>
    add('text', { x, y, fill: '#1b2228', ...extra }, content);
  text(10, headerHeight - size.font * 0.8, words.code, { 'font-weight': 700 });
  labels.forEach((label, c) => {
    const x = first + c * column + column / 2;
    text(x, headerHeight - size.font * 1.9, fitText(label, column - 10, size.char), { 'text-anchor': 'middle', 'font-weight': 700 });
    text(x, headerHeight - size.font * 0.8, words.cases(table.columns[c]!.cases), { 'text-anchor': 'middle', 'font-size': size.small, fill: '#505b65' });
  });
  text(first + table.columns.length * column + column / 2, headerHeight - size.font * 0.8, words.total, { 'text-anchor': 'middle', 'font-weight': 700 });

  table.rows.forEach((row, r) => {
    const y = headerHeight + r * rowHeight;
    const middle = y + rowHeight / 2 + size.font * 0.35;
    add('rect', { x: 10, y: y + rowHeight / 2 - 5, width: 10, height: 10, rx: 2, fill: row.color });
    text(28, middle, fitText(names[r]!, first - 34, size.char));
    table.columns.forEach((_, c) => {
      const value = cellValue(table, row, c, cell);
      const shade = cellShade(value, largest);
      add('rect', { x: first + c * column, y, width: column, height: rowHeight, fill: shade.fill, stroke: '#dcdfe3' });
      text(first + c * column + column / 2, middle, formatValue(value, cell, words.lang), { 'text-anchor': 'middle', fill: shade.text });
    });
    const x = first + table.columns.length * column;
    add('rect', { x, y, width: column, height: rowHeight, fill: '#f8f9fa', stroke: '#dcdfe3' });
    text(x + column / 2, middle, formatValue(totalValue(table, row, cell), cell, words.lang), { 'text-anchor': 'middle', 'font-weight': 700 });
  });
  add('line', { x1: 0, x2: width, y1: headerHeight, y2: headerHeight, stroke: '#c3c8ce' });
  return svg;
}
