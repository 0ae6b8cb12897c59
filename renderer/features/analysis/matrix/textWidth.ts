/** The font the chart's SVG names explicitly (it must read the same once exported, without the page's CSS). */
export const chartFont = "'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

/** The width of a label in the chart's font, measured on a canvas; an estimate where there is none. */
export function textWidth(text: string, size: number, bold = false): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.58;
  context.font = `${bold ? 700 : 400} ${size}px ${chartFont}`;
  return context.measureText(text).width;
}
