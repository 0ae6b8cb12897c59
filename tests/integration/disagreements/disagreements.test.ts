import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { testService } from '../support/temp';

const fixture = path.resolve(__dirname, '../../../../shared/fixtures/entretien-animatrice-periscolaire.txt');

/** Four sentences of four different turns of the interview. */
const ONLY_ALICE = 'Surtout par l\'application de la commune.';
const DIFFERENT_CODES = 'On a eu une formation d\'une heure.';
const GUIDE_LONG = 'Un guide très simple, avec des captures d\'écran';
const GUIDE_SHORT = 'Un guide très simple';
const AGREED = 'Et vous, êtes-vous à l\'aise avec cette application ?';

interface Setup {
  service: Service;
  file: string;
  documentId: number;
  text: string;
  alice: number;
  bruno: number;
  need: number;
  publics: number;
}

/**
 * A StESS project with the periscolaire interview: Alice codes, the project is closed and opened
 * again, then Bruno takes the keyboard (coders:identify, without reopening) and codes:
 * - « Surtout par… »: Alice « Besoin numérique », Bruno nothing → codé par A seulement;
 * - « On a eu une formation… »: Alice « Besoin numérique », Bruno « Liés aux publics » → codes différents;
 * - « Un guide très simple… »: both « Besoin numérique », Alice to « d'écran », Bruno to « simple » → limites;
 * - « Et vous, êtes-vous… »: both « Besoin numérique » over the same words → agreement, not listed.
 */
async function setUp(): Promise<Setup> {
  const { service, folder } = testService();
  const file = path.join(folder, 'equipe.balise');
  await service.call('coders:identify', { name: 'Alice', color: '#1f6feb' });
  await service.call('projects:create', { path: file, template: 'stess' });
  const [outcome] = await service.call('imports:paths', { paths: [fixture] });
  const documentId = outcome!.documentId!;
  const { text } = await service.call('documents:get', { id: documentId });
  const codes = await service.call('codebook:list', {});
  const need = codes.find((c) => c.name === 'Besoin numérique')!.id;
  const publics = codes.find((c) => c.name === 'Liés aux publics')!.id;
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    expect(start, quote).toBeGreaterThan(0);
    return { documentId, start, end: start + quote.length };
  };
  const add = (quote: string, codeId: number) => service.call('codings:add', { ...at(quote), codeId });
  await add(ONLY_ALICE, need);
  await add(DIFFERENT_CODES, need);
  await add(GUIDE_LONG, need);
  await add(AGREED, need);
  await service.call('projects:close', {});

  await service.call('projects:open', { path: file });
  expect((await service.call('projects:info', {})).coder.name).toBe('Alice');
  const switched = await service.call('coders:identify', { name: 'Bruno', color: '#bf3989' });
  expect(switched.coder).toMatchObject({ name: 'Bruno', color: '#bf3989' });
  await add(DIFFERENT_CODES, publics);
  await add(GUIDE_SHORT, need);
  await add(AGREED, need);
  const coders = await service.call('coders:list', {});
  const alice = coders.find((c) => c.name === 'Alice')!.id;
  const bruno = coders.find((c) => c.name === 'Bruno')!.id;
  return { service, file, documentId, text, alice, bruno, need, publics };
}

const passagesOf = async ({ service, documentId, alice, bruno }: Setup) => {
  const list = await service.call('disagreements:list', { documentId, coderA: alice, coderB: bruno });
  return list.passages.map((p) => ({ kinds: p.kinds, text: p.text, a: p.a.length, b: p.b.length }));
};

describe('coders and their disagreements on a real project file', () => {
  it('signs the next coding and memo with the coder chosen mid-session, and lists the three disagreements', async () => {
    const setup = await setUp();
    const { service, documentId, alice, bruno, text } = setup;
    const codings = await service.call('codings:forDocument', { documentId });
    // Alice coded four passages before the switch, Bruno three after.
    expect(codings.filter((c) => c.coderId === alice)).toHaveLength(4);
    expect(codings.filter((c) => c.coderId === bruno)).toHaveLength(3);
    const guide = codings.find((c) => c.coderId === bruno && text.slice(c.start, c.end) === GUIDE_SHORT)!;
    const memo = await service.call('memos:save', { kind: 'coding', codingId: guide.id, title: '', body: 'Pourquoi pas la suite ?' });
    expect(memo.coderName).toBe('Bruno');
    expect(await service.call('coders:identity', {})).toMatchObject({ name: 'Bruno', color: '#bf3989', chosen: true, coder: { id: bruno } });
    // Most codings first: Alice (4) then Bruno (3).
    expect((await service.call('disagreements:coders', { documentId })).map((c) => [c.name, c.codings])).toEqual([
      ['Alice', 4],
      ['Bruno', 3],
    ]);

    const passages = await passagesOf(setup);
    expect(passages.map((p) => p.kinds)).toEqual([['onlyA'], ['codes'], ['boundaries']]);
    expect(passages[0]!.text).toContain(ONLY_ALICE);
    expect(passages[1]!.text).toContain(DIFFERENT_CODES);
    expect(passages[2]!.text).toContain(GUIDE_LONG);
    expect(passages.map((p) => [p.a, p.b])).toEqual([
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
    // The agreement on « Et vous… » is not listed; nor is anything when comparing on another code only.
    expect(passages.some((p) => p.text.includes(AGREED))).toBe(false);
    const onPublics = await service.call('disagreements:list', { documentId, coderA: alice, coderB: bruno, codeIds: [setup.publics] });
    expect(onPublics.passages.map((p) => p.kinds)).toEqual([['onlyB']]);
  });

  it('resolves each passage as one undoable action, and undo and redo bring it back and away', async () => {
    const setup = await setUp();
    const { service, documentId, alice, bruno, text, file } = setup;
    const pair = { documentId, coderA: alice, coderB: bruno };
    const list = await service.call('disagreements:list', pair);
    const [onlyAlice, codes, boundaries] = list.passages;
    const historyTop = async () => (await service.call('history:list', {})).entries[0]!.label;
    const brunoCodings = async () => (await service.call('codings:forDocument', { documentId })).filter((c) => c.coderId === bruno).map((c) => text.slice(c.start, c.end));

    // Garder la mienne (Alice's) on « Surtout par… »: Bruno gets Alice's coding.
    let after = await service.call('disagreements:resolve', { ...pair, fingerprint: onlyAlice!.fingerprint, resolution: 'keepA' });
    expect(after.passages.map((p) => p.kinds)).toEqual([['codes'], ['boundaries']]);
    expect(await brunoCodings()).toContain(ONLY_ALICE);
    expect(await historyTop()).toBe('Désaccord dans « entretien-animatrice-periscolaire » : garder le codage de Alice');
    await service.call('history:undo', {});
    expect((await passagesOf(setup)).map((p) => p.kinds)).toEqual([['onlyA'], ['codes'], ['boundaries']]);
    expect(await brunoCodings()).not.toContain(ONLY_ALICE);
    await service.call('history:redo', {});
    expect((await passagesOf(setup)).map((p) => p.kinds)).toEqual([['codes'], ['boundaries']]);

    // Prendre la sienne (Bruno's) on the guide: Alice's coding now ends at « simple », its id kept.
    after = await service.call('disagreements:resolve', { ...pair, fingerprint: boundaries!.fingerprint, resolution: 'keepB' });
    expect(after.passages.map((p) => p.kinds)).toEqual([['codes']]);
    const aliceGuide = (await service.call('codings:forDocument', { documentId })).find((c) => c.id === boundaries!.a[0]!.id)!;
    expect(text.slice(aliceGuide.start, aliceGuide.end)).toBe(GUIDE_SHORT);
    expect(await historyTop()).toBe('Désaccord dans « entretien-animatrice-periscolaire » : garder le codage de Bruno');
    await service.call('history:undo', {});
    const restored = (await service.call('codings:forDocument', { documentId })).find((c) => c.id === boundaries!.a[0]!.id)!;
    expect(text.slice(restored.start, restored.end)).toBe(GUIDE_LONG);
    await service.call('history:redo', {});

    // Garder les deux on the different codes: nothing changes in the codings, the passage leaves the list.
    const before = await service.call('codings:forDocument', { documentId });
    after = await service.call('disagreements:resolve', { ...pair, fingerprint: codes!.fingerprint, resolution: 'keepBoth' });
    expect(after).toMatchObject({ passages: [], reviewed: 1 });
    expect(await service.call('codings:forDocument', { documentId })).toEqual(before);
    expect(await historyTop()).toBe('Désaccord dans « entretien-animatrice-periscolaire » : garder les deux codages');
    // Seen from Bruno's side (coders swapped), the passage is kept too.
    expect((await service.call('disagreements:list', { documentId, coderA: bruno, coderB: alice })).reviewed).toBe(1);
    await service.call('history:undo', {});
    expect(await service.call('disagreements:list', pair)).toMatchObject({ reviewed: 0, passages: [{ kinds: ['codes'] }] });
    await service.call('history:redo', {});
    // A passage already resolved cannot be resolved twice.
    await expect(service.call('disagreements:resolve', { ...pair, fingerprint: codes!.fingerprint, resolution: 'keepA' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await service.call('projects:close', {});

    // In the file: the kept passage, signed by Bruno (the coder at the keyboard).
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT coder_low, coder_high, reviewed_by, fingerprint FROM reviewed_disagreements').all();
    db.close();
    expect(rows).toEqual([{ coder_low: Math.min(alice, bruno), coder_high: Math.max(alice, bruno), reviewed_by: bruno, fingerprint: codes!.fingerprint }]);
  });

  it('at first start, has no coder chosen: the system user name until the researcher says who codes', async () => {
    const { service } = testService();
    const first = await service.call('coders:identity', {});
    expect(first).toMatchObject({ chosen: false, color: null, coder: null });
    expect(first.name.length).toBeGreaterThan(0);
    expect(await service.call('coders:identify', { name: ' Chloé ', color: '#0A7D5A' })).toEqual({ name: 'Chloé', color: '#0a7d5a', chosen: true, coder: null });
  });

  it('keeping one side of a boundary moves the other coder’s first coding and removes the rest', async () => {
    const setup = await setUp();
    const { service, documentId, alice, bruno, text, need } = setup;
    // Bruno also codes « Surtout par l'application » and « de la commune. » apart (Besoin numérique):
    // against Alice's one coding over the whole sentence, a boundary difference of three codings.
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    await service.call('codings:add', { documentId, codeId: need, ...at('Surtout par') });
    await service.call('codings:add', { documentId, codeId: need, ...at('de la commune.') });
    const pair = { documentId, coderA: alice, coderB: bruno };
    const first = (await service.call('disagreements:list', pair)).passages[0]!;
    expect(first.kinds).toEqual(['boundaries']);
    expect([first.a.length, first.b.length]).toEqual([1, 2]);
    await service.call('disagreements:resolve', { ...pair, fingerprint: first.fingerprint, resolution: 'keepA' });
    const brunos = (await service.call('codings:forDocument', { documentId })).filter((c) => c.coderId === bruno && c.codeId === need);
    // The earlier of Bruno's two codings now covers Alice's sentence; the later one is gone.
    expect(brunos.find((c) => c.id === first.b[0]!.id)).toMatchObject(at(ONLY_ALICE));
    expect(brunos.some((c) => c.id === first.b[1]!.id)).toBe(false);
    expect((await service.call('disagreements:list', pair)).passages.map((p) => p.kinds)).toEqual([['codes'], ['boundaries']]);
  });

  it('refuses to compare a coder with themself', async () => {
    const { service, documentId, alice } = await setUp();
    await expect(service.call('disagreements:list', { documentId, coderA: alice, coderB: alice })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
