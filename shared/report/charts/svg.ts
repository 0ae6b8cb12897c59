/**
 * What the report's charts share: the drawing width (so that a label of LABEL_SIZE units prints at
 * about 10.5 pt when the image fills the width of an A4 page), fonts, escaping and text colours.
 * The charts are SVG strings: no DOM, rasterised by the service.
 */
import { INK } from '../../analysis/contrast';
import { escapeXml } from '../../analysis/svg-caption';

/** Width of every chart, in SVG units. An A4 page with 2.5 cm margins prints 16 cm ≈ 453 pt: 1 unit ≈ 0.71 pt. */
export const CHART_WIDTH = 640;
/** Labels: 15 units ≈ 10.6 pt on paper. */
export const LABEL_SIZE = 15;
/** Small print (the legend's counts): 14 units ≈ 9.9 pt, never less. */
export const SMALL_SIZE = 14;
export const FONT_FAMILY = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
export { INK, textOn } from '../../analysis/contrast';
export const MUTED = '#4a5560';
export const RULE = '#c9d1d9';

export { escapeXml };

/** A number as a label: French digits (« 1 234 », « 0,25 »). */
export function numberLabel(value: number, digits = 0): string {
  return value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A label cut to `max` characters with an ellipsis (the whole text stays in the element's <title>). */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Words in lines of at most `max` characters, at most `lines` lines (the last one cut with an ellipsis). */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= max || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.map((l) => fit(l, max));
  const kept = out.slice(0, lines);
  kept[lines - 1] = fit(`${kept[lines - 1]!} ${out.slice(lines).join(' ')}`, max);
  return kept;
}

/** A text element; `attributes` are written as given (numbers and safe names), the text escaped. */
export function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** Two decimals at most: short files, the same bytes for the same chart. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The whole chart: white background, fonts, and a <title> for screen readers and file viewers. */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${LABEL_SIZE}" fill="${INK}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A code's colour as the chart paints it (`#rrggbb`, grey when the stored value is not one). */
export function codeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#888888';
}
