/** Sizes shared by the bar chart and the table drawn as SVG: ordinary, or for a room (≥ 24 px at 1920 × 1080). */
export interface ChartSizes {
  font: number;
  small: number;
  width: number;
  /** An average character's width, to lay out text without measuring it. */
  char: number;
}

/** The page's own fonts (tokens.css), written out so an exported SVG needs no stylesheet. */
export const FONT_FAMILY = "'Segoe UI Variable Text', 'Segoe UI', -apple-system, 'SF Pro Text', Inter, 'Noto Sans', Roboto, Ubuntu, Arial, sans-serif";

export function chartSizes(presentation: boolean, width = presentation ? 1760 : 860): ChartSizes {
  return presentation ? { font: 26, small: 24, width, char: 26 * 0.56 } : { font: 13, small: 12, width, char: 13 * 0.56 };
}

/** Text cut to about `room` pixels, with an ellipsis. */
export function fitText(text: string, room: number, char: number): string {
  const most = Math.max(3, Math.floor(room / char));
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

/** Items laid out left to right, wrapping to new lines: where each starts, and the lines' count. */
export function wrapItems(widths: readonly number[], room: number, gap: number): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > room) {
      x = 0;
      line += 1;
    }
    const at = { x, line };
    x += w + gap;
    return at;
  });
}

/** Text broken at spaces into at most `most` lines of about `room` pixels, the last one cut with an ellipsis. */
export function wrapText(text: string, room: number, char: number, most: number): string[] {
  const width = Math.max(3, Math.floor(room / char));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= most) return lines.map((l) => fitText(l, room, char));
  const kept = lines.slice(0, most);
  kept[most - 1] = fitText(`${kept[most - 1]} ${lines[most]}`, room, char);
  if (!kept[most - 1]!.endsWith('…')) kept[most - 1] = `${kept[most - 1]!.slice(0, -1)}…`;
  return kept;
}

/** How thick the bars are, the gap between two codes, and how many lines a code's name may take. */
export interface BarsFit {
  bar: number;
  gap: number;
  lines: number;
}

/**
 * The bars for a room, fitted to the height at hand, the texts keeping their size: the gaps
 * between codes narrower and the bars thinner (down to three quarters of the values' size, so
 * that two values never touch), the names on two lines only where a code has the height for
 * them. When even the least of each is too high, it scrolls.
 */
export function fitBars({ rows, columns, room, sizes }: { rows: number; columns: number; room: number; sizes: ChartSizes }): BarsFit {
  const { font, small } = sizes;
  const line = font * 1.2;
  const most = { bar: small + 2, gap: Math.round(font * 0.6) };
  const least = { bar: Math.ceil(small * 0.75), gap: Math.round(font * 0.3) };
  const group = room / Math.max(1, rows);
  const lines = group - least.gap >= 2 * line ? 2 : 1;
  // The gaps give way before the bars: two values beside two bars must not touch.
  const bar = Math.min(most.bar, Math.max(least.bar, Math.floor((group - least.gap) / columns)));
  const gap = Math.min(most.gap, Math.max(least.gap, Math.floor(group - Math.max(bar * columns, lines * line))));
  return { bar, gap, lines };
}
