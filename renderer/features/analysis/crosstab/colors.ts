import { interpolateBlues, interpolateSinebow, schemeTableau10 } from 'd3-scale-chromatic';
import { channels, INK, textOn } from '../../../../shared/analysis/contrast';

export { textOn };

const LIGHT = '#ffffff';

function hexOf(color: string): string {
  return `#${channels(color)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A cell's shade: white for 0, deeper blue as the value nears the largest cell, with readable text on it. */
export function cellShade(value: number, largest: number): { fill: string; text: string } {
  if (value <= 0 || largest <= 0) return { fill: LIGHT, text: INK };
  const fill = hexOf(interpolateBlues(0.08 + Math.min(1, value / largest) * 0.8));
  return { fill, text: textOn(fill) };
}

/** One colour per column of the bars, told apart at a glance (Tableau 10, then evenly around the wheel). */
export function columnColors(count: number): string[] {
  if (count <= schemeTableau10.length) return schemeTableau10.slice(0, count);
  return Array.from({ length: count }, (_, i) => hexOf(interpolateSinebow(i / count)));
}
