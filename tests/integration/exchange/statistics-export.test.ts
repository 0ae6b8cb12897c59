import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildQuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

async function setUp() {
  const { service, folder } = testService();
  const p = await buildQuestionProject(service, folder);
  return { service, p };
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

function csv(bytes: Buffer, delimiter: string): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const cell = (table: string[][], row: string, column: string) => {
  const r = table.find((line) => line[0] === row);
  const c = table[0]!.indexOf(column);
  if (!r || c < 0) throw new Error(`${row} × ${column} not in the matrix`);
  return r[c];
};

describe('exports: 0/1 matrix of codes by case or by document', () => {
  it('by case: every case a row, every code a column in the codebook order, 1 when the case has a passage of the code', async () => {
    const { service } = await setUp();
    const file = await service.call('exports:codeMatrix', { by: 'case' });
    expect(file.fileName).toMatch(/\.csv$/);
    const table = csv(bytesOf(file), ';');
    expect(table[0]!.slice(0, 4)).toEqual(['Cas', 'Freins', 'Freins/Liés aux publics', 'Freins/Posture ou compétence']);
    expect(table.map((r) => r[0])).toEqual(['Cas', 'B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    // The passage « elle dit manquer de temps… » is in the shared part of the sheet: both cases of B07.
    expect(cell(table, 'B07-P', 'Freins/Posture ou compétence')).toBe('1');
    expect(cell(table, 'B07-M', 'Freins/Posture ou compétence')).toBe('1');
    // « Comment outiller les conseillers… » is in the mediator's column only.
    expect(cell(table, 'B07-M', 'Freins/Processus internes')).toBe('1');
    expect(cell(table, 'B07-P', 'Freins/Processus internes')).toBe('0');
    // E03's interview: « La direction compte les dossiers… » only.
    expect(cell(table, 'E03', 'Freins/Processus internes')).toBe('1');
    expect(cell(table, 'E03', 'Savoir-faire/Accueil et confiance')).toBe('0');
    expect(cell(table, 'E03', 'Freins')).toBe('1');
    expect(table.find((r) => r[0] === 'B12-M')!.slice(1).every((v) => v === '0')).toBe(true);
    expect(file.summary).toEqual({ cas: 7, codes: 15 });
  });

  it('sub-codes count for their family unless withChildren is false; case filters keep the cases that qualify', async () => {
    const { service, p } = await setUp();
    const freins = p.codes.get('Freins')!;
    const without = csv(bytesOf(await service.call('exports:codeMatrix', { by: 'case', codeIds: [freins], withChildren: false, separator: ',' })), ',');
    expect(without).toEqual([['Cas', 'Freins'], ['B07-M', '0'], ['B07-P', '0'], ['B12-M', '0'], ['B12-P', '0'], ['E03', '0'], ['E05', '0'], ['E09', '0']]);
    const pros = csv(
      bytesOf(
        await service.call('exports:codeMatrix', {
          by: 'case',
          codeIds: [p.codes.get('Freins/Processus internes')!, freins],
          filters: { attributes: [{ attributeId: p.attributes.get('Rôle')!, values: ['Professionnelle'] }] },
        }),
      ),
      ';',
    );
    expect(pros).toEqual([['Cas', 'Freins/Processus internes', 'Freins'], ['B07-P', '0', '1'], ['B12-P', '0', '0'], ['E03', '1', '1'], ['E09', '0', '0']]);
  });

  it('by document: 1 when the document has a passage of the code', async () => {
    const { service, p } = await setUp();
    const table = csv(
      bytesOf(await service.call('exports:codeMatrix', { by: 'document', codeIds: [p.codes.get('Savoir-faire/Accueil et confiance')!, p.codes.get('Freins')!] })),
      ';',
    );
    expect(table).toEqual([
      ['Document', 'Savoir-faire/Accueil et confiance', 'Freins'],
      ['fiche-observation-j2-mission-locale', '1', '1'],
      ['entretien-conseillere-logement', '0', '1'],
    ]);
  });
});

describe('exports: IRaMuTeQ corpus', () => {
  it('one text per document, its plain text under a **** line of its name and its cases’ attributes; UTF-8 without BOM, LF', async () => {
    const { service, p } = await setUp();
    const file = await service.call('exports:iramuteq', { attributeIds: [p.attributes.get('Rôle')!, p.attributes.get('Zone')!] });
    const bytes = bytesOf(file);
    expect(bytes[0]).not.toBe(0xef);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('\r');
    const heads = text.split('\n').filter((l) => l.startsWith('****'));
    expect(heads).toEqual([
      '**** *doc_fiche-observation-j2-mission-locale *Rôle_Médiatrice-numérique-et-Professionnelle *Zone_Zone-5',
      '**** *doc_entretien-conseillere-logement *Rôle_Professionnelle *Zone_Zone-4',
    ]);
    expect(text).toContain('La direction compte les dossiers, pas le temps passé.');
    expect(file.summary).toEqual({ textes: 2 });
    expect(file.fileName).toMatch(/\.txt$/);
  });

  it('documents under case filters: only those with a case that qualifies, its variables from those cases only', async () => {
    const { service, p } = await setUp();
    const file = await service.call('exports:iramuteq', {
      attributeIds: [p.attributes.get('Rôle')!, p.attributes.get('Rôle')!, 999_999],
      filters: { attributes: [{ attributeId: p.attributes.get('Rôle')!, values: ['Professionnelle'] }] },
    });
    const heads = bytesOf(file)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.startsWith('****'));
    expect(heads).toEqual(['**** *doc_fiche-observation-j2-mission-locale *Rôle_Professionnelle', '**** *doc_entretien-conseillere-logement *Rôle_Professionnelle']);
    const none = await service.call('exports:iramuteq', { filters: { documentIds: [p.interview.id] } });
    expect(bytesOf(none).toString('utf8').split('\n')[0]).toBe('**** *doc_entretien-conseillere-logement');
    expect(none.summary).toEqual({ texte: 1 });
  });

  it('with codes: one text per passage under the filters, *code_ its code path, *doc_ and the attributes of its cases', async () => {
    const { service, p } = await setUp();
    const file = await service.call('exports:iramuteq', {
      codeIds: [p.codes.get('Freins')!],
      attributeIds: [p.attributes.get('Rôle')!],
      filters: { attributes: [{ attributeId: p.attributes.get('Branche')!, values: ['Missions locales'] }] },
    });
    const text = bytesOf(file).toString('utf8');
    expect(text.split('\n\n')).toContain(
      '**** *code_Freins-Posture-ou-compétence *doc_fiche-observation-j2-mission-locale *Rôle_Professionnelle\nJe fais souvent à la place des jeunes parce que l\'agenda est plein.',
    );
    expect(text).toContain('**** *code_Freins-Posture-ou-compétence *doc_fiche-observation-j2-mission-locale *Rôle_Médiatrice-numérique-et-Professionnelle\nelle dit manquer de temps pour laisser le jeune faire seul\n');
    // E03 is not in Missions locales.
    expect(text).not.toContain('La direction compte');
    expect(file.summary).toEqual({ textes: 5 });
  });
});

describe('exports: codebook files', () => {
  it('CSV: one line per code with its path, colour, definition and criteria; examples when there are some', async () => {
    const { service, p } = await setUp();
    const plain = csv(bytesOf(await service.call('exports:codebook', { format: 'csv' })), ';');
    expect(plain[0]).toEqual(['Chemin', 'Couleur', 'Définition', "Critères d'inclusion", "Critères d'exclusion"]);
    expect(plain).toHaveLength(16);

    const posture = p.codes.get('Freins/Posture ou compétence')!;
    await service.call('codebook:update', { id: posture, inclusion: 'Le professionnel fait à la place', exclusion: 'Manque de temps seul' });
    await service.call('codebook:setExample', { codeId: posture, codingId: p.codings.proAgenda, example: true });
    const file = await service.call('exports:codebook', { format: 'csv' });
    const table = csv(bytesOf(file), ';');
    expect(table[0]).toEqual(['Chemin', 'Couleur', 'Définition', "Critères d'inclusion", "Critères d'exclusion", 'Exemples']);
    expect(table.map((r) => r[0]).slice(1, 4)).toEqual(['Freins', 'Freins/Liés aux publics', 'Freins/Posture ou compétence']);
    expect(table[3]).toEqual([
      'Freins/Posture ou compétence',
      '#D35400',
      'Freins tenant à la posture du professionnel (faire pour / faire avec) ou à ses compétences',
      'Le professionnel fait à la place',
      'Manque de temps seul',
      "Je fais souvent à la place des jeunes parce que l'agenda est plein.",
    ]);
    expect(file.summary).toEqual({ codes: 15, exemple: 1 });
  });

  it('DOCX: title, a heading per family, each code with its colour, definition, criteria and examples as quotes', async () => {
    const { service, p } = await setUp();
    const posture = p.codes.get('Freins/Posture ou compétence')!;
    await service.call('codebook:update', { id: posture, inclusion: 'Le professionnel fait à la place' });
    await service.call('codebook:setExample', { codeId: posture, codingId: p.codings.proAgenda, example: true });
    const file = await service.call('exports:codebook', { format: 'docx' });
    expect(file.fileName).toBe('codebook.docx');
    const xml = strFromU8(unzipSync(bytesOf(file))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
      text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    const texts = paragraphs.map((q) => q.text.replace(/&apos;/g, "'"));
    expect(paragraphs[0]!.style).toBe('Title');
    expect(paragraphs[0]!.text).toMatch(/^Codebook — .+/);
    expect(paragraphs.filter((q) => q.style === 'Heading1').map((q) => q.text)).toEqual(['Freins', 'Savoir-faire', 'Besoins']);
    const at = texts.indexOf('Posture ou compétence');
    expect(paragraphs[at]!.style).toBe('Heading2');
    expect(texts.slice(at + 1, at + 8)).toEqual([
      '■ Couleur\u00a0: #D35400',
      'Définition\u00a0:',
      'Freins tenant à la posture du professionnel (faire pour / faire avec) ou à ses compétences',
      "Critères d'inclusion\u00a0:",
      'Le professionnel fait à la place',
      'Exemples\u00a0:',
      "« Je fais souvent à la place des jeunes parce que l'agenda est plein. »",
    ]);
    expect(xml).toContain('w:color w:val="D35400"');
  });
});
