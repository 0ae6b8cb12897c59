import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { captionOf, filterPhrases, formatDay } from '../../../shared/analysis/caption';
import { composeSvg, escapeXml, wrapWords } from '../../../shared/analysis/svg-caption';
import type { ExtractFacets } from '../../../shared/domain/extract';

const facets: ExtractFacets = {
  documents: [
    { id: 1, name: 'E01 Sonia', codings: 4 },
    { id: 2, name: 'B04 Animation', codings: 2 },
  ],
  groups: [{ id: 5, name: 'Entretiens', documents: 8 }],
  cases: [{ id: 9, name: 'Binôme 3', documents: 2 }],
  attributes: [
    { id: 3, name: 'Branche', type: 'text', values: [{ value: 'Missions locales', cases: 2 }] },
    { id: 4, name: 'Zone', type: 'text', values: [{ value: 'Zone 5', cases: 1 }] },
  ],
  structure: [],
  coders: [{ id: 7, name: 'Alice', color: '#333' }].map((c) => ({ ...c, codings: 3 })),
};

describe('the caption of an exported view', () => {
  it('says every filter in words, names resolved with the facets, in the filter panel’s order', () => {
    const phrases = filterPhrases(
      {
        codedTo: '2026-03-31',
        coderIds: [7],
        structure: [{ field: 'block', values: ['Recensement des freins'] }],
        attributes: [
          { attributeId: 3, values: ['Missions locales', 'Logement social'] },
          { attributeId: 4, values: ['Zone 5'] },
        ],
        caseIds: [9],
        groupIds: [5],
        documentIds: [2, 1],
        codedFrom: '2026-03-03',
      },
      facets,
      'fr',
    );
    expect(phrases).toEqual([
      'Documents : B04 Animation, E01 Sonia',
      'Groupes : Entretiens',
      'Cas : Binôme 3',
      'Branche = Missions locales ou Logement social',
      'Zone = Zone 5',
      'Bloc = Recensement des freins',
      'Codé par Alice',
      'Codé du 3 mars 2026 au 31 mars 2026',
    ]);
  });

  it('shows an id the facets do not know (deleted since) as its number, and a lone date bound', () => {
    expect(filterPhrases({ documentIds: [42], attributes: [{ attributeId: 8, values: ['Oui'] }], codedFrom: '2026-01-15' }, facets, 'fr')).toEqual([
      'Documents : #42',
      '#8 = Oui',
      'Codé depuis le 15 janvier 2026',
    ]);
    expect(filterPhrases({ codedTo: '2026-12-01', keyQuotesOnly: true }, null, 'fr')).toEqual(['Codé jusqu’au 1 décembre 2026', 'Citations clés seulement']);
  });

  it('puts counts, filters (or « Sans filtre ») and the day of the export in the lines, in French or English', () => {
    const date = new Date('2026-11-23T16:05:00Z');
    expect(captionOf({ title: ' Freins × Branche ', counts: '12 codes · 340 passages', filters: { attributes: [{ attributeId: 3, values: ['Missions locales'] }] }, facets, date, lang: 'fr' })).toEqual({
      title: 'Freins × Branche',
      lines: ['12 codes · 340 passages', 'Filtres : Branche = Missions locales', 'Balise, 23 novembre 2026'],
    });
    expect(captionOf({ title: 'Map', counts: '', filters: {}, facets: null, date, lang: 'en' }).lines).toEqual(['No filter', 'Balise, 23 November 2026']);
    expect(formatDay('2026-03-03', 'fr')).toBe('3 mars 2026');
  });
});

describe('the exported SVG file', () => {
  const chart = {
    svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><rect width="10" height="10" fill="#0e6a73"/><text x="5" y="20" font-size="12">Freins &amp; besoins</text></svg>',
    width: 400,
    height: 300,
  };
  const caption = { title: 'Co-occurrences « Freins »', lines: ['15 codes · 42 passages', 'Filtres : Branche = Missions locales', 'Balise, 23 novembre 2026'] };

  it('is well-formed XML with an svg root that sets its size, viewBox and namespace', () => {
    const out = composeSvg(chart, caption);
    const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
    const root = doc.documentElement!;
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    // 400 + 2 × 24 margin; 24 margin + 1 title line (22 × 1.3) + 12, chart 300, 24, 3 lines × 14 × 1.45, 24.
    expect(out.width).toBe(560);
    expect(root.getAttribute('width')).toBe('560');
    expect(out.height).toBe(Math.ceil(24 + 28.6 + 12 + 300 + 24 + 3 * 20.3 + 24));
    expect(root.getAttribute('viewBox')).toBe(`0 0 560 ${out.height}`);
    expect(root.getAttribute('font-family')).toContain('sans-serif');
  });

  it('holds the title, the chart unchanged (centred) and every caption line as text', () => {
    const doc = new DOMParser().parseFromString(composeSvg(chart, caption).text, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(['Co-occurrences « Freins »', 'Freins & besoins', ...caption.lines]);
    const inner = doc.getElementsByTagName('svg')[1]!;
    expect(inner.getAttribute('width')).toBe('400');
    expect(inner.parentNode!.nodeName).toBe('g');
    expect((inner.parentNode as unknown as Element).getAttribute('transform')).toBe('translate(80 64.6)');
  });

  it('wraps a long filter line to the page’s width and escapes markup in titles', () => {
    expect(wrapWords('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapWords('anticonstitutionnellement x', 5)).toEqual(['anticonstitutionnellement', 'x']);
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    const long = { title: 'A < B', lines: [Array.from({ length: 40 }, (_, i) => `Valeur${i}`).join(' ')] };
    const out = composeSvg(chart, long);
    const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
    const captionTexts = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'export-caption')!.getElementsByTagName('text');
    // 512 px of text at 14 × 0.55 px per character: 66 characters a line. Valeur0–7 (8 words of 7), then
    // Valeur8–14 (2 of 7 + 5 of 8), then 7 words of 8 a line for the 25 left: 7, 7, 7, 4. Six lines.
    expect(captionTexts.length).toBe(6);
    expect(captionTexts[0]!.textContent).toBe('Valeur0 Valeur1 Valeur2 Valeur3 Valeur4 Valeur5 Valeur6 Valeur7');
    expect(captionTexts[5]!.textContent).toBe('Valeur36 Valeur37 Valeur38 Valeur39');
    expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('A < B');
  });
});
