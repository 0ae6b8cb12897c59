/** Readable text on a coloured fill, for the charts of the screen and of the reports. */

/** The near-black of chart text. */
export const INK = '#1b2228';

/** The red, green and blue of `#rrggbb` or `rgb(r, g, b)` (d3's colour scales write the latter); grey otherwise. */
export function channels(color: string): [number, number, number] {
  if (/^#[0-9a-f]{6}$/i.test(color)) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /^rgb\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)$/.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [136, 136, 136];
}

/** Relative luminance (WCAG) of a colour. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** White on dark fills, near-black on light ones: whichever contrasts more. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / (luminance(INK) + 0.05) ? '#ffffff' : INK;
}
