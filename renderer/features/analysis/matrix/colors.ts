import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';

/** Cell colours: from a pale blue (the smallest value above 0) to a deep blue (the largest). */
export function cellScale(max: number): (value: number) => string {
  const scale = scaleSequential((t: number) => interpolateBlues(0.12 + 0.83 * t)).domain([0, Math.max(max, Number.EPSILON)]);
  return (value) => scale(value);
}

/** Relative luminance (WCAG) of `rgb(r, g, b)` or `#rrggbb`. */
export function luminance(color: string): number {
  const rgb = color.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
    : (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** White on dark cells, near-black on light ones: whichever contrasts more. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / (0.0152 + 0.05) ? '#ffffff' : '#1b2228';
}
