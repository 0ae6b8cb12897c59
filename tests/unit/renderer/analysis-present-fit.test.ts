import { describe, expect, it } from 'vitest';
import { chartSizes, fitBars } from '../../../renderer/features/analysis/crosstab/geometry';
import { stageLayout } from '../../../renderer/features/analysis/matrix/layout';

/** Half an em a character at the room's 26 px: widths worked by hand. */
const measure = (text: string) => text.length * 13;

const demo = [
  'Accueil et confiance',
  'Appui sur la médiation numérique du territoire',
  'Besoin global',
  'Besoin numérique',
  'Besoins de formation des professionnels',
  'Écoute et approfondissement',
  'Information et solutions',
  'Liés aux publics',
  "Manque de ressources ou d'information",
  'Mise en capacité',
  'Posture ou compétence',
  'Processus internes',
];

describe('the matrix on a presentation stage', () => {
  it('heads the 12 demo codes’ columns by numbers and gives the cells the height left over', () => {
    const { geometry, lines, scale } = stageLayout({ names: demo, measure, valueWidth: 15, legendWidth: 700, totalHeaderWidth: 65, stage: { width: 1800, height: 870 } });
    // Names upright above the columns would need 1 347 px: numbers instead (« 12 » is 26 px wide).
    expect(geometry.numberWidth).toBe(26);
    // Header 23 + 26 + 12 + 20 + 12 = 93; legend 31 + 99; pad 23: 870 − 246 = 624 = 12 × 52.
    expect(geometry.cell).toBe(52);
    expect(geometry.height).toBe(870);
    // 52 px is less than two lines (64): every name on one line, the widest 46 × 13 = 598 px.
    expect(lines[1]).toEqual(['Appui sur la médiation numérique du territoire']);
    // Totals: « Total » (65 px) and 12 px on each side, wider than 1.2 cells (63).
    expect(geometry.totals).toBe(89);
    expect(geometry.width).toBe(1475);
    expect(scale).toBe(1);
    expect(geometry.valueFont).toBe(26);
    expect(geometry.smallFont).toBe(26);
  });

  it('keeps the names above the columns when they fit', () => {
    const { geometry, scale } = stageLayout({ names: ['Accueil', 'Écoute', 'Besoin global'], measure, valueWidth: 15, legendWidth: 700, totalHeaderWidth: 65, stage: { width: 1800, height: 870 } });
    expect(geometry.numberWidth).toBe(0);
    expect(geometry.height).toBe(658);
    expect(scale).toBe(1);
  });

  it('shrinks no text under 24 px: forty codes scroll', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Code ${i + 1}`);
    const { geometry, scale } = stageLayout({ names, measure, valueWidth: 15, legendWidth: 700, totalHeaderWidth: 65, stage: { width: 1800, height: 870 } });
    expect(geometry.cell).toBe(39);
    expect(scale).toBe(24 / 26);
    expect(geometry.height * scale).toBeGreaterThan(870);
  });
});

describe('the bars on a presentation stage', () => {
  const sizes = chartSizes(true, 1800);

  it('fits 12 codes × 3 columns in 845 px: 20 px bars, 8 px between codes', () => {
    // 845 / 12 = 70.4 a code: (70.4 − 8) / 3 → 20 px bars; two lines (62.4 px) of name fit.
    expect(fitBars({ rows: 12, columns: 3, room: 845, sizes })).toEqual({ bar: 20, gap: 8, lines: 2 });
  });

  it('keeps the thickest bars and gaps when there is room', () => {
    expect(fitBars({ rows: 4, columns: 3, room: 2000, sizes })).toEqual({ bar: 26, gap: 16, lines: 2 });
  });

  it('goes no thinner than 18 px, the names on one line, when the codes cannot fit', () => {
    expect(fitBars({ rows: 12, columns: 3, room: 300, sizes })).toEqual({ bar: 18, gap: 8, lines: 1 });
  });
});
