import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FlowBlock, FlowParagraph, FlowTable } from '../../../shared/import/flow';
import { interpretFlow } from '../../../shared/import/structure';
import { parseDocx } from '../../../electron/importers/docx';
import { ImportError } from '../../../electron/importers/import-error';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx: the parts given, zipped as Word does (paths relative to the package root). */
function makeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

function problem(bytes: Uint8Array): string {
  try {
    parseDocx(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return 'none';
}

const tables = (blocks: FlowBlock[]): FlowTable[] => blocks.filter((b): b is FlowTable => b.type === 'table');
const paragraphs = (blocks: FlowBlock[]): FlowParagraph[] => blocks.filter((b): b is FlowParagraph => b.type === 'paragraph');
const rowTexts = (table: FlowTable): string[][] => table.rows.map((row) => row.map((cell) => cell.paragraphs.map((p) => p.text).join('\n')));

describe('parseDocx on the day-2 observation sheet (mission locale)', () => {
  const flow = parseDocx(fixture('fiche-observation-j2-mission-locale.docx'));

  it('reads the heading and the paragraphs before the first table, with heading levels from the styles', () => {
    expect(flow.blocks.slice(0, 3)).toEqual([
      { type: 'paragraph', text: "Fiche d'observation — Deuxième journée : observation des savoir-faire", headingLevel: 1 },
      { type: 'paragraph', text: 'Binôme B07 — Médiatrice numérique : Inès (pseudonyme) — Professionnelle : conseillère en insertion, mission locale. Zone 5.' },
      { type: 'paragraph', text: 'Séquence 1 : observation des savoir-faire (9h30-11h)', headingLevel: 2 },
    ]);
    expect(flow.blocks[3]!.type).toBe('table');
  });

  it('finds the 5 tables of the protocol, in order', () => {
    expect(tables(flow.blocks).map((t) => rowTexts(t)[0]![0])).toEqual([
      'CONTEXTE GÉNÉRAL', 'ENVIRONNEMENT DE TRAVAIL', 'PRISE DE NOTE SUR LE BÉNÉFICIAIRE 1', 'NOUVEAU BÉNÉFICIAIRE', 'LES QUESTIONS',
    ]);
  });

  it('keeps the full-width block rows of the beneficiary grid as colSpan 2, and the answers beside their prompts', () => {
    const grid = tables(flow.blocks)[2]!;
    expect(grid.rows[1]).toEqual([{ paragraphs: [{ type: 'paragraph', text: 'Recensement des besoins' }], colSpan: 2 }]);
    expect(rowTexts(grid)[2]).toEqual([
      'Quel est le profil de la personne accompagnée (âge, genre, résidence, personne isolée, etc.) ?',
      'Jeune homme de 19 ans, vit chez sa tante, sans diplôme, arrivé dans le quartier il y a six mois.',
    ]);
    const fullWidth = grid.rows.filter((row) => row.length === 1 && row[0]!.colSpan === 2).map((row) => row[0]!.paragraphs[0]!.text);
    expect(fullWidth.slice(0, 4)).toEqual([
      'Recensement des besoins', 'RECENSEMENT DES SAVOIR-FAIRE', 'RECENSEMENT ET ANALYSE DES FREINS', 'ÉCHANGES SUR LES SITUATIONS INATTENDUES',
    ]);
    expect(grid.rows).toHaveLength(23);
    expect(grid.rows.flat().some((cell) => cell.mergedAbove)).toBe(false);
  });

  it('reads the debrief as 3 columns: question, mediator, professional', () => {
    const debrief = tables(flow.blocks)[4]!;
    expect(rowTexts(debrief)[0]).toEqual(['LES QUESTIONS', 'RETOUR DU MÉDIATEUR NUMÉRIQUE', 'RETOUR DU PROFESSIONNEL']);
    expect(rowTexts(debrief)[1]).toEqual([
      "Qu'est-ce que j'ai appris au cours de la journée ?",
      "Que la relation de confiance se construit avant même d'allumer l'ordinateur.",
      "Qu'il existe des applications gratuites pour scanner des documents avec un téléphone.",
    ]);
    expect(debrief.rows.every((row) => row.length === 3 && row.every((cell) => cell.colSpan === 1))).toBe(true);
  });

  it('reads the title from docProps/core.xml and gives the interpreter 5 grids', () => {
    expect(flow.metadata).toEqual({ title: "Fiche d'observation — Jour 2" });
    const document = interpretFlow(flow);
    expect(document.kind).toBe('observation');
    expect(document.counts.grids).toBe(5);
  });
});

describe('parseDocx on the interview transcript', () => {
  it('reads the timed speaker turns as paragraphs, bold speaker run and preserved-space run joined', () => {
    const flow = parseDocx(fixture('entretien-conseillere-logement.docx'));
    const texts = paragraphs(flow.blocks).map((p) => p.text);
    expect(flow.blocks[0]).toEqual({ type: 'paragraph', text: 'Entretien semi-directif — conseillère habitat, association de logement social', headingLevel: 1 });
    expect(texts).toContain('[00:04:40] Enquêtrice : Vous avez été formée pour cela ?');
    expect(texts.filter((t) => /^\[\d\d:\d\d:\d\d\] (Enquêtrice|Claire) : /.test(t))).toHaveLength(15);
    expect(interpretFlow(flow).speakers).toEqual(['Enquêtrice', 'Claire']);
  });
});

describe('parseDocx on WordprocessingML details', () => {
  const styles = `<w:styles ${W_NS}>
    <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
    <w:style w:type="paragraph" w:styleId="Chapitre"><w:name w:val="Chapitre"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="SousChapitre"><w:name w:val="Sous-chapitre"/><w:basedOn w:val="Chapitre"/></w:style>
    <w:style w:type="paragraph" w:styleId="Puces"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Corps"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
  </w:styles>`;
  const p = (text: string, pPr = ''): string => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const style = (id: string): string => `<w:pStyle w:val="${id}"/>`;

  it('resolves heading levels by style name, outline level and basedOn, and marks list items', () => {
    const body = [
      p('Titre français', style('Titre1')),
      p('Par niveau de plan', style('Chapitre')),
      p('Hérité', style('SousChapitre')),
      p('Corps de texte', style('Corps')),
      p('Niveau direct', '<w:outlineLvl w:val="2"/>'),
      p('Puce par style', style('Puces')),
      p('Puce directe', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'),
      p('Numérotation retirée', `${style('Puces')}<w:numPr><w:numId w:val="0"/></w:numPr>`),
    ].join('');
    const flow = parseDocx(makeDocx(body, { 'word/styles.xml': styles }));
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Titre français', headingLevel: 1 },
      { type: 'paragraph', text: 'Par niveau de plan', headingLevel: 2 },
      { type: 'paragraph', text: 'Hérité', headingLevel: 2 },
      { type: 'paragraph', text: 'Corps de texte' },
      { type: 'paragraph', text: 'Niveau direct', headingLevel: 3 },
      { type: 'paragraph', text: 'Puce par style', listItem: true },
      { type: 'paragraph', text: 'Puce directe', listItem: true },
      { type: 'paragraph', text: 'Numérotation retirée' },
    ]);
  });

  it('keeps breaks, tabs, inserted text, smart quotes and no-break spaces; drops deleted text and field codes', () => {
    const body =
      '<w:p><w:r><w:t>Q :</w:t><w:tab/><w:t xml:space="preserve">l\u2019accueil\u00a0» </w:t></w:r><w:r><w:br/><w:t>  suite  </w:t></w:r>' +
      '<w:del><w:r><w:delText>supprimé</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> ajouté</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink><w:r><w:t xml:space="preserve"> lien</w:t></w:r></w:hyperlink></w:p>';
    expect(parseDocx(makeDocx(body)).blocks).toEqual([{ type: 'paragraph', text: 'Q :\tl\u2019accueil\u00a0» \nsuite ajouté lien' }]);
  });

  it('reads spans, vertical merges, skipped grid columns and nested tables', () => {
    const tc = (content: string, tcPr = ''): string => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
    const nested = `<w:tbl><w:tr>${tc(p('imbriqué A'))}${tc(p('imbriqué B'))}</w:tr></w:tbl>`;
    const body =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      `<w:tr>${tc(p('Bloc'), '<w:gridSpan w:val="3"/>')}</w:tr>` +
      `<w:tr>${tc(p('Fusion'), '<w:vMerge w:val="restart"/>')}${tc(p('avant') + nested + p('après'))}${tc(p('C'))}</w:tr>` +
      `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}${tc(p('B3'))}${tc(p('C3'))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('décalé'), '<w:gridSpan w:val="2"/>')}</w:tr>` +
      '</w:tbl>';
    const table = parseDocx(makeDocx(body)).blocks[0] as FlowTable;
    const cell = (...texts: string[]): FlowParagraph[] => texts.map((text) => ({ type: 'paragraph', text }));
    expect(table.rows).toEqual([
      [{ paragraphs: cell('Bloc'), colSpan: 3 }],
      [{ paragraphs: cell('Fusion'), colSpan: 1 }, { paragraphs: cell('avant', 'imbriqué A', 'imbriqué B', 'après'), colSpan: 1 }, { paragraphs: cell('C'), colSpan: 1 }],
      [{ paragraphs: [], colSpan: 1, mergedAbove: true }, { paragraphs: cell('B3'), colSpan: 1 }, { paragraphs: cell('C3'), colSpan: 1 }],
      [{ paragraphs: [], colSpan: 1 }, { paragraphs: cell('décalé'), colSpan: 2 }],
    ]);
  });

  it('follows _rels/.rels to the main part and reads docProps/core.xml', () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>',
      ),
      'word/document2.xml': strToU8(`<w:document ${W_NS}><w:body>${p('Texte')}</w:body></w:document>`),
      'docProps/core.xml': strToU8(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">' +
          '<dc:title>Entretien E03</dc:title><dc:creator>Équipe StESS</dc:creator><dc:subject></dc:subject>' +
          '<dcterms:created>2023-02-06T09:00:00Z</dcterms:created><dcterms:modified>2023-02-07T10:30:00Z</dcterms:modified></cp:coreProperties>',
      ),
    });
    const flow = parseDocx(bytes);
    expect(flow.blocks).toEqual([{ type: 'paragraph', text: 'Texte' }]);
    expect(flow.metadata).toEqual({ title: 'Entretien E03', author: 'Équipe StESS', created: '2023-02-06T09:00:00Z', modified: '2023-02-07T10:30:00Z' });
  });
});

describe('parseDocx on unreadable files', () => {
  it('reports an empty file as EMPTY_FILE', () => {
    expect(problem(new Uint8Array())).toBe('EMPTY_FILE');
  });

  it('reports a truncated file, random bytes and a zip without word/document.xml as CORRUPT_FILE', () => {
    const whole = fixture('fiche-observation-j2-mission-locale.docx');
    expect(problem(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('CORRUPT_FILE');
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(problem(random)).toBe('CORRUPT_FILE');
    expect(problem(zipSync({ 'docProps/core.xml': strToU8('<x/>') }))).toBe('CORRUPT_FILE');
    expect(problem(makeDocx('<w:p><w:r><w:t>non fermé</w:r></w:p>'))).toBe('CORRUPT_FILE');
  });

  it('reports an encrypted Office file (OLE with an EncryptedPackage stream) as PASSWORD_PROTECTED', () => {
    const ole = new Uint8Array(1536);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(ole)).toBe('CORRUPT_FILE');
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect(problem(ole)).toBe('PASSWORD_PROTECTED');
  });
});
