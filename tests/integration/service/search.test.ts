import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import type { SearchResult } from '../../../shared/search/types';
import { testService } from '../support/temp';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');
/** Imported in this order: documents 1 to 5. */
const FILES = [
  'entretien-animatrice-periscolaire.txt',
  'entretien-conseillere-logement.docx',
  'entretien-animateur-foyer.vtt',
  'fiche-observation-j2-mission-locale.docx',
  'fiche-observation-j1-aide-domicile.docx',
];

async function fieldProject(): Promise<{ service: Service; ids: number[]; names: string[] }> {
  const { service, folder } = testService();
  await service.call('projects:create', { path: path.join(folder, 'terrain.balise'), template: 'stess' });
  const outcomes = await service.call('imports:paths', { paths: FILES.map((f) => path.join(fixtures, f)) });
  expect(outcomes.map((o) => o.status)).toEqual(FILES.map(() => 'imported'));
  const documents = await service.call('documents:list', {});
  return { service, ids: documents.map((d) => d.id), names: documents.map((d) => d.name) };
}

const perDocument = (result: SearchResult) => result.groups.map((g) => [g.name, g.count]);

/** Every listed hit is the text at its offsets. */
async function checkOffsets(service: Service, result: SearchResult): Promise<string[]> {
  const matched: string[] = [];
  for (const group of result.groups) {
    const { text } = await service.call('documents:get', { id: group.documentId });
    for (const hit of group.hits) {
      expect(text.slice(hit.start, hit.end).replace(/\s+/g, ' ')).toBe(hit.match);
      matched.push(hit.match);
    }
  }
  return matched;
}

describe('text search on the field fixtures', () => {
  // Counted by reading the fixtures: « téléphone » once in the housing interview (« n'ont qu'un
  // téléphone »), once in the youth-hostel interview (« sur leur téléphone »), four times in the
  // mission locale sheet (« fixé par téléphone », « téléphone professionnel », « sur son téléphone »,
  // « avec un téléphone »), once in the home-help sheet (« sur un téléphone professionnel »).
  it('finds accented words from a query without accents, grouped by document with counts', async () => {
    const { service } = await fieldProject();
    const result = await service.call('search:run', { query: 'telephone' });
    expect(result).toMatchObject({ hits: 7, documents: 4, truncated: false, words: ['telephone'] });
    expect(perDocument(result)).toEqual([
      ['entretien-conseillere-logement', 1],
      ['entretien-animateur-foyer', 1],
      ['fiche-observation-j2-mission-locale', 4],
      ['fiche-observation-j1-aide-domicile', 1],
    ]);
    expect(await checkOffsets(service, result)).toEqual(Array(7).fill('téléphone'));
    const foyer = result.groups[1]!.hits[0]!;
    expect(foyer.before.endsWith('Ils sont sur leur ')).toBe(true);
    expect(foyer.after.startsWith(' toute la journée')).toBe(true);
    expect(foyer.where).toBe('Animateur');
    // Capitals and accents in the query do not matter either.
    expect((await service.call('search:run', { query: 'TÉLÉPHONE' })).hits).toBe(7);
  });

  it('finds whole words, prefixes and exact phrases', async () => {
    const { service } = await fieldProject();
    // « captures d'écran » (periscolaire), « tourne un écran », « regarde pas l'écran »; « deux écrans » only with the prefix.
    const ecran = await service.call('search:run', { query: 'ecran' });
    expect(perDocument(ecran)).toEqual([
      ['entretien-animatrice-periscolaire', 1],
      ['fiche-observation-j2-mission-locale', 2],
    ]);
    expect((await service.call('search:run', { query: 'ecran*' })).hits).toBe(4);
    // « démarche de logement », « démarche administrative »; the plural « démarches » is another word.
    const demarche = await service.call('search:run', { query: 'demarche' });
    expect(perDocument(demarche)).toEqual([['fiche-observation-j2-mission-locale', 2]]);
    // Twice in the housing interview, four times in the mission locale sheet, once with a capital.
    const password = await service.call('search:run', { query: '"mot de passe"' });
    expect(perDocument(password)).toEqual([
      ['entretien-conseillere-logement', 2],
      ['fiche-observation-j2-mission-locale', 4],
    ]);
    expect((await checkOffsets(service, password)).sort()).toEqual(['Mot de passe', 'mot de passe', 'mot de passe', 'mot de passe', 'mot de passe', 'mot de passe']);
    // Both in one document: only the two documents that hold both.
    const both = await service.call('search:run', { query: 'telephone "mot de passe"' });
    expect(perDocument(both)).toEqual([
      ['entretien-conseillere-logement', 3],
      ['fiche-observation-j2-mission-locale', 8],
    ]);
    expect((await service.call('search:run', { query: 'telephone -"mot de passe"' })).documents).toBe(2);
  });

  it('lists the first results only but counts them all, and searches chosen documents', async () => {
    const { service, ids } = await fieldProject();
    const limited = await service.call('search:run', { query: 'telephone', limit: 2 });
    expect(limited).toMatchObject({ hits: 7, documents: 4, truncated: true });
    expect(limited.groups.flatMap((g) => g.hits)).toHaveLength(2);
    expect(limited.groups[3]!.hits).toEqual([]);
    const chosen = await service.call('search:run', { query: 'telephone', documentIds: [ids[3]!] });
    expect(perDocument(chosen)).toEqual([['fiche-observation-j2-mission-locale', 4]]);
  });

  it('refuses a malformed query with a French message', async () => {
    const { service } = await fieldProject();
    const answer = await service.dispatch('search:run', { query: '"mot de passe' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'SEARCH_UNCLOSED_QUOTE' } });
    expect(answer.ok ? '' : answer.error.message.fr).toContain('Guillemet non fermé');
    expect(await service.dispatch('search:run', { query: 'accès NEAR/x droits' })).toMatchObject({ ok: false, error: { code: 'SEARCH_NEAR_DISTANCE' } });
  });

  it('reads the documents in the background when asked to prepare', async () => {
    const { service } = await fieldProject();
    expect(await service.call('search:prepare', {})).toEqual({ documents: 5 });
    // Read a few at a time between calls: soon none is left.
    const deadline = Date.now() + 5000;
    let left = 5;
    while (left > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      left = (await service.call('search:prepare', {})).documents;
    }
    expect(left).toBe(0);
    expect((await service.call('search:run', { query: 'telephone' })).hits).toBe(7);
  });

  it('follows text edits and their undo', async () => {
    const { service, ids } = await fieldProject();
    expect((await service.call('search:run', { query: 'telephone' })).hits).toBe(7);
    const doc = await service.call('documents:get', { id: ids[2]! });
    const text = doc.text.replace('sur leur téléphone', 'sur leur portable');
    await service.call('documents:editText', { id: doc.id, text, revision: doc.revision });
    expect((await service.call('search:run', { query: 'telephone' })).hits).toBe(6);
    expect((await service.call('search:run', { query: 'portable' })).hits).toBe(1);
    await service.call('history:undo', {});
    expect((await service.call('search:run', { query: 'telephone' })).hits).toBe(7);
    expect((await service.call('search:run', { query: 'portable' })).hits).toBe(0);
  });
});

describe('coding all the results of a search', () => {
  it('previews the counts, codes in one undoable action, and skips what is already coded', async () => {
    const { service } = await fieldProject();
    const code = (await service.call('codebook:list', {})).find((c) => c.path === 'Besoins/Besoin numérique')!;
    const before = (await service.call('projects:info', {})).codings;

    const preview = await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'word', preview: true });
    expect(preview).toEqual({ hits: 7, passages: 7, alreadyCoded: 0, coded: 7, outside: 0, documents: 4, scope: 'word', preview: true });
    expect((await service.call('projects:info', {})).codings).toBe(before);

    const done = await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'word' });
    expect(done).toMatchObject({ coded: 7, preview: false });
    expect((await service.call('projects:info', {})).codings).toBe(before + 7);
    const coded = await service.call('codebook:codings', { codeId: code.id });
    expect(coded).toHaveLength(7);
    const history = await service.call('history:list', {});
    expect(history.entries[0]!.label).toBe('Coder les résultats de « telephone » : « Besoin numérique » (7)');

    // Again: every passage is already coded, nothing is written, no new history entry.
    expect(await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'word' })).toMatchObject({ alreadyCoded: 7, coded: 0 });
    expect((await service.call('history:list', {})).entries).toHaveLength(history.entries.length);

    await service.call('history:undo', {});
    expect((await service.call('projects:info', {})).codings).toBe(before);
    await service.call('history:redo', {});
    expect((await service.call('projects:info', {})).codings).toBe(before + 7);
  });

  it('widens results to their turn, paragraph or sentence', async () => {
    const { service, ids } = await fieldProject();
    const code = (await service.call('codebook:list', {})).find((c) => c.path === 'Freins/Liés aux publics')!;
    // Only the two interviews have speaker turns: the five results in the sheets are left out.
    const turns = await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'turn', preview: true });
    expect(turns).toMatchObject({ hits: 7, passages: 2, coded: 2, outside: 5, documents: 2 });
    // The six « mot de passe » are in six different turns or grid answers, and six sentences.
    expect(await service.call('search:autocode', { query: '"mot de passe"', codeId: code.id, scope: 'paragraph', preview: true })).toMatchObject({ passages: 6, outside: 0 });
    expect(await service.call('search:autocode', { query: '"mot de passe"', codeId: code.id, scope: 'sentence', preview: true })).toMatchObject({ passages: 6 });

    await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'turn' });
    const foyer = await service.call('documents:get', { id: ids[2]! });
    const turn = foyer.units.find((u) => u.kind === 'turn' && foyer.text.slice(u.start, u.end).includes('sur leur téléphone'))!;
    expect(foyer.codings).toContainEqual(expect.objectContaining({ codeId: code.id, start: turn.start, end: turn.end }));
    // The word inside that turn is now « already coded » for this code.
    const inside = await service.call('search:autocode', { query: 'telephone', codeId: code.id, scope: 'word', documentIds: [ids[2]!], preview: true });
    expect(inside).toMatchObject({ passages: 1, alreadyCoded: 1, coded: 0 });
  });

  it('refuses an unknown code', async () => {
    const { service } = await fieldProject();
    expect(await service.dispatch('search:autocode', { query: 'telephone', codeId: 9999, scope: 'word' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('word frequencies', () => {
  it('counts folded words in their usual spelling, with or without stop words', async () => {
    const { service } = await fieldProject();
    const list = await service.call('search:frequencies', { excludeStopWords: true, minLength: 3, limit: 50 });
    // « numérique »: 3 times in the housing interview, 5 in the mission locale sheet, 6 in the home-help sheet.
    expect(list.words[0]).toEqual({ word: 'numérique', folded: 'numerique', count: 14, documents: 3 });
    expect(list.words.find((w) => w.folded === 'telephone')).toEqual({ word: 'téléphone', folded: 'telephone', count: 7, documents: 4 });
    expect(list.words.some((w) => ['les', 'pour', 'est', 'une'].includes(w.folded))).toBe(false);
    expect(list.documents).toBe(5);

    const all = await service.call('search:frequencies', { excludeStopWords: false, minLength: 1, limit: 50 });
    expect(all.words.findIndex((w) => w.folded === 'de')).toBeLessThan(all.words.findIndex((w) => w.folded === 'numerique'));
    expect(all.total).toBeGreaterThan(list.total);
    const long = await service.call('search:frequencies', { excludeStopWords: true, minLength: 12, limit: 50 });
    expect(long.words.every((w) => [...w.folded].length >= 12)).toBe(true);
    expect(long.words.length).toBeGreaterThan(0);
  });
});
