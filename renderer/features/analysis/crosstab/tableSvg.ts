import { cellValue, columnLabel, formatValue, largestValue, totalValue } from '../../../../shared/analysis/crosstab-table';
import type { Crosstab, CrosstabCell } from '../../../../shared/domain/analysis';
import type { Language } from '../../../../shared/i18n';
import { cellShade } from './colors';
import { chartSizes, fitText, FONT_FAMILY } from './geometry';

const NS = 'http://www.w3.org/2000/svg';
const TEXT = '#1b2228';

export interface TableWords {
  lang: Language;
  code: string;
  total: string;
  /** « n = 12 cas » */
  cases: (count: number) => string;
}

type Attributes = Record<string, string | number>;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(name: string, attributes: Attributes, text?: string): string {
  const list = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escape(String(value))}"`)
    .join('');
  return text === undefined ? `<${name}${list}/>` : `<${name}${list}>${escape(text)}</${name}>`;
}

/**
 * The table drawn as self-contained SVG markup: every colour, font and size written on its own
 * element, no class and no stylesheet. What the shell exports as SVG or PNG while the page shows
 * the HTML table.
 */
export function tableSvgMarkup(table: Crosstab, cell: CrosstabCell, words: TableWords): string {
  const size = chartSizes(false);
  const largest = largestValue(table, cell);
  const labels = table.columns.map((column) => columnLabel(column, words.lang));
  const names = table.rows.map((row) => row.path.replace(/\//g, ' › '));
  const first = Math.round(Math.min(360, Math.max(words.code.length, ...names.map((n) => n.length)) * size.char + 40));
  const column = Math.round(Math.min(180, Math.max(90, ...labels.map((l) => Math.min(l.length, 24) * size.char + 16))));
  const headerHeight = Math.round(size.font * 3.4);
  const rowHeight = Math.round(size.font * 2.2);
  const width = first + column * (table.columns.length + 1);
  const height = headerHeight + rowHeight * table.rows.length + 1;

  const parts: string[] = [];
  const text = (x: number, y: number, content: string, extra: Attributes = {}) =>
    parts.push(element('text', { x, y, fill: TEXT, 'font-family': FONT_FAMILY, 'font-size': size.font, ...extra }, content));
  parts.push(element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  parts.push(element('rect', { x: 0, y: 0, width, height: headerHeight, fill: '#eef0f2' }));
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
    parts.push(element('rect', { x: 10, y: y + rowHeight / 2 - 5, width: 10, height: 10, rx: 2, fill: row.color }));
    text(28, middle, fitText(names[r]!, first - 34, size.char));
    table.columns.forEach((_, c) => {
      const value = cellValue(table, row, c, cell);
      const shade = cellShade(value, largest);
      parts.push(element('rect', { x: first + c * column, y, width: column, height: rowHeight, fill: shade.fill, stroke: '#dcdfe3' }));
      text(first + c * column + column / 2, middle, formatValue(value, cell, words.lang), { 'text-anchor': 'middle', fill: shade.text });
    });
    const x = first + table.columns.length * column;
    parts.push(element('rect', { x, y, width: column, height: rowHeight, fill: '#f8f9fa', stroke: '#dcdfe3' }));
    text(x + column / 2, middle, formatValue(totalValue(table, row, cell), cell, words.lang), { 'text-anchor': 'middle', 'font-weight': 700 });
  });
  parts.push(element('line', { x1: 0, x2: width, y1: headerHeight, y2: headerHeight, stroke: '#c3c8ce' }));
  const root = { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, 'font-size': size.font };
  return `${element('svg', root).slice(0, -2)}>${parts.join('')}</svg>`;
}

/** The same, as an <svg> element (not in the page). */
export function tableSvg(table: Crosstab, cell: CrosstabCell, words: TableWords): SVGSVGElement {
  return new DOMParser().parseFromString(tableSvgMarkup(table, cell, words), 'image/svg+xml').documentElement as unknown as SVGSVGElement;
}
