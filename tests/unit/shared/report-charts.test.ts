/**
 * The report's charts (shared/report/charts/), parsed back as XML: as many cells, bars, nodes and
 * links as the data has, every label there and escaped, the codes' own colours.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { barsSvg, ticks } from '../../../shared/report/charts/bars-svg';
import { mapLayout, mapSvg } from '../../../shared/report/charts/map-svg';
import { heatColor, matrixSvg } from '../../../shared/report/charts/matrix-svg';
import { CHART_WIDTH, LABEL_SIZE, textOn, wrap } from '../../../shared/report/charts/svg';

const TRICKY = 'A & <B>';

function parse(svg: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag)) as Element[];
const withAttribute = (doc: Document, tag: string, name: string) => all(doc, tag).filter((e) => e.hasAttribute(name));
const texts = (doc: Document) => all(doc, 'text').map((e) => e.textContent ?? '');

const codes = [
  { codeId: 1, name: 'Freins', color: '#C0392B', depth: 0, passages: 6 },
  { codeId: 2, name: TRICKY, color: '#2e86c1', depth: 1, passages: 3 },
  { codeId: 3, name: 'Processus internes', color: '#f39c12', depth: 1, passages: 2 },
];

describe('matrix heat map', () => {
  const svg = matrixSvg({
    title: `Co-occurrences de « ${TRICKY} »`,
    codes,
    pairs: [
      { a: 1, b: 2, passages: 2 },
      { a: 2, b: 3, passages: 1 },
    ],
    legend: { cells: 'Passages en co-occurrence', diagonal: 'Diagonale : passages du code' },
  });
  const doc = parse(svg);

  it('draws n × n cells, the diagonal in grey, pairs shaded by their count', () => {
    const cells = withAttribute(doc, 'rect', 'data-cell');
    expect(cells).toHaveLength(9);
    const fill = (a: number, b: number) => cells.find((c) => c.getAttribute('data-cell') === `${a}:${b}`)!.getAttribute('fill');
    expect(fill(1, 1)).toBe('#e4e7eb');
    // Symmetric; the largest value (2) the darkest, 1 lighter, 0 the empty shade.
    expect(fill(1, 2)).toBe(fill(2, 1));
    expect(fill(1, 2)).toBe(heatColor(2, 2));
    expect(fill(2, 3)).toBe(heatColor(1, 2));
    expect(fill(1, 3)).toBe('#f6f8fa');
    expect(heatColor(2, 2)).not.toBe(heatColor(1, 2));
  });

  it('names the rows with their number, numbers the columns, and escapes the names', () => {
    expect(svg).toContain('2. A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
    const labels = texts(doc);
    expect(labels).toEqual(expect.arrayContaining(['1', '2', '3', '1. Freins', `2. ${TRICKY}`, '3. Processus internes']));
    // « 2 »: the second column's number, the pair 1–2 in both its cells, Processus internes' 2 passages
    // on the diagonal, and the legend's largest value.
    expect(labels.filter((t) => t === '2')).toHaveLength(1 + 2 + 1 + 1);
    expect(all(doc, 'title')[0]!.textContent).toBe(`Co-occurrences de « ${TRICKY} »`);
  });

  it('writes the values in white on the darkest cells (d3 gives them as rgb()), dark on the lightest', () => {
    const value = (cell: string) => all(doc, 'text').find((t) => t.getAttribute('x') === cell.split(',')[0] && t.getAttribute('y') === cell.split(',')[1]);
    const darkest = withAttribute(doc, 'rect', 'data-cell').find((c) => c.getAttribute('data-cell') === '1:2')!;
    const x = Number(darkest.getAttribute('x')) + Number(darkest.getAttribute('width')) / 2;
    const y = Number(darkest.getAttribute('y')) + Number(darkest.getAttribute('height')) / 2 + LABEL_SIZE * 0.35;
    expect(heatColor(2, 2)).toMatch(/^rgb\(/);
    expect(value(`${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`)?.getAttribute('fill')).toBe('#ffffff');
    expect(textOn(heatColor(1, 10))).toBe('#1b2228');
    // The legend: two shades for a largest value of 2 (two swatches of 28 units, 14 high).
    expect(all(doc, 'rect').filter((r) => r.getAttribute('width') === '28')).toHaveLength(2);
  });

  it('keeps the rows of a large family tall enough for their labels (30 codes: narrow columns, 20-unit rows)', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ codeId: i + 1, name: `Code ${i + 1}`, color: '#336699', depth: 1, passages: 1 }));
    const big = parse(matrixSvg({ title: 'Grande famille', codes: many, pairs: [], legend: { cells: 'n12', diagonal: 'diagonale' } }));
    const labels = all(big, 'g').filter((g) => g.hasAttribute('data-row')).map((g) => Number(g.getElementsByTagName('text')[0]!.getAttribute('y')));
    expect(labels).toHaveLength(30);
    expect(Math.min(...labels.slice(1).map((y, i) => y - labels[i]!))).toBeGreaterThanOrEqual(LABEL_SIZE + 5 - 0.01);
    expect(withAttribute(big, 'rect', 'data-cell')).toHaveLength(900);
    expect(Number(big.documentElement!.getAttribute('width'))).toBe(CHART_WIDTH);
  });

  it('uses the codes’ own colours (lower case) for their swatches', () => {
    const fills = all(doc, 'rect').map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(expect.arrayContaining(['#c0392b', '#2e86c1', '#f39c12']));
  });

  it('prints labels at 15 units on a 640-unit drawing (about 10.5 pt across an A4 page)', () => {
    const root = doc.documentElement!;
    expect(Number(root.getAttribute('width'))).toBe(CHART_WIDTH);
    expect(Number(root.getAttribute('font-size'))).toBe(LABEL_SIZE);
    // 16 cm of text width = 453.5 pt for 640 units.
    expect((LABEL_SIZE * 453.5) / CHART_WIDTH).toBeGreaterThanOrEqual(10);
  });
});

describe('grouped bars of codes × attribute values', () => {
  const svg = barsSvg({
    title: 'Passages par valeur de « Branche »',
    values: ['Logement social', 'Missions locales', 'non renseigné'],
    codes: [
      { codeId: 2, name: TRICKY, color: '#2e86c1', counts: [1, 4, 0] },
      { codeId: 3, name: 'Processus internes', color: '#f39c12', counts: [0, 2, 1] },
    ],
    axis: 'Passages',
  });
  const doc = parse(svg);

  it('draws one bar per code and value, in the code’s colour, as tall as its count', () => {
    const bars = withAttribute(doc, 'rect', 'data-bar');
    expect(bars).toHaveLength(6);
    const bar = (code: number, value: number) => bars.find((b) => b.getAttribute('data-bar') === `${code}:${value}`)!;
    expect(bar(2, 1).getAttribute('fill')).toBe('#2e86c1');
    expect(bar(3, 0).getAttribute('fill')).toBe('#f39c12');
    const height = (code: number, value: number) => Number(bar(code, value).getAttribute('height'));
    expect(height(2, 1)).toBeCloseTo(2 * height(3, 1), 5);
    expect(height(2, 1)).toBeCloseTo(4 * height(2, 0), 5);
    expect(height(3, 0)).toBe(0);
  });

  it('labels the values and the codes, escaped', () => {
    const labels = texts(doc);
    expect(labels).toEqual(expect.arrayContaining(['Logement social', 'Missions locales', 'non renseigné', TRICKY, 'Processus internes', 'Passages']));
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
  });

  it('puts round ticks on the axis', () => {
    expect(ticks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(0)).toEqual([0, 1]);
  });
});

describe('theme map', () => {
  const input = {
    title: 'Carte des thèmes',
    nodes: codes.map(({ codeId, name, color, passages }) => ({ codeId, name, color, passages })),
    links: [
      { a: 1, b: 2, passages: 2 },
      { a: 2, b: 3, passages: 1 },
      // A pair outside the map is left out.
      { a: 2, b: 99, passages: 5 },
    ],
    positions: new Map<number, { x: number; y: number }>(),
    legend: { nodes: 'Surface : passages', links: 'Épaisseur : passages en co-occurrence' },
  };

  it('draws a circle per code in its colour and a line per pair that co-occurs, thicker for more', () => {
    const doc = parse(mapSvg(input));
    const nodes = withAttribute(doc, 'circle', 'data-node');
    expect(nodes.map((n) => [n.getAttribute('data-node'), n.getAttribute('fill')])).toEqual([
      ['1', '#c0392b'],
      ['2', '#2e86c1'],
      ['3', '#f39c12'],
    ]);
    // The area grows with the passages: 6 passages, the largest disc.
    const r = (id: string) => Number(nodes.find((n) => n.getAttribute('data-node') === id)!.getAttribute('r'));
    expect(r('1')).toBeGreaterThan(r('2'));
    expect(r('2')).toBeGreaterThan(r('3'));
    const links = withAttribute(doc, 'line', 'data-link');
    expect(links.map((l) => l.getAttribute('data-link'))).toEqual(['2:3', '1:2']);
    expect(Number(links[1]!.getAttribute('stroke-width'))).toBeGreaterThan(Number(links[0]!.getAttribute('stroke-width')));
    expect(texts(doc)).toEqual(expect.arrayContaining(['Freins (6)', `${TRICKY} (3)`, 'Processus internes (2)']));
  });

  it('places codes without a saved position on a circle, the first at the top, and fits saved ones in the box', () => {
    const box = { left: 0, top: 0, width: 200, height: 100 };
    const circle = mapLayout([1, 2, 3, 4], new Map(), box);
    // Top, right, bottom, left of the ellipse around (100, 50).
    expect([...circle.values()].map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [100, 0],
      [200, 50],
      [100, 100],
      [0, 50],
    ]);
    const saved = mapLayout(
      [1, 2],
      new Map([
        [1, { x: -500, y: 10 }],
        [2, { x: 500, y: 10 }],
      ]),
      box,
    );
    // 1 000 units wide into 200: the two at the left and right edges, on the middle line.
    expect([...saved.values()].map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [0, 50],
      [200, 50],
    ]);
    // The same input, the same drawing.
    expect(mapSvg(input)).toBe(mapSvg(input));
  });
});

describe('chart text', () => {
  it('wraps long values on two lines at most, and picks a readable text colour', () => {
    expect(wrap('Association de logement social du département', 20, 2)).toEqual(['Association de', 'logement social du…']);
    expect(textOn('#08306b')).toBe('#ffffff');
    expect(textOn('#f6f8fa')).toBe('#1b2228');
  });
});
