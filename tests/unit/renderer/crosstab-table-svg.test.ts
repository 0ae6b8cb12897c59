import { describe, expect, it } from 'vitest';
import { tableSvgMarkup } from '../../../renderer/features/analysis/crosstab/tableSvg';
import type { Crosstab } from '../../../shared/domain/analysis';

const table: Crosstab = {
  attributes: [{ id: 1, name: 'Rôle' }],
  columns: [
    { values: ['Professionnel'], cases: 2 },
    { values: [null], cases: 1 },
  ],
  rows: [
    {
      codeId: 10,
      path: 'Freins/Liés aux publics',
      color: '#e74c3c',
      cells: [
        { passages: 2, documents: 2, cases: 2 },
        { passages: 0, documents: 0, cases: 0 },
      ],
      total: { passages: 2, documents: 2, cases: 2 },
    },
    {
      codeId: 11,
      path: 'Freins/R&D <test>',
      color: '#f39c12',
      cells: [
        { passages: 1, documents: 1, cases: 1 },
        { passages: 1, documents: 1, cases: 1 },
      ],
      total: { passages: 2, documents: 2, cases: 2 },
    },
  ],
};
const words = { lang: 'fr' as const, code: 'Code', total: 'Total', cases: (n: number) => `n = ${n} cas` };

describe('the code × attribute table as SVG', () => {
  const markup = tableSvgMarkup(table, 'casePercent', words);
  const texts = [...markup.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attributes: m[1]!, content: m[2]! }));

  it('writes the headings, each column’s cases, the codes and the shares of cases', () => {
    expect(texts.map((t) => t.content)).toEqual([
      'Code',
      'Professionnel',
      'n = 2 cas',
      '(non renseigné)',
      'n = 1 cas',
      'Total',
      'Freins › Liés aux publics',
      '100\u00a0%', // 2 of 2
      '0\u00a0%',
      '66,7\u00a0%', // total: 2 of 3 cases
      'Freins › R&amp;D &lt;test&gt;',
      '50\u00a0%',
      '100\u00a0%',
      '66,7\u00a0%',
    ]);
  });

  it('needs no stylesheet: every text has its fill, font and size, and nothing has a class', () => {
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(markup).not.toContain('class=');
    expect(markup).not.toContain('var(--');
    for (const t of texts) {
      expect(t.attributes).toMatch(/ fill="#[0-9a-f]{6}"/);
      expect(t.attributes).toContain(' font-family="');
      expect(t.attributes).toMatch(/ font-size="\d+"/);
    }
  });

  it('shades the largest cell deepest, with white text on it, and leaves 0 white', () => {
    const cells = [...markup.matchAll(/<rect x="\d+(?:\.\d+)?" y="\d+(?:\.\d+)?" width="\d+" height="\d+" fill="(#[0-9a-f]{6})" stroke="#dcdfe3"\/><text[^>]* fill="(#[0-9a-f]{6})"[^>]*>([^<]*)</g)].map((m) => ({ fill: m[1], text: m[2], value: m[3] }))
      // The totals sit on their own grey, unshaded.
      .filter((c) => c.fill !== '#f8f9fa');
    expect(cells.map((c) => c.value)).toEqual(['100\u00a0%', '0\u00a0%', '50\u00a0%', '100\u00a0%']);
    expect(cells[0]!.fill).toBe(cells[3]!.fill);
    expect(cells[0]!.text).toBe('#ffffff');
    expect(cells[1]).toMatchObject({ fill: '#ffffff', text: '#1b2228' });
    expect(cells[2]!.fill).not.toBe('#ffffff');
    expect(cells[2]!.fill).not.toBe(cells[0]!.fill);
  });
});
