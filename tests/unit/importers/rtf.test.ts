import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowBlock, FlowParagraph, FlowTable } from '../../../shared/import/flow';
import { parseDocx } from '../../../electron/importers/docx';
import { ImportError } from '../../../electron/importers/import-error';
import { parseRtf } from '../../../electron/importers/rtf';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));
/** RTF source written here in ASCII with \'hh escapes, as real RTF is. */
const rtf = (source: string): Uint8Array => new Uint8Array(Buffer.from(source, 'latin1'));

function problem(bytes: Uint8Array): string {
  try {
    parseRtf(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return 'none';
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const tableTexts = (blocks: FlowBlock[]): string[][][] =>
  blocks.filter((b): b is FlowTable => b.type === 'table').map((t) => t.rows.map((row) => row.map((cell) => normalise(cell.paragraphs.map((p) => p.text).join(' ')))));
const paragraphs = (blocks: FlowBlock[]): FlowParagraph[] => blocks.filter((b): b is FlowParagraph => b.type === 'paragraph');

describe('parseRtf on the day-1 observation sheet saved as RTF by LibreOffice', () => {
  const flow = parseRtf(fixture('fiche-observation-j1-aide-domicile.rtf'));
  const docx = parseDocx(fixture('fiche-observation-j1-aide-domicile.docx'));

  it('gives the same paragraphs and headings as the .docx version', () => {
    expect(paragraphs(flow.blocks)).toEqual(paragraphs(docx.blocks));
    expect(flow.blocks[0]).toEqual({ type: 'paragraph', text: 'Premier jour : observation générale des pratiques', headingLevel: 1 });
    expect(flow.blocks[1]).toEqual({
      type: 'paragraph',
      text: "Binôme B12 — Médiateur numérique : Karim (pseudonyme) — Professionnelle : responsable de secteur, service d'aide à domicile. Zone 2.",
    });
    expect(paragraphs(flow.blocks).filter((p) => p.headingLevel === 2).map((p) => p.text)).toEqual([
      'Séquence 1 : le professionnel présente sa structure, son environnement, ses publics',
      'Séquence 4 : le médiateur numérique observe les pratiques du professionnel',
      'Séquence 6 : débrief de fin de journée',
    ]);
  });

  it('gives the same two 3-column tables, cell for cell, as the .docx version', () => {
    const tables = tableTexts(flow.blocks);
    expect(tables).toEqual(tableTexts(docx.blocks));
    expect(tables).toHaveLength(2);
    expect(tables[0]![0]).toEqual(['LES SITUATIONS OBSERVÉES SONT :', 'EN QUOI CELA VOUS INTERPELLE ?', 'EN QUOI CES PRATIQUES SONT SIMILAIRES OU DIFFÉRENTES DES VÔTRES ?']);
    expect(tables[1]![0]).toEqual(['LES QUESTIONS', 'RETOUR DU MÉDIATEUR NUMÉRIQUE', 'RETOUR DU PROFESSIONNEL']);
    const cells = flow.blocks.filter((b): b is FlowTable => b.type === 'table').flatMap((t) => t.rows.flat());
    expect(cells.every((c) => c.colSpan === 1 && !c.mergedAbove)).toBe(true);
  });

  it('decodes accents and French punctuation from \\uN and \\\'hh', () => {
    const texts = tableTexts(flow.blocks).flat(2);
    expect(texts).toContain("Réunion d'équipe : une auxiliaire dit qu'elle n'ose pas utiliser la tablette fournie.");
    expect(texts).toContain('La responsable reçoit un fils de bénéficiaire qui conteste une facture en ligne.');
    expect(texts).toContain('Le lien de confiance est très fort, plus fort que dans un espace public numérique.');
    expect(texts).toContain('Elle imprime tout : elle dit que « le papier rassure » les familles.');
    expect(flow.metadata).toEqual({ title: "Fiche d'observation — Jour 1" });
  });
});

describe('parseRtf on RTF details', () => {
  const header =
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times{\\*\\falt Serif};}{\\f1\\fswiss\\fcharset204 Arial Cyr;}}" +
    '{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2 Titre 2;}{\\s3\\outlinelevel2 Niveau;}{\\*\\cs10 Default Paragraph Font;}}' +
    "{\\info{\\title Fiche d\\'e9mo}{\\author Karim}{\\operator X}{\\creatim\\yr2023\\mo3\\dy14\\hr9\\min30}{\\revtim\\yr0\\mo0\\dy0}}" +
    '{\\*\\generator Writer}{\\header {\\pard en-t\\\'eate\\par}}\n';

  it('reads characters: code page, \\uN with \\ucN fallbacks, symbols, font charsets, hidden text and fields', () => {
    const body =
      "\\pard\\plain \\s0 C\\'9cur \\'ab\\~l\\rquote accueil\\~\\'bb \\emdash  \\ldblquote ok\\rdblquote\\tab fin\\line suite\\par " +
      '\\pard {\\uc2 \\u8217\\\'92\\\'92 x}\\u339\\\'9c{\\v cach\\\'e9}{\\f1 \\\'e0\\\'e1}\\par ' +
      '\\pard {\\field{\\*\\fldinst HYPERLINK "https://exemple.fr"}{\\fldrslt lien}} et note{\\footnote \\pard note\\par}.\\par ' +
      '{\\pict\\wmetafile8 0a0b}\\pard vide{\\*\\bkmkstart b}\\par }';
    const flow = parseRtf(rtf(header + body));
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Cœur «\u00a0l\u2019accueil\u00a0» \u2014 \u201cok\u201d\tfin\nsuite' },
      { type: 'paragraph', text: '\u2019 xœаб' },
      { type: 'paragraph', text: 'lien et note.' },
      { type: 'paragraph', text: 'vide' },
    ]);
    expect(flow.metadata).toEqual({ title: 'Fiche démo', author: 'Karim', created: '2023-03-14T09:30' });
  });

  it('finds headings from stylesheet names and outline levels, and list items from \\ls and \\listtext', () => {
    const body =
      '\\pard\\s1 Titre un\\par \\pard\\s2 Titre deux\\par \\pard\\s3 Par le style\\par \\pard\\outlinelevel0 Direct\\par ' +
      "\\pard\\ls1{\\listtext \\'95\\tab}Premier\\par \\pard{\\pntext \\'b7\\tab}Second\\par \\pard Texte\\par }";
    expect(parseRtf(rtf(header + body)).blocks).toEqual([
      { type: 'paragraph', text: 'Titre un', headingLevel: 1 },
      { type: 'paragraph', text: 'Titre deux', headingLevel: 2 },
      { type: 'paragraph', text: 'Par le style', headingLevel: 3 },
      { type: 'paragraph', text: 'Direct', headingLevel: 1 },
      { type: 'paragraph', text: 'Premier', listItem: true },
      { type: 'paragraph', text: 'Second', listItem: true },
      { type: 'paragraph', text: 'Texte' },
    ]);
  });

  it('rebuilds tables: spans from cell edges and \\clmgf/\\clmrg, vertical merges, several paragraphs per cell', () => {
    const row = (defs: string, cells: string[]): string => `\\trowd\\trleft0${defs}${cells.map((c) => `\\pard\\intbl ${c}\\cell `).join('')}\\row `;
    const body =
      '\\pard Avant\\par ' +
      row('\\cellx3000\\cellx6000\\cellx9000', ['Question', 'M\\\'e9diateur', 'Professionnel']) +
      row('\\cellx9000', ['Recensement des besoins']) +
      row('\\clvmgf\\cellx3000\\clmgf\\cellx6000\\clmrg\\cellx9000', ['Fusion', 'Large', '']) +
      row('\\clvmrg\\cellx3000\\cellx6005\\cellx9000', ['', 'un\\par deux', 'C']) +
      '\\pard Apr\\\'e8s\\par }';
    const flow = parseRtf(rtf(header + body));
    const cell = (...texts: string[]): FlowParagraph[] => texts.map((text) => ({ type: 'paragraph', text }));
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Avant' },
      {
        type: 'table',
        rows: [
          [{ paragraphs: cell('Question'), colSpan: 1 }, { paragraphs: cell('Médiateur'), colSpan: 1 }, { paragraphs: cell('Professionnel'), colSpan: 1 }],
          [{ paragraphs: cell('Recensement des besoins'), colSpan: 3 }],
          [{ paragraphs: cell('Fusion'), colSpan: 1 }, { paragraphs: cell('Large'), colSpan: 2 }],
          [{ paragraphs: [], colSpan: 1, mergedAbove: true }, { paragraphs: cell('un', 'deux'), colSpan: 1 }, { paragraphs: cell('C'), colSpan: 1 }],
        ],
      },
      { type: 'paragraph', text: 'Après' },
    ]);
  });
});

describe('parseRtf on unreadable files', () => {
  it('reports an empty file as EMPTY_FILE', () => {
    expect(problem(new Uint8Array())).toBe('EMPTY_FILE');
  });

  it('reports a file that is not RTF, and a truncated RTF (unbalanced braces), as CORRUPT_FILE', () => {
    expect(problem(rtf('Bonjour, ceci est du texte.'))).toBe('CORRUPT_FILE');
    expect(problem(fixture('fiche-observation-j1-aide-domicile.docx'))).toBe('CORRUPT_FILE');
    const whole = fixture('fiche-observation-j1-aide-domicile.rtf');
    expect(problem(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('CORRUPT_FILE');
    expect(problem(rtf('{\\rtf1\\ansi {\\b gras} texte'))).toBe('CORRUPT_FILE');
  });
});
