import { interpolateBlues, interpolateSinebow, schemeTableau10 } from 'd3-scale-chromatic';

const DARK = '#1b2228';
const LIGHT = '#ffffff';

/** The red, green and blue of `#rrggbb` or `rgb(r, g, b)` (what d3-scale-chromatic gives). */
function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

function hexOf(color: string): string {
  return `#${channels(color)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

function luminance(color: string): number {
  const [r, g, b] = channels(color);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Dark or white text, whichever contrasts more with the background. */
export function textOn(background: string): string {
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance(DARK) + 0.05);
  return onWhite > onDark ? LIGHT : DARK;
}

/** A cell's shade: white for 0, deeper blue as the value nears the largest cell, with readable text on it. */
export function cellShade(value: number, largest: number): { fill: string; text: string } {
  if (value <= 0 || largest <= 0) return { fill: LIGHT, text: DARK };
  const fill = hexOf(interpolateBlues(0.08 + Math.min(1, value / largest) * 0.8));
  return { fill, text: textOn(fill) };
}

/** One colour per column of the bars, told apart at a glance (Tableau 10, then evenly around the wheel). */
export function columnColors(count: number): string[] {
  if (count <= schemeTableau10.length) return schemeTableau10.slice(0, count);
  return Array.from({ length: count }, (_, i) => hexOf(interpolateSinebow(i / count)));
}
