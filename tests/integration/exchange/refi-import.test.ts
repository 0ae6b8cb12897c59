import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BaliseError } from '../../../shared/errors';
import { emptyProject, expectedPassages, importFile, sampleBytes, snapshot, storedPassages } from './refi-import-support';

/**
 * Counts read from each file by hand (`unzip -p FILE project.qde | xmllint --format - | grep -c '<Code '` …):
 * sources are the text sources whose text is in the zip, codings those on text selections of them.
 */
const expected = {
  'atlasti23-blank.qdpx': { sources: 0, codes: 0, codings: 0, notes: 0, cases: 0, variables: 0, coders: 2 },
  'atlasti23-codes.qdpx': { sources: 0, codes: 3, codings: 0, notes: 0, cases: 0, variables: 0, coders: 2 },
  // 6 TextSources + 2 PDFs whose files are not in the zip; 16 Codings, all on missing or unsupported sources.
  'atlasti8-standard-project.qdpx': { sources: 0, codes: 14, codings: 0, notes: 2, cases: 0, variables: 0, coders: 3 },
  'maxqda24-icls-themes.qdpx': { sources: 10, codes: 307, codings: 0, notes: 0, cases: 0, variables: 0, coders: 1 },
  'nvivo12win-oltas.qdpx': { sources: 2, codes: 152, codings: 303, notes: 0, cases: 0, variables: 0, coders: 2 },
  'nvivo15mac-codebook.qdpx': { sources: 2, codes: 262, codings: 0, notes: 0, cases: 0, variables: 0, coders: 2 },
  'qc-demo.qdpx': { sources: 2, codes: 262, codings: 205, notes: 0, cases: 0, variables: 0, coders: 1 },
  'taguette-codebook.qdc': { sources: 0, codes: 3, codings: 0, notes: 0, cases: 0, variables: 0, coders: 0 },
} as const;

describe('REFI-QDA import of other tools’ files', () => {
  it.each(Object.entries(expected))('imports %s with the counts read from the file', async (name, counts) => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, name, sampleBytes(name));
    expect(report.imported).toEqual(counts);
    const stored = snapshot(file).counts;
    expect(stored.documents).toBe(counts.sources);
    expect(stored.codes).toBe(counts.codes);
    expect(stored.codings).toBe(counts.codings);
    expect(stored.memos).toBe(counts.notes);
    // The project reads back through the service as any other: codebook, documents with their codings.
    expect(await service.call('codebook:list', {})).toHaveLength(counts.codes);
    const documents = await service.call('documents:list', {});
    expect(documents).toHaveLength(counts.sources);
    for (const summary of documents) expect((await service.call('documents:get', { id: summary.id })).id).toBe(summary.id);
  });

  it('NVivo 12: positions read as UTF-16 units past the BOM, CRLF made LF, every coding on the text NVivo coded', async () => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, 'nvivo12win-oltas.qdpx', sampleBytes('nvivo12win-oltas.qdpx'));
    expect(report.origin).toBe('NVivo for Windows 12.6');
    const stored = storedPassages(file);
    const wanted = expectedPassages('nvivo12win-oltas.qdpx', true);
    expect(stored.size).toBe(303);
    expect(stored).toEqual(wanted);
    const passages = [...stored.values()];
    expect(passages).toContain('Rohadt életbe, hogy az emberre rá akarnak erőszakolni valamit, ami csak ajánlott 😤😤😤');
    expect(passages).toContain(
      'Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet.',
    );
    const documents = snapshot(file).documents;
    for (const document of documents) {
      expect(String(document.text)).not.toMatch(/\r|^\uFEFF/);
    }
    expect(report.remapped.some((r) => r.includes('CRLF'))).toBe(true);
    expect(report.remapped).toContain('1 code non codable (catégorie) importé comme code ordinaire');
  });

  it('qc: paths without internal://, positions in code points, whole lines coded', async () => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, 'qc-demo.qdpx', sampleBytes('qc-demo.qdpx'));
    const stored = storedPassages(file);
    expect(stored).toEqual(expectedPassages('qc-demo.qdpx', false));
    const passages = [...stored.values()];
    expect(passages).toContain('This district goal is engage every student in joyful, purposeful learning that \n');
    expect(passages).toContain("maximizes each student's opportunity to excel academically. Action step five \n");
    expect(report.remapped).toContain('Chemin « board_2017.txt » sans « internal:// » : lu dans l’archive');
  });

  it('ATLAS.ti standard project: imports codes, users and notes, and reports every source and part it leaves out', async () => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, 'atlasti8-standard-project.qdpx', sampleBytes('atlasti8-standard-project.qdpx'));
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        'Source « Mabel.txt » : fichier texte absent de l’archive, 3 codages perdus',
        'Image « cornflakes-n-milk.jpg » : non prise en charge (2 codages perdus)',
        'Source audio « Jeanine\'s Breakfast.m4a » : non prise en charge',
        'Source vidéo « 1994 Diet Coke-Diet Coke Break.mp4 » : non prise en charge (1 transcription, 1 codage perdu)',
        '4 ensembles de codes ou de notes (Sets) : non pris en charge',
        '1 lien (Links) : non pris en charge',
      ]),
    );
    // The PDF's name carries a decomposed « ó »: matched by its ends.
    expect(report.skipped.filter((s) => s.startsWith('PDF « Pay de Lim') && s.endsWith('4 zones codées (PDFSelection) non prises en charge'))).toHaveLength(1);
    // 16 codings in the file, all lost with their sources: 3 + 3 + 1 on absent texts, 2 on the image, 1 on the video, 2 + 4 on the PDF.
    const lost = report.skipped.map((s) => Number(/(\d+) (?:codages? perdus?|zones codées)/.exec(s)?.[1] ?? 0));
    expect(lost.reduce((a, b) => a + b, 0)).toBe(16);
    // The 12 sets of sources become groups, empty since their sources are not in the zip.
    expect(report.remapped).toContain('Ensemble « Mabel » importé comme groupe de documents « Mabel » (0 document)');
    expect(snapshot(file).groups).toHaveLength(12);
    const memos = snapshot(file).memos;
    expect(memos).toContainEqual({ kind: 'project', title: 'Research Plan', text: 'This is a great project by a dynamic team of researcher-developers. ' });
  });

  it('MAXQDA: ten texts kept byte for byte, cut into paragraphs', async () => {
    const { service, file } = await emptyProject();
    await importFile(service, 'maxqda24-icls-themes.qdpx', sampleBytes('maxqda24-icls-themes.qdpx'));
    const state = snapshot(file);
    expect(state.documents).toHaveLength(10);
    // Its two sets of sources (ICLS 2024, ICLS 2025) become document groups holding the ten texts between them.
    expect(state.groups.map((g) => g.name)).toEqual(['ICLS 2024', 'ICLS 2025']);
    expect(state.groups.flatMap((g) => String(g.documents).split(' | '))).toHaveLength(10);
    expect(state.counts.document_units).toBeGreaterThan(10);
  });

  it('imports the Taguette codebook despite its empty <Sets/>', async () => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, 'taguette-codebook.qdc', sampleBytes('taguette-codebook.qdc'));
    expect(report.origin).toBe('Taguette 1.4.1');
    expect(snapshot(file).codes.map((c) => c.path)).toEqual(['CodeBook', 'Variables', 'xsd:element name']);
  });

  it('is one undoable action: undo removes everything the import brought', async () => {
    const { service, file } = await emptyProject();
    const before = snapshot(file);
    await importFile(service, 'qc-demo.qdpx', sampleBytes('qc-demo.qdpx'));
    const history = await service.call('history:list', {});
    expect(history.entries.filter((e) => !e.undone).map((e) => e.label)).toContain('Import REFI-QDA de « qc-demo.qdpx »');
    await service.call('history:undo', {});
    // Coders the file named are undone too (the coders table is in the undo journal).
    expect(snapshot(file)).toEqual(before);
    await service.call('history:redo', {});
    expect(snapshot(file).counts.coders).toBeGreaterThan(before.counts.coders ?? 0);
  });

  it('imports a codebook twice: the second copy is renamed, not merged nor refused', async () => {
    const { service, file } = await emptyProject();
    await importFile(service, 'taguette-codebook.qdc', sampleBytes('taguette-codebook.qdc'));
    const again = await importFile(service, 'taguette-codebook.qdc', sampleBytes('taguette-codebook.qdc'));
    expect(again.remapped).toContain('Code « CodeBook » renommé « CodeBook (2) » (nom déjà pris à ce niveau)');
    expect(snapshot(file).counts.codes).toBe(6);
  });
});

const NS = 'urn:QDA-XML:project:1.0';
const CODE = '0A1B2C3D-0000-4000-8000-000000000001';
const SOURCE = '0A1B2C3D-0000-4000-8000-000000000002';

function qdpx(qde: string, sources: Record<string, string> = {}): Uint8Array {
  return zipSync({ 'project.qde': strToU8(qde), ...Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, strToU8(v)])) });
}

function smallProject(selection: string, text = 'Élan 😀 final', origin = 'Test'): Uint8Array {
  return qdpx(
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="${NS}" name="t" origin="${origin}"><CodeBook><Codes><Code guid="${CODE}" name="Élan" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${SOURCE}" name="texte" plainTextPath="internal://${SOURCE}.txt">${selection}</TextSource></Sources></Project>`,
    { [`sources/${SOURCE}.txt`]: text },
  );
}

describe('REFI-QDA import: positions', () => {
  it('counts code points, keeps accents and emoji, drops a BOM and shifts past CRLF', async () => {
    const { service, file } = await emptyProject();
    // Code points: « É » 0, « 😀 » 5, « final » 7–12. With CRLF before « final »: the LF shifts it left by one.
    // « e » + U+0301 (combining acute) is two code points and stays two: no NFC on import.
    const text = '\uFEFFÉlan 😀\r\nfinal me\u0301dia';
    const selection = (start: number, end: number, n: number) =>
      `<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-00000000010${n}" startPosition="${start}" endPosition="${end}"><Coding guid="0A1B2C3D-0000-4000-8000-00000000020${n}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`;
    await importFile(service, 'petit.qdpx', smallProject(selection(5, 6, 1) + selection(8, 13, 2) + selection(0, 4, 3) + selection(14, 20, 4), text));
    const state = snapshot(file);
    expect(state.documents[0]!.text).toBe('Élan 😀\nfinal me\u0301dia');
    expect(state.codings.map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 4, 'Élan'],
      [5, 7, '😀'],
      [8, 13, 'final'],
      [14, 20, 'me\u0301dia'],
    ]);
  });
});

describe('REFI-QDA import: line ends by tool', () => {
  const coded = (start: number, end: number) =>
    `<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-000000000101" startPosition="${start}" endPosition="${end}"><Coding guid="0A1B2C3D-0000-4000-8000-000000000201"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`;
  it.each([
    // « deux » starts at code point 5 when CRLF counts two (REFI-QDA, NVivo), at 4 when it counts one (ATLAS.ti).
    ['Test', 5, 9],
    ['NVivo for Windows 12.6', 5, 9],
    ['ATLAS.ti 23', 4, 8],
  ])('%s', async (origin, start, end) => {
    const { service, file } = await emptyProject();
    const report = await importFile(service, 'fins.qdpx', smallProject(coded(start, end), 'une\r\ndeux\r\ntrois', origin));
    expect(snapshot(file).codings.map((c) => c.text)).toEqual(['deux']);
    expect(report.remapped).toContain('Source « texte » : fins de ligne CRLF converties en LF (positions décalées en conséquence)');
  });
});

describe('REFI-QDA import: bad files import nothing and say why in French', () => {
  const cases: [string, string, Uint8Array, RegExp][] = [
    ['not a zip', 'faux.qdpx', strToU8('bonjour, je ne suis pas une archive'), /ce n’est pas une archive ZIP/],
    ['no project.qde', 'vide.qdpx', zipSync({ 'sources/a.txt': strToU8('a') }), /ne contient pas de fichier project\.qde/],
    ['invalid XML', 'casse.qdpx', qdpx(`<Project xmlns="${NS}" name="x"><Users>`), /project\.qde n’est pas un XML valide/],
    ['wrong namespace', 'ns.qdpx', qdpx('<Project xmlns="urn:QDA-XML:project:1:0" name="x"/>'), /n’est pas un Project REFI-QDA/],
    [
      'selection past the text',
      'long.qdpx',
      smallProject(`<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-000000000101" startPosition="2" endPosition="13"><Coding guid="0A1B2C3D-0000-4000-8000-000000000201"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`),
      /va jusqu’à la position 13, au-delà de la longueur de « texte » \(12\)/,
    ],
    [
      'unknown code',
      'ref.qdpx',
      smallProject(`<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-000000000101" startPosition="0" endPosition="4"><Coding guid="0A1B2C3D-0000-4000-8000-000000000201"><CodeRef targetGUID="0A1B2C3D-0000-4000-8000-0000000000FF"/></Coding></PlainTextSelection>`),
      /renvoie au code 0A1B2C3D-0000-4000-8000-0000000000FF, absent du codebook/,
    ],
    [
      'unknown note',
      'note.qdpx',
      smallProject(`<NoteRef targetGUID="0A1B2C3D-0000-4000-8000-0000000000EE"/>`),
      /renvoie à la note/,
    ],
  ];

  it.each(cases)('%s', async (_what, fileName, bytes, message) => {
    const { service, file } = await emptyProject();
    await importFile(service, 'taguette-codebook.qdc', sampleBytes('taguette-codebook.qdc'));
    const before = snapshot(file);
    const error = await importFile(service, fileName, bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BaliseError);
    const wire = (error as BaliseError).toWire();
    expect(wire.message.fr).toMatch(message);
    expect(wire.message.fr).toContain(`« ${fileName} » ne peut pas être importé`);
    expect(wire.message.fr).toContain('Rien n’a été importé');
    expect(snapshot(file)).toEqual(before);
  });
});
