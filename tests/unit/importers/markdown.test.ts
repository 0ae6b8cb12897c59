import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../electron/importers/markdown';

const md = (text: string) => parseMarkdown(new TextEncoder().encode(text));

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and list items, without inline markup or link URLs', () => {
    const flow = md(
      [
        '# Entretien *E03* — conseillère habitat',
        '',
        'Texte avec **gras**, _italique_, `code` et [un lien](https://exemple.fr "titre") &amp; une suite',
        'sur deux lignes.',
        '',
        '## Thèmes',
        '',
        '- la **peur** de cliquer',
        '* les identifiants',
        '  - trois comptes',
        '',
        '1. équipement',
        '2. formation',
        '',
        '> Une dame m’a dit : « je perds mon dossier ».',
        '',
        '![capture](img.png)',
        '',
        '---',
      ].join('\n'),
    );
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Entretien E03 — conseillère habitat', headingLevel: 1 },
      { type: 'paragraph', text: 'Texte avec gras, italique, code et un lien & une suite\nsur deux lignes.' },
      { type: 'paragraph', text: 'Thèmes', headingLevel: 2 },
      { type: 'paragraph', text: 'la peur de cliquer', listItem: true },
      { type: 'paragraph', text: 'les identifiants', listItem: true },
      { type: 'paragraph', text: 'trois comptes', listItem: true },
      { type: 'paragraph', text: 'équipement', listItem: true },
      { type: 'paragraph', text: 'formation', listItem: true },
      { type: 'paragraph', text: 'Une dame m’a dit : « je perds mon dossier ».' },
    ]);
  });

  it('splits a paragraph of one turn per line into turns, as for plain text', () => {
    const flow = md('**Q :** Comment les familles vous contactent-elles ?\n**R :** Par l’application.\n**Q :** Et vous ?\n');
    expect(flow.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      'Q : Comment les familles vous contactent-elles ?',
      'R : Par l’application.',
      'Q : Et vous ?',
    ]);
  });

  it('reads YAML front matter as metadata and tables as tables', () => {
    const flow = md('---\ntitle: "Entretien E03"\nauthor: Agence\n---\n\n| Question | Réponse |\n|---|---|\n| Durée | **52** min |\n| Lieu | |\n');
    expect(flow.metadata).toEqual({ title: 'Entretien E03', author: 'Agence' });
    expect(flow.blocks).toEqual([
      {
        type: 'table',
        rows: [
          [
            { paragraphs: [{ type: 'paragraph', text: 'Question' }], colSpan: 1 },
            { paragraphs: [{ type: 'paragraph', text: 'Réponse' }], colSpan: 1 },
          ],
          [
            { paragraphs: [{ type: 'paragraph', text: 'Durée' }], colSpan: 1 },
            { paragraphs: [{ type: 'paragraph', text: '52 min' }], colSpan: 1 },
          ],
          [{ paragraphs: [{ type: 'paragraph', text: 'Lieu' }], colSpan: 1 }, { paragraphs: [], colSpan: 1 }],
        ],
      },
    ]);
  });
});
