import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { all, decode, parseXml, unzip, writeTemp, xmllint } from '../exports/refi-support';
import { buildQuestionProject } from '../support/question-project';
import { tempDir, testService } from '../support/temp';

/**
 * Pseudonymisation on the real fixture files of the analysts' question (support/question-project.ts):
 * the day-2 observation sheet of binôme B07 and the interview of case E03, with the case table.
 * Read in the files: the interview's speakers are « Enquêtrice » (a role) and « Claire », who is
 * named once in the text (« pseudonyme « Claire » »); the sheet names the mediator « Inès » once
 * (« Médiatrice numérique : Inès ») and the « quartier de la Rabière »; cas.csv has seven cases.
 */
const CASES = ['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09'];

/** A whole word, case-insensitive, as a plain regular expression independent of the engine. */
const word = (original: string) => new RegExp(`(?<![\\p{L}\\p{N}])${original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
const occurrences = (text: string, original: string) => (text.match(word(original)) ?? []).length;

async function acceptAll(service: Service): Promise<string[]> {
  const candidates = await service.call('pseudonyms:candidates', {});
  for (const c of candidates) await service.call('pseudonyms:decide', { original: c.original, kind: c.kind, decision: 'accepted' });
  return (await service.call('pseudonyms:entries', {})).filter((e) => e.decision === 'accepted').map((e) => e.original);
}

function state(file: string): string {
  const db = new Database(file, { readonly: true });
  const out = ['documents', 'document_units', 'codings', 'cases', 'attribute_values', 'case_links', 'memos'].map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  db.close();
  return out.join('\n');
}

const leftoverCopies = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('balise-pseudonymise-'));

describe('pseudonymisation of the fixtures corpus', () => {
  it('detects the speaker, the names in the texts and the case names, and previews the replacements per document', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    const candidates = await service.call('pseudonyms:candidates', {});
    const byName = new Map(candidates.map((c) => [c.original, c]));
    expect(byName.get('Claire')).toMatchObject({ kind: 'person', source: 'speaker', count: 1, documentCount: 1, decision: 'pending' });
    expect(byName.get('Claire')!.contexts[0]).toMatchObject({ documentId: project.interview.id, before: expect.stringContaining('pseudonyme «') });
    expect(byName.get('Inès')).toMatchObject({ kind: 'person', source: 'capitalised', count: 1 });
    expect(byName.get('Rabière')).toMatchObject({ count: 1 });
    for (const name of CASES) expect(byName.get(name)).toMatchObject({ source: 'case' });
    expect(byName.has('Enquêtrice')).toBe(false);
    // Proposed pseudonyms are all different and none is an original.
    const proposed = candidates.map((c) => c.pseudonym!.toLowerCase());
    expect(new Set(proposed).size).toBe(candidates.length);
    for (const c of candidates) expect(proposed).not.toContain(c.original.toLowerCase());

    const accepted = await acceptAll(service);
    const preview = await service.call('pseudonyms:preview', {});
    for (const doc of [project.sheet, project.interview]) {
      const counted = accepted.reduce((sum, original) => sum + occurrences(doc.text, original), 0);
      expect(preview.documents.find((d) => d.documentId === doc.id)?.replacements).toBe(counted);
    }
    // By hand: the sheet names Inès and the Rabière (2); the interview names Claire, and its
    // « Enquêtrice : Agence » is a capitalised word after a colon, detected too (2).
    expect(byName.get('Agence')).toMatchObject({ source: 'capitalised', count: 1 });
    expect(preview.documents.map((d) => d.replacements)).toEqual([2, 2]);
    expect(preview.replacements).toBe(4);
  });

  it('exports pseudonymised CSV extracts, IRaMuTeQ corpus and REFI project without any original, leaving the project as it was', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    const accepted = await acceptAll(service);
    expect(accepted).toEqual(expect.arrayContaining(['Claire', 'Inès', ...CASES]));
    const before = state(project.file);
    const copiesBefore = leftoverCopies();

    const families = (await service.call('codebook:list', {})).filter((c) => c.parentId === null);
    const query = { op: 'or' as const, items: families.map((c) => ({ op: 'code' as const, codeId: c.id, withChildren: true })) };
    const plain = decode(Buffer.from((await service.call('exports:extracts', { query, filters: {}, format: 'csv' })).base64, 'base64'));
    const csvFile = await service.call('exports:extracts', { query, filters: {}, format: 'csv', pseudonymise: true });
    const csv = decode(Buffer.from(csvFile.base64, 'base64'));
    // The plain export names cases (so the check below could fail); the pseudonymised one names none.
    expect(accepted.some((original) => occurrences(plain, original) > 0)).toBe(true);
    expect(csvFile.summary).toEqual((await service.call('exports:extracts', { query, filters: {}, format: 'csv' })).summary);
    for (const original of accepted) expect(occurrences(csv, original), original).toBe(0);
    expect(csv).toContain('Personne');

    const iramuteq = decode(Buffer.from((await service.call('exports:iramuteq', { pseudonymise: true })).base64, 'base64'));
    for (const original of accepted) expect(occurrences(iramuteq, original), original).toBe(0);

    const plainQdpx = unzip(Buffer.from((await service.call('exports:project', { format: 'qdpx' })).base64, 'base64'));
    expect(Object.values(plainQdpx).some((bytes) => occurrences(decode(bytes), 'Claire') > 0)).toBe(true);
    const entries = unzip(Buffer.from((await service.call('exports:project', { format: 'qdpx', pseudonymise: true })).base64, 'base64'));
    const qde = decode(entries['project.qde']!);
    const lint = xmllint('Project.xsd', writeTemp(tempDir(), 'project.qde', qde));
    expect(lint.out).toContain('validates');
    expect(lint.code).toBe(0);
    for (const [name, bytes] of Object.entries(entries)) {
      const text = decode(bytes);
      for (const original of accepted) expect(occurrences(text, original), `${original} in ${name}`).toBe(0);
    }
    expect(all(parseXml(qde), 'TextSource').length).toBe(2);

    // The synthesis report of each family, with a key quote marked: its citations name cases.
    await service.call('extracts:setKeyQuote', { codingId: project.codings.direction, keyQuote: true });
    const reportText = async (pseudonymise: boolean) => {
      const texts: string[] = [];
      for (const family of families) {
        const file = await service.call('exports:report', { familyId: family.id, charts: [], pseudonymise });
        texts.push(decode(unzip(Buffer.from(file.base64, 'base64'))['word/document.xml']!));
      }
      return texts.join('\n');
    };
    const plainReport = await reportText(false);
    expect(accepted.some((original) => occurrences(plainReport, original) > 0)).toBe(true);
    const report = await reportText(true);
    for (const original of accepted) expect(occurrences(report, original), `${original} in the report`).toBe(0);
    await service.call('extracts:setKeyQuote', { codingId: project.codings.direction, keyQuote: false });

    // The project is unchanged, and no temporary copy is left behind.
    expect(state(project.file)).toBe(before);
    expect((await service.call('pseudonyms:entries', {})).length).toBe(accepted.length);
    expect(leftoverCopies()).toEqual(copiesBefore);
  });

  it('pseudonymises the fixtures project in place after a backup, and undoes and redoes it', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    const accepted = await acceptAll(service);
    const before = state(project.file);
    const coded = new Map((await service.call('codings:forDocument', { documentId: project.sheet.id })).map((c) => [c.id, project.sheet.text.slice(c.start, c.end)]));

    const result = await service.call('pseudonyms:apply', {});
    expect(result).toMatchObject({ replacements: 4, documents: 2 });
    expect(fs.existsSync(result.backupPath!)).toBe(true);
    expect(state(result.backupPath!)).toBe(before);
    const sheet = (await service.call('documents:get', { id: project.sheet.id })).text;
    expect(sheet).not.toMatch(word('Inès'));
    // None of the sheet's codings holds a replaced name: each keeps exactly its text.
    for (const c of await service.call('codings:forDocument', { documentId: project.sheet.id })) expect(sheet.slice(c.start, c.end)).toBe(coded.get(c.id));
    const cases = (await service.call('cases:list', {})).map((c) => c.name);
    for (const name of CASES) expect(cases).not.toContain(name);
    // No original is left anywhere in the project but in the correspondence table (and the
    // full-text index's own tables, rebuilt from the documents by trigger).
    const db = new Database(project.file, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'pseudonyms' AND name NOT LIKE 'document_text_index%'").all() as { name: string }[]).map((t) => t.name);
    const everything = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
    db.close();
    for (const original of accepted) expect(occurrences(everything, original), original).toBe(0);
    const after = state(project.file);

    await service.call('history:undo', {});
    expect(state(project.file)).toBe(before);
    await service.call('history:redo', {});
    expect(state(project.file).replace(/"revision":\d+/g, '')).toBe(after.replace(/"revision":\d+/g, ''));
  });

  it('follows the saved settings: the researcher’s places, the first-names scheme, the free scheme', async () => {
    const { service, folder } = testService();
    await buildQuestionProject(service, folder);
    const defaults = await service.call('pseudonyms:settings', {});
    expect(defaults.scheme).toBe('letters');
    expect(defaults.places).toEqual([]);
    expect(defaults.firstNames).toContain('Alice');

    const saved = await service.call('pseudonyms:saveSettings', { scheme: 'firstNames', firstNames: ['Claire', 'Bruno', 'Zoé', 'bruno'], places: ['Rabière'] });
    expect(saved).toEqual({ scheme: 'firstNames', firstNames: ['Claire', 'Bruno', 'Zoé'], places: ['Rabière'] });
    const byName = new Map((await service.call('pseudonyms:candidates', {})).map((c) => [c.original, c]));
    expect(byName.get('Rabière')).toMatchObject({ kind: 'place', source: 'placeList', pseudonym: 'Lieu A' });
    // Most frequent first, then alphabetical: Agence, Claire, Inès… « Claire » is an original, never a pseudonym.
    expect(['Agence', 'Claire', 'Inès'].map((n) => byName.get(n)!.pseudonym)).toEqual(['Bruno', 'Zoé', 'Personne A']);

    await service.call('pseudonyms:saveSettings', { scheme: 'free' });
    expect((await service.call('pseudonyms:settings', {})).places).toEqual(['Rabière']);
    expect((await service.call('pseudonyms:candidates', {})).find((c) => c.original === 'Claire')!.pseudonym).toBeNull();
    await expect(service.call('pseudonyms:decide', { original: 'Claire', kind: 'person', decision: 'accepted' })).rejects.toThrow(/pseudonym/);
    const typed = await service.call('pseudonyms:decide', { original: 'Claire', kind: 'person', decision: 'accepted', pseudonym: 'Madeleine' });
    expect(typed.pseudonym).toBe('Madeleine');
  });
});
