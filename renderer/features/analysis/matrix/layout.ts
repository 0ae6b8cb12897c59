/**
 * Where everything of the matrix stands, in SVG pixels: labels are measured so that none is cut,
 * column labels are rotated by 45°, the grid is square, a totals column on its right and the
 * legend under it. Pure: the caller gives the measured widths.
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
  /** Width of each code's name, in the order of the rows (and columns). */
  labelWidths: readonly number[];
  /** The widest value a cell or a total shows. */
  valueWidth: number;
  /** The widest line of the legend. */
  legendWidth: number;
  /** Labels of at least 24 px for a room. */
  presentation: boolean;
}

const SIN45 = Math.SQRT1_2;

/** The chart's font size: the workspace's reading size, or a room's. */
export function fontSize(presentation: boolean): number {
  return presentation ? 26 : 13;
}

export function matrixGeometry({ labelWidths, valueWidth, legendWidth, presentation }: GeometryInput): MatrixGeometry {
  const font = fontSize(presentation);
  const pad = Math.round(font * 0.9);
  const swatch = Math.round(font * 0.75);
  const gap = Math.round(font * 0.45);
  const cell = Math.max(presentation ? 84 : 42, Math.ceil(valueWidth + font * 1.1));
  const widest = Math.max(0, ...labelWidths);
  const n = labelWidths.length;
  const left = pad + swatch + gap + widest + gap * 2;
  // A rotated label rises by its length × sin 45° (plus the height of its letters).
  const top = pad + Math.ceil((widest + swatch + gap) * SIN45 + font * 1.2);
  const totals = Math.max(Math.ceil(cell * 1.3), Math.ceil(valueWidth + font * 1.4));
  const gridRight = left + n * cell + totals;
  // … and reaches right by as much from the middle of its column.
  const labelsRight = Math.max(0, ...labelWidths.map((w, i) => left + (i + 0.5) * cell + (w + swatch + gap) * SIN45 + font));
  const legendTop = top + n * cell + Math.round(font * 1.8);
  const legendHeight = Math.round(font * 6.4);
  const width = Math.ceil(Math.max(gridRight, labelsRight, pad + legendWidth) + pad);
  const height = Math.ceil(legendTop + legendHeight + pad);
  return { font, pad, cell, swatch, gap, left, top, totals, legendTop, width, height };
}
