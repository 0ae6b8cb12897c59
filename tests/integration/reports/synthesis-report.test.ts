/**
 * The synthesis report on the fixtures (tests/integration/support/question-project.ts), family
 * « Freins », counts by « Branche ». Worked out by hand from the codings there and cas.csv
 * (B07-M and B07-P: Missions locales; E03: Logement social):
 * - Freins/Processus internes: « Comment outiller… » (the sheet's mediator column, case B07-M) and
 *   « La direction compte les dossiers… » (the E03 interview): 2 passages, 2 documents, 2 cases;
 *   by Branche 1 passage and 1 case of 1 in Logement social, 1 passage and 1 case of 2 in Missions locales.
 * - Freins itself has no codings of its own: 0 · 0 · 0; with its sub-codes, the six codings of the
 *   family (5 on the sheet, 1 in the interview): 6 passages, 2 documents, 3 cases.
 * - Freins/Posture ou compétence (2 passages) overlaps Savoir-faire/Mise en capacité (1 passage)
 *   once, on « elle dit manquer de temps »: n12 = 1, c = 1 / (2 + 1 − 1) = 0,50.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { mapPositions } from '../../../electron/db/repositories/analysis';
import { chartSvg } from '../../../electron/service/reports/report-charts';
import { reportData } from '../../../electron/service/reports/report-data';
import { synthesisReport } from '../../../electron/service/reports/synthesis-report';
import type { ReportChart } from '../../../shared/domain/report';
import { buildQuestionProject, type QuestionProject } from '../support/question-project';
import { testService } from '../support/temp';
import { readDocx, sectionAfter } from './docx-blocks';

async function setUp(): Promise<{ service: Service; p: QuestionProject }> {
  const { service, folder } = testService();
  return { service, p: await buildQuestionProject(service, folder) };
}

/** Width and height from a PNG's IHDR chunk (right after the signature and the chunk's length and type). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('synthesis report of a code family', () => {
  it('has a heading per code of the family, with the counts extracts:list and analysis:crosstab give', async () => {
    const { service, p } = await setUp();
    const branche = p.attributes.get('Branche')!;
    const file = await service.call('exports:report', { familyId: p.codes.get('Freins')!, attributeId: branche });
    expect(file.fileName).toBe('Rapport-de-synthèse-Freins.docx');
    expect(file.summary).toEqual({ codes: 5, 'citations clés': 0, graphiques: 0 });
    const { blocks, text } = readDocx(file.base64);

    expect(blocks.filter((b) => b.style === 'Title').map((b) => b.text)).toEqual(['Rapport de synthèse — Freins']);
    expect(blocks.filter((b) => b.style === 'Heading1').map((b) => b.text)).toEqual(['Méthode', 'Vue d’ensemble', 'Freins']);
    const codebook = await service.call('codebook:list', {});
    const family = codebook.filter((c) => c.path === 'Freins' || c.path.startsWith('Freins/'));
    expect(family).toHaveLength(5);
    expect(blocks.filter((b) => b.style === 'Heading2').map((b) => b.text)).toEqual(family.map((c) => c.path.split('/').join(' › ')));
    expect(text).toContain('Sans filtre');
    expect(text).toContain('Comptages par valeur de « Branche »');
    expect(text).toContain('Co-occurrence : Chevauchement');
    // French typography in the file itself: no-break spaces before the colon and inside « ».
    const { xml } = readDocx(file.base64);
    expect(xml).toContain('Co-occurrence\u00a0: Chevauchement');
    expect(xml).toContain('Comptages par valeur de «\u00a0Branche\u00a0»');
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    expect(runs.filter((run) => / [:;»]|« /.test(run))).toEqual([]);

    // Every code's counts are those of the extract browser and of the crosstab.
    const table = await service.call('analysis:crosstab', { codeIds: family.map((c) => c.id), attributeIds: [branche], filters: {} });
    for (const code of family) {
      const at = blocks.findIndex((b) => b.style === 'Heading2' && b.text === code.path.split('/').join(' › '));
      const { counts } = await service.call('extracts:list', { query: { op: 'code', codeId: code.id, withChildren: false }, filters: {} });
      expect(sectionAfter(blocks, at, 'Comptages'), code.path).toContain(`■ Ce code | ${counts.passages} | ${counts.documents} | ${counts.cases}`);
      const row = table.rows.find((r) => r.codeId === code.id)!;
      const byValue = sectionAfter(blocks, at, 'Par valeur de « Branche »');
      expect(byValue[0]).toBe('Branche | Passages | Cas concernés');
      table.columns.forEach((column, i) => expect(byValue, code.path).toContain(`${column.values[0]} | ${row.cells[i]!.passages} | ${row.cells[i]!.cases} sur ${column.cases}`));
    }

    // By hand (see the top of the file).
    const processus = blocks.findIndex((b) => b.text === 'Freins › Processus internes');
    expect(sectionAfter(blocks, processus, 'Comptages')).toContain('■ Ce code | 2 | 2 | 2');
    expect(sectionAfter(blocks, processus, 'Par valeur de « Branche »').slice(1, 3)).toEqual(['Logement social | 1 | 1 sur 1', 'Missions locales | 1 | 1 sur 2']);
    const freins = blocks.findIndex((b) => b.style === 'Heading2' && b.text === 'Freins');
    expect(sectionAfter(blocks, freins, 'Comptages')).toEqual(expect.arrayContaining(['■ Ce code | 0 | 0 | 0', '■ Avec ses sous-codes | 6 | 2 | 3']));
    const posture = blocks.findIndex((b) => b.text === 'Freins › Posture ou compétence');
    expect(sectionAfter(blocks, posture, 'Codes les plus souvent associés')).toContain('■ Savoir-faire › Mise en capacité | 1 | 0,50');
    expect(sectionAfter(blocks, processus, 'Codes les plus souvent associés')).toEqual(['Aucun autre code ne le rencontre sous ces filtres.']);
  });

  it('quotes a key quotation marked in the extract browser, with its citation', async () => {
    const { service, p } = await setUp();
    await service.call('extracts:setKeyQuote', { codingId: p.codings.direction, keyQuote: true });
    const file = await service.call('exports:report', { familyId: p.codes.get('Freins')!, charts: [] });
    expect(file.summary['citations clés']).toBe(1);
    const { blocks } = readDocx(file.base64);
    const { extracts } = await service.call('extracts:list', { query: { op: 'code', codeId: p.codes.get('Freins/Processus internes')!, withChildren: false }, filters: { keyQuotesOnly: true } });
    expect(extracts).toHaveLength(1);
    const processus = blocks.findIndex((b) => b.text === 'Freins › Processus internes');
    const quotes = blocks.slice(processus).filter((b) => b.style === 'Quote' || b.style === 'QuoteSource');
    expect(quotes[0]).toEqual({ style: 'Quote', text: '« La direction compte les dossiers, pas le temps passé. »' });
    // The interview of E03, cited as the extract browser cites it: document, then case.
    expect(quotes[1]!.style).toBe('QuoteSource');
    expect(quotes[1]!.text.startsWith(`(${extracts[0]!.documentName}, E03`)).toBe(true);
    // Without an attribute, no table by value; the other codes say they have no key quotation.
    expect(blocks.some((b) => b.text.startsWith('Par valeur de'))).toBe(false);
    const posture = blocks.findIndex((b) => b.text === 'Freins › Posture ou compétence');
    expect(sectionAfter(blocks, posture, 'Citations clés')).toEqual(['Aucune citation clé : marquez-en d’une étoile dans « Extraits codés ».']);
  });

  it('embeds one PNG per chosen chart, 1 600 pixels wide, shown at the width of the page', async () => {
    const { service, p } = await setUp();
    const charts: ReportChart[] = ['matrix', 'crosstab', 'map'];
    const file = await service.call('exports:report', { familyId: p.codes.get('Freins')!, attributeId: p.attributes.get('Rôle')!, charts, title: 'Freins & <leviers>' });
    expect(file.fileName).toBe('Freins-leviers.docx');
    const { files, blocks, xml } = readDocx(file.base64);
    const media = Object.keys(files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(3);
    for (const name of media) {
      const bytes = files[name]!;
      expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(bytes).width).toBe(1600);
    }
    expect(blocks.filter((b) => b.style === 'Title').map((b) => b.text)).toEqual(['Freins & <leviers>']);
    expect(blocks.filter((b) => b.style === 'Caption').map((b) => b.text)).toEqual([
      'Figure 1. Co-occurrences entre les codes de « Freins »',
      'Figure 2. Passages par valeur de « Rôle »',
      'Figure 3. Carte des thèmes de « Freins »',
    ]);
    // 6.3 inches wide (A4 less 2.5 cm margins: 9 070 twentieths of a point → 604 px → 5 753 100 EMU).
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(extents).toEqual([5753100, 5753100, 5753100]);
  });

  it('leaves out the bars without an attribute, and refuses a code or an attribute that does not exist', async () => {
    const { service, p } = await setUp();
    const file = await service.call('exports:report', { familyId: p.codes.get('Savoir-faire')!, charts: ['crosstab', 'map'] });
    expect(Object.keys(readDocx(file.base64).files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    await expect(service.call('exports:report', { familyId: 99_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.call('exports:report', { familyId: p.codes.get('Freins')!, attributeId: 99_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports its progress once per code, and stops when cancelled', async () => {
    const { service, p } = await setUp();
    await service.call('projects:close', {});
    const db = new Database(p.file, { readonly: true });
    try {
      const seen: string[] = [];
      const request = { familyId: p.codes.get('Freins')!, charts: [], mode: 'overlap' as const, within: 1, filters: {} };
      await synthesisReport(db, request, { report: (done, total) => seen.push(`${done}/${total}`), cancelled: () => false });
      expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);

      seen.length = 0;
      const cancelled = synthesisReport(db, request, { report: (done, total) => seen.push(`${done}/${total}`), cancelled: () => seen.length >= 2 });
      await expect(cancelled).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
      expect(seen).toEqual(['1/5', '2/5']);

      // Cancelled once every code is read: no charts, no file.
      seen.length = 0;
      const late = synthesisReport(db, { ...request, charts: ['matrix'] }, { report: (done, total) => seen.push(`${done}/${total}`), cancelled: () => seen.length >= 5 });
      await expect(late).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
      expect(seen).toHaveLength(5);
    } finally {
      db.close();
    }
  });

  it('draws the theme map with the positions saved in « Carte des thèmes », the other codes on a circle', async () => {
    const { service, p } = await setUp();
    const [publics, posture] = ['Freins/Liés aux publics', 'Freins/Posture ou compétence'].map((path) => p.codes.get(path)!);
    await service.call('map:savePositions', {
      positions: [
        { codeId: publics!, x: 0, y: 40, pinned: true },
        { codeId: posture!, x: 100, y: 40, pinned: false },
      ],
    });
    await service.call('projects:close', {});
    const db = new Database(p.file, { readonly: true });
    try {
      const data = await reportData(db, { familyId: p.codes.get('Freins')!, charts: ['map'], mode: 'overlap', within: 1, filters: {} });
      const svg = chartSvg('map', data, mapPositions(db))!.svg;
      const at = (codeId: number) => new RegExp(`data-node="${codeId}" cx="([\\d.]+)" cy="([\\d.]+)"`).exec(svg)!.slice(1).map(Number);
      // The drawing box of map-svg.ts: left 113, width 414, top 73, height 306 (centre 320, 226). The two
      // saved codes, 100 apart, keep the inner 60 % of its width (3 codes have no position): 2.484 per unit.
      expect(at(publics!)).toEqual([195.8, 226]);
      expect(at(posture!)).toEqual([444.2, 226]);
      // The family itself has no saved position: the first on the circle, at the top of the box.
      expect(at(p.codes.get('Freins')!)).toEqual([320, 73]);
    } finally {
      db.close();
    }
  });
});
