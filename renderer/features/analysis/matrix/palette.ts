/** The chart's colours, written into the SVG (it is exported without the page's stylesheet). */
export interface ChartPalette {
  background: string;
  ink: string;
  muted: string;
  empty: string;
  emptyStroke: string;
  cellStroke: string;
  diagonalFill: string;
  diagonalStroke: string;
  highlight: string;
  band: string;
  focus: string;
}

export const workspacePalette: ChartPalette = {
  background: '#ffffff',
  ink: '#1b2228',
  muted: '#505b65',
  empty: '#ffffff',
  emptyStroke: '#dcdfe3',
  cellStroke: '#ffffff',
  diagonalFill: '#e3e6ea',
  diagonalStroke: '#8a949e',
  highlight: '#7fb8be',
  band: '#e4f1f2',
  focus: '#0b4f56',
};

/** For a projector: black ink, firmer lines. */
export const presentationPalette: ChartPalette = {
  ...workspacePalette,
  ink: '#000000',
  muted: '#1b2228',
  emptyStroke: '#9aa3ab',
  diagonalFill: '#d5d9de',
  diagonalStroke: '#1b2228',
};
