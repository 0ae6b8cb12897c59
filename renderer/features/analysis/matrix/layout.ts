import { wrapLabel } from './wrap';

/**
 * Where everything of the matrix stands, in SVG pixels: labels are measured so that none is cut,
 * column labels are turned upright (read from bottom to top), names of two lines fit a cell, the
 * grid is square, a totals column on its right and the legend under it. Pure: the caller gives the
 * measured widths.
 */
export interface MatrixGeometry {
  font: number;
  /** Margin around everything; the legend starts there. */
  pad: number;
  /** Side of a cell. */
  cell: number;
  swatch: number;
  gap: number;
  /** The grid's top-left corner. */
  left: number;
  top: number;
  /** Width of the totals column. */
  totals: number;
  legendTop: number;
  width: number;
  height: number;
  /** Size of the values in the cells and of the legend's small print. */
  valueFont: number;
  smallFont: number;
  /**
   * Presentation of many codes: the columns are headed by the codes' numbers (the rows give
   * « 1 Accueil et confiance »), so that the grid fits a screen's height; 0 when headed by names.
   */
  numberWidth: number;
}

export interface GeometryInput {
  /** Width of each code's name (its widest line), in the order of the rows (and columns). */
  labelWidths: readonly number[];
  /** The widest value a cell or a total shows. */
  valueWidth: number;
  /** The widest line of the legend. */
  legendWidth: number;
  /** Labels of at least 24 px for a room. */
  presentation: boolean;
}

/** The chart's font size: the workspace's reading size, or a room's. */
export function fontSize(presentation: boolean): number {
  return presentation ? 26 : 13;
}

/** Line height of a name on two lines, in font sizes. */
export const LINE = 1.1;

/** The widest line a label may take before it wraps on two. */
export function labelLine(presentation: boolean): number {
  return presentation ? 320 : 150;
}

/**
 * How much the chart is shrunk to fit the width it has: never below the size where its labels
 * would turn unreadable (about 10 px in the workspace, 24 px in a room); then it scrolls.
 */
export function fitScale(width: number, available: number, presentation: boolean): number {
  if (available <= 0 || width <= available) return 1;
  const floor = presentation ? 24 / fontSize(true) : 10 / fontSize(false);
  return Math.max(floor, available / width);
}

export function matrixGeometry({ labelWidths, valueWidth, legendWidth, presentation }: GeometryInput): MatrixGeometry {
  const font = fontSize(presentation);
  const pad = Math.round(font * 0.9);
  const swatch = Math.round(font * 0.75);
  const gap = Math.round(font * 0.45);
  // Two lines of a name stand side by side in a column.
  const cell = Math.max(Math.ceil(font * LINE * 2 + 4), Math.ceil(valueWidth + font * 0.9));
  const widest = Math.max(0, ...labelWidths);
  const n = labelWidths.length;
  const left = pad + swatch + gap + widest + gap * 2;
  const top = pad + Math.ceil(widest + swatch + gap * 2);
  const totals = Math.max(Math.ceil(cell * 1.2), Math.ceil(valueWidth + font * 1.4));
  const gridRight = left + n * cell + totals;
  const legendTop = top + n * cell + Math.round(font * 1.8);
  const legendHeight = Math.round(font * 6.4);
  const width = Math.ceil(Math.max(gridRight, pad + legendWidth) + pad);
  const height = Math.ceil(legendTop + legendHeight + pad);
  return { font, pad, cell, swatch, gap, left, top, totals, legendTop, width, height, valueFont: Math.round(font * 0.95), smallFont: Math.round(font * 0.92), numberWidth: 0 };
}

/** The smallest size a room reads: no text of the chart is drawn smaller once shrunk to fit. */
export const ROOM_FONT = 24;

export interface StageInput {
  /** Each code's name, in the order of the rows. */
  names: readonly string[];
  /** Width of a text at the chart's font (bold, as the highlighted row is). */
  measure: (text: string) => number;
  valueWidth: number;
  legendWidth: number;
  /** Width of the totals column's heading (« Total »), in bold. */
  totalHeaderWidth: number;
  /** The stage's inner size; 0 × 0 until it is laid out. */
  stage: { width: number; height: number };
}

export interface StageLayout {
  geometry: MatrixGeometry;
  /** Each code's name on one or two lines. */
  lines: string[][];
  /** Drawn this much smaller (or 1); at ROOM_FONT / font when even that does not fit, and then it scrolls. */
  scale: number;
}

/**
 * The matrix for a room, fitted to the stage's width and height: every text at least 24 px. The
 * columns keep the codes' names (turned upright) when the whole fits that way; otherwise they are
 * headed by numbers, the cells take the height left over (between a value's width and three lines
 * of text) and the names go on two lines only when a cell is high enough for them.
 */
export function stageLayout({ names, measure, valueWidth, legendWidth, totalHeaderWidth, stage }: StageInput): StageLayout {
  const font = fontSize(true);
  const floor = ROOM_FONT / font;
  const fit = (g: MatrixGeometry) => (stage.width > 0 && stage.height > 0 ? Math.min(1, stage.width / g.width, stage.height / g.height) : 1);
  const widest = (lines: string[][]) => lines.map((l) => Math.max(...l.map(measure)));
  const wrapped = names.map((name) => wrapLabel(name, labelLine(true), measure));

  const named = { ...matrixGeometry({ labelWidths: widest(wrapped), valueWidth, legendWidth, presentation: true }), valueFont: font, smallFont: font };
  if (fit(named) >= floor) return { geometry: named, lines: wrapped, scale: fit(named) };

  const n = names.length;
  const pad = Math.round(font * 0.9);
  const swatch = Math.round(font * 0.75);
  const gap = Math.round(font * 0.45);
  const numberWidth = Math.ceil(measure(String(n)));
  // The number over the swatch above each column.
  const top = pad + font + gap + swatch + gap;
  const legendGap = Math.round(font * 1.2);
  const legendHeight = Math.round(font * 3.8);
  const fixed = top + legendGap + legendHeight + pad;
  const twoLines = Math.ceil(font * LINE * 2 + 6);
  const least = Math.max(Math.ceil(font * LINE + 8), Math.ceil(valueWidth + font * 0.9));
  const room = stage.height > 0 ? Math.floor((stage.height - fixed) / n) : twoLines;
  const cell = Math.min(Math.ceil(font * 3), Math.max(least, room));
  const lines = cell >= twoLines ? wrapped : names.map((name) => [name]);
  const labels = Math.max(0, ...widest(lines));
  // « 12 ■ Processus internes », then the grid.
  const left = pad + numberWidth + gap * 2 + swatch + gap + labels + gap * 3;
  const totals = Math.max(Math.ceil(cell * 1.2), Math.ceil(valueWidth + font * 1.4), Math.ceil(totalHeaderWidth + gap * 2));
  const legendTop = top + n * cell + legendGap;
  const geometry: MatrixGeometry = {
    font,
    pad,
    cell,
    swatch,
    gap,
    left,
    top,
    totals,
    legendTop,
    width: Math.ceil(Math.max(left + n * cell + totals, pad + legendWidth) + pad),
    height: Math.ceil(legendTop + legendHeight + pad),
    valueFont: font,
    smallFont: font,
    numberWidth,
  };
  return { geometry, lines, scale: Math.max(floor, fit(geometry)) };
}
