import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import type { ExtractExportFormat } from '../../../shared/contract/exports';
import type { CodeQuery, ExtractFilters } from '../../../shared/domain/extract';
import { buildQuestionProject, find, type QuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const pro = "Je fais souvent à la place des jeunes parce que l'agenda est plein.";
const shared = [
  "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne.",
  'elle dit manquer de temps pour laisser le jeune faire seul',
  'pas de fiche pratique à donner, pas de liste à jour des lieux de médiation numérique.',
];
const sheetName = 'fiche-observation-j2-mission-locale';
const debrief = 'En quoi cela est différent ou semblable à mes pratiques ?';

async function setUp(): Promise<{ service: Service; p: QuestionProject; query: CodeQuery; filters: ExtractFilters }> {
  const { service, folder } = testService();
  const p = await buildQuestionProject(service, folder);
  const query: CodeQuery = { op: 'code', codeId: p.codes.get('Freins')!, withChildren: true };
  const filters: ExtractFilters = {
    attributes: [
      { attributeId: p.attributes.get('Rôle')!, values: ['Professionnelle'] },
      { attributeId: p.attributes.get('Branche')!, values: ['Missions locales'] },
    ],
  };
  return { service, p, query, filters };
}

async function exported(service: Service, format: ExtractExportFormat, selection: { query: CodeQuery; filters: ExtractFilters }, extra: Record<string, unknown> = {}) {
  const file = await service.call('exports:extracts', { ...selection, format, ...extra });
  return { ...file, bytes: Buffer.from(file.base64, 'base64') };
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function elements(node: Node, name: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === name) found.push(n as Element);
    if ('childNodes' in n) n.childNodes.forEach(walk);
    if (n.nodeName === 'template') walk((n as DefaultTreeAdapterMap['template']).content);
  };
  walk(node);
  return found;
}

describe('exports: the coded extracts of a selection as files', () => {
  it('CSV: UTF-8 with BOM and « ; », read back by papaparse to the extracts; « , » on request', async () => {
    const { service, query, filters } = await setUp();
    const list = await service.call('extracts:list', { query, filters });
    const file = await exported(service, 'csv', { query, filters });
    expect(file.fileName).toBe('Extraits-codés.csv');
    expect(file.summary).toEqual({ extraits: 4, codes: 3 });
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8').slice(1);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields!.slice(0, 5)).toEqual(['Code', 'Document', 'Cas', 'Extrait', 'Citation']);
    expect(parsed.meta.fields).toContain('Rôle');
    expect(parsed.data.map((r) => r.Extrait)).toEqual(list.extracts.map((e) => e.text));
    expect(parsed.data.map((r) => r.Extrait)).toEqual([...shared, pro]);
    expect(parsed.data.map((r) => [r.Code, r.Cas])).toEqual(list.extracts.map((e) => [e.codes.map((c) => c.path).join(' + '), e.cases.map((c) => c.name).join(', ')]));
    const last = parsed.data[3]!;
    expect(last).toMatchObject({ Code: 'Freins/Posture ou compétence', Document: sheetName, Cas: 'B07-P', Colonne: 'Retour du professionnel', Rôle: 'Professionnelle' });
    expect(last.Citation).toBe(`«\u00a0${pro}\u00a0» (${sheetName}, B07-P, ${debrief})`);
    expect(parsed.data[0]).toMatchObject({ Cas: 'B07-M, B07-P', Rôle: 'Médiatrice numérique | Professionnelle', Bloc: 'Recensement et analyse des freins' });
    expect(Number(last.Fin) - Number(last.Début)).toBe(pro.length);

    const comma = await exported(service, 'csv', { query, filters }, { separator: ',' });
    const commaText = comma.bytes.toString('utf8');
    expect(commaText.charCodeAt(0)).toBe(0xfeff);
    const byComma = Papa.parse<Record<string, string>>(commaText.slice(1).trim(), { header: true, delimiter: ',' });
    expect(byComma.errors).toEqual([]);
    expect(byComma.data.map((r) => r.Extrait)).toEqual([...shared, pro]);
    // The texts holding a comma were quoted, not split.
    expect(byComma.data[2]!.Document).toBe(sheetName);
  });

  it('CSV: a passage that looks like a formula is kept as text by a leading apostrophe', async () => {
    const { service, p, query } = await setUp();
    const formula = '=HYPERLINK("http://exemple.org";"cliquer")';
    const minus = '-2+3+cmd|calc';
    const dialogue = '- Oui, bien sûr, je le fais avec elle.';
    const upload = await service.call('imports:upload', { fileName: 'formule.txt', data: Buffer.from(`Note\n\n${formula}\n\n${minus}\n\n${dialogue}\n`).toString('base64') });
    const doc = await service.call('documents:get', { id: upload.documentId! });
    for (const passage of [formula, minus, dialogue]) {
      await service.call('codings:add', { documentId: doc.id, codeId: p.codes.get('Freins/Liés aux publics')!, ...find(doc.text, passage) });
    }
    const file = await exported(service, 'csv', { query, filters: { documentIds: [doc.id] } });
    const rows = Papa.parse<Record<string, string>>(file.bytes.toString('utf8').slice(1).trim(), { header: true, delimiter: ';' }).data;
    // A French dialogue dash followed by a space is text, and stays exactly as coded.
    expect(rows.map((r) => [r.Extrait, r.Document])).toEqual([
      [`'${formula}`, 'formule'],
      [`'${minus}`, 'formule'],
      [dialogue, 'formule'],
    ]);
  });

  it('XLSX: one sheet with a code column, bold frozen header and widths; or one sheet per code', async () => {
    const { service, query, filters } = await setUp();
    const file = await exported(service, 'xlsx', { query, filters }, { title: 'Freins des pros' });
    expect(file.fileName).toBe('Freins-des-pros.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Extraits']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Code');
    expect(sheet.getRow(1).getCell(4).value).toBe('Extrait');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(60);
    expect(sheet.getRow(2).getCell(4).alignment?.wrapText).toBe(true);
    expect(sheet.rowCount).toBe(5);
    const texts = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(4).value);
    expect(texts).toEqual([...shared, pro]);
    expect(sheet.getRow(5).getCell(3).value).toBe('B07-P');
    expect(sheet.getRow(5).getCell(17).value).toBe(Number(sheet.getRow(5).getCell(17).value));

    const perCode = await exported(service, 'xlsx', { query, filters }, { sheetPerCode: true });
    const split = new ExcelJS.Workbook();
    await split.xlsx.load(perCode.bytes as unknown as ArrayBuffer);
    expect(split.worksheets.map((w) => w.name)).toEqual(['Liés aux publics', "Manque de ressources ou d'infor", 'Posture ou compétence']);
    const posture = split.getWorksheet('Posture ou compétence')!;
    expect(posture.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([2, 3].map((r) => posture.getRow(r).getCell(4).value)).toEqual([shared[1], pro]);
    expect(posture.rowCount).toBe(3);
  });

  it('DOCX: extracts grouped by code, each with its citation (document, case, column) and attributes', async () => {
    const { service, query, filters } = await setUp();
    const file = await exported(service, 'docx', { query, filters }, { title: 'Freins des professionnels' });
    expect(file.fileName).toBe('Freins-des-professionnels.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(file.bytes))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const decoded = text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(decoded).toContain('Freins des professionnels');
    expect(decoded).toContain('Filtres : Rôle : Professionnelle ; Branche : Missions locales');
    for (const passage of [...shared, pro]) expect(decoded).toContain(passage);
    // Headings in the codebook's alphabetical order, the professional's passage under its code.
    const headings = ['Freins/Liés aux publics (1)', "Freins/Manque de ressources ou d'information (1)", 'Freins/Posture ou compétence (2)'].map((h) => decoded.indexOf(h));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    const afterPro = decoded.slice(decoded.indexOf(pro));
    expect(afterPro.startsWith(`${pro}(${sheetName}, B07-P, ${debrief})`)).toBe(true);
    expect(afterPro).toContain('Colonne\u00a0: Retour du professionnel');
    expect(afterPro).toContain('Rôle\u00a0: Professionnelle');
  });

  it('HTML: one escaped, script-free page with a heading per code and each extract as a blockquote with its citation', async () => {
    const { service, p, query } = await setUp();
    const note = 'Le jeune a écrit <script>alert("x")</script> & rien ne s’est passé.';
    const upload = await service.call('imports:upload', { fileName: 'note.txt', data: Buffer.from(`Note de terrain\n\n${note}\n`).toString('base64') });
    const doc = await service.call('documents:get', { id: upload.documentId! });
    await service.call('codings:add', { documentId: doc.id, codeId: p.codes.get('Freins/Liés aux publics')!, ...find(doc.text, note) });

    const file = await exported(service, 'html', { query, filters: {} }, { title: 'Freins <tous>' });
    expect(file.fileName).toBe('Freins-tous.html');
    const html = file.bytes.toString('utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const tree = parse(html);
    expect(elements(tree, 'script')).toEqual([]);
    expect(textOf(elements(tree, 'title')[0]!)).toBe('Freins <tous>');
    expect(textOf(elements(tree, 'h1')[0]!)).toBe('Freins <tous>');
    const h2 = elements(tree, 'h2').map(textOf);
    expect(h2[0]).toBe('Freins/Liés aux publics (2)');
    expect(h2).toEqual(['Freins/Liés aux publics (2)', "Freins/Manque de ressources ou d'information (1)", 'Freins/Posture ou compétence (2)', 'Freins/Processus internes (2)']);
    const quotes = elements(tree, 'blockquote');
    const scripted = quotes.find((q) => textOf(q).includes('alert'))!;
    expect(textOf(elements(scripted, 'p')[0]!)).toBe(note);
    expect(textOf(elements(scripted, 'cite')[0]!)).toBe('note');
    const proQuote = quotes.find((q) => textOf(elements(q, 'p')[0]!) === pro)!;
    expect(textOf(elements(proQuote, 'cite')[0]!)).toBe(`${sheetName}, B07-P, ${debrief}`);
    expect(elements(proQuote, 'dd').map(textOf)).toContain('Retour du professionnel');
    expect(elements(proQuote, 'dd').map(textOf)).toContain('Professionnelle');
  });
});
