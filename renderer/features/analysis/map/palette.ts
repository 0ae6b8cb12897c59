/**
 * The map's colours and font, written as SVG attributes (an exported SVG needs no stylesheet).
 * The presentation palette is darker and heavier for a projector.
 */
export interface MapPalette {
  font: string;
  background: string;
  text: string;
  halo: string;
  haloWidth: number;
  labelWeight: number;
  nodeStroke: string;
  nodeStrokeWidth: number;
  edge: string;
  edgeOpacity: number;
  edgeHover: string;
  pin: string;
  legendFill: string;
  legendStroke: string;
  legendMark: string;
}

const font = "'Segoe UI', 'Noto Sans', Roboto, Ubuntu, Cantarell, 'Helvetica Neue', Arial, sans-serif";

export const workspacePalette: MapPalette = {
  font,
  background: '#ffffff',
  text: '#1b2228',
  halo: '#ffffff',
  haloWidth: 3.5,
  labelWeight: 500,
  nodeStroke: '#ffffff',
  nodeStrokeWidth: 1.5,
  edge: '#5f6b76',
  edgeOpacity: 0.45,
  edgeHover: '#0e6a73',
  pin: '#1b2228',
  legendFill: '#ffffff',
  legendStroke: '#c3c8ce',
  legendMark: '#505b65',
};

export const presentationPalette: MapPalette = {
  ...workspacePalette,
  text: '#000000',
  haloWidth: 6,
  labelWeight: 600,
  nodeStroke: '#000000',
  nodeStrokeWidth: 2,
  edge: '#2b333b',
  edgeOpacity: 0.6,
  pin: '#000000',
  legendStroke: '#000000',
  legendMark: '#000000',
};
