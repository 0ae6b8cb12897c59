/**
 * An exported view as one SVG file: the title above the chart, the chart's own <svg> (legend
 * included) as it was drawn, and a caption band below (counts, filters in words, date). Works on
 * the chart's markup as text, so it is pure and testable without a DOM; the page only serialises
 * the chart (renderer/features/analysis/export/).
 */
import type { Caption } from './caption';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartMarkup {
  /** One <svg> element as text (an XML declaration before it is dropped). */
  svg: string;
  width: number;
  height: number;
}

export interface SvgLayout {
  fontFamily: string;
  /** Margin around the title, the chart and the caption. */
  margin: number;
  titleSize: number;
  captionSize: number;
  /** Narrowest file, so a small chart still has room for its caption. */
  minWidth: number;
}

export const defaultLayout: SvgLayout = {
  fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif",
  margin: 24,
  titleSize: 22,
  captionSize: 14,
  minWidth: 560,
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Words in lines of at most `max` characters (a word longer than that stays whole on its line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The whole file: XML declaration, a white page, the title, the chart at its size, the caption band. */
export function composeSvg(chart: ChartMarkup, caption: Caption, layout: SvgLayout = defaultLayout): { text: string; width: number; height: number } {
  const { margin, titleSize, captionSize } = layout;
  const width = Math.ceil(Math.max(layout.minWidth, chart.width + 2 * margin));
  // About 0.55 em per character in a sans-serif face: wrap to the page's width.
  const perLine = Math.max(20, Math.floor((width - 2 * margin) / (captionSize * 0.55)));
  const titleLines = wrapWords(caption.title, Math.max(16, Math.floor((width - 2 * margin) / (titleSize * 0.58))));
  const captionLines = caption.lines.flatMap((line) => wrapWords(line, perLine));
  const titleLead = titleSize * 1.3;
  const captionLead = captionSize * 1.45;
  const chartTop = margin + titleLines.length * titleLead + margin / 2;
  const bandTop = chartTop + chart.height + margin;
  const height = Math.ceil(bandTop + captionLines.length * captionLead + margin);
  const chartLeft = round((width - chart.width) / 2);
  const inner = chart.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trim();

  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(layout.fontFamily)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="export-title" font-size="${titleSize}" font-weight="700" fill="#1b2228">`,
    ...titleLines.map((line, i) => `<text x="${margin}" y="${round(margin + titleSize + i * titleLead)}">${escapeXml(line)}</text>`),
    '</g>',
    `<g class="export-chart" transform="translate(${chartLeft} ${round(chartTop)})">`,
    inner,
    '</g>',
    `<line x1="${margin}" x2="${width - margin}" y1="${round(bandTop - margin / 2)}" y2="${round(bandTop - margin / 2)}" stroke="#c3c8ce" stroke-width="1"/>`,
    `<g class="export-caption" font-size="${captionSize}" fill="#505b65">`,
    ...captionLines.map((line, i) => `<text x="${margin}" y="${round(bandTop + captionSize + i * captionLead)}">${escapeXml(line)}</text>`),
    '</g>',
    '</svg>',
  ];
  return { text: parts.join('\n'), width, height };
}
