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
  return { font, pad, cell, swatch, gap, left, top, totals, legendTop, width, height };
}
