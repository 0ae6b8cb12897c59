import { describe, expect, it } from 'vitest';
import { inVivoName } from '../../../electron/service/handlers/coding';
import { testService } from '../support/temp';

/** A fresh demo project with one document of plain text to code, and two codes. */
async function setUp() {
  const { service } = testService();
  await service.call('projects:openDemo', {});
  const codes = await service.call('codebook:list', {});
  const a = codes.find((c) => c.path === 'Besoins/Besoin global')!;
  const b = codes.find((c) => c.parentId !== null && c.id !== a.id)!;
  const doc = await service.call('documents:get', { id: 1 });
  return { service, a, b, doc };
}

describe('coding passages', () => {
  it('codes a passage, overlaps another code, and keeps both as separate codings', async () => {
    const { service, a, b, doc } = await setUp();
    const before = doc.codings.length;
    const first = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 10, end: 40 });
    expect(first).toMatchObject({ merged: false, absorbed: [], coding: { codeId: a.id, start: 10, end: 40 } });
    const second = await service.call('codings:add', { documentId: doc.id, codeId: b.id, start: 30, end: 60 });
    expect(second.merged).toBe(false);
    const codings = await service.call('codings:forDocument', { documentId: doc.id });
    expect(codings).toHaveLength(before + 2);
    expect(codings).toContainEqual(expect.objectContaining({ codeId: a.id, start: 10, end: 40 }));
    expect(codings).toContainEqual(expect.objectContaining({ codeId: b.id, start: 30, end: 60 }));
    const recent = await service.call('codings:recentCodes', {});
    expect(recent.slice(0, 2)).toEqual([b.id, a.id]);
    expect(recent.length).toBeLessThanOrEqual(9);
  });

  it('merges an overlapping or touching coding of the same code by the same coder into one', async () => {
    const { service, a, doc } = await setUp();
    const first = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 10, end: 40 });
    const touching = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 40, end: 50 });
    expect(touching).toEqual({ merged: true, absorbed: [], coding: expect.objectContaining({ id: first.coding.id, start: 10, end: 50 }) });
    // A passage bridging two codings of the code: the later one is absorbed into the first.
    const apart = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 70, end: 80 });
    const bridge = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 45, end: 75 });
    expect(bridge).toEqual({ merged: true, absorbed: [apart.coding.id], coding: expect.objectContaining({ id: first.coding.id, start: 10, end: 80 }) });
    const inside = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 20, end: 30 });
    expect(inside.coding).toMatchObject({ id: first.coding.id, start: 10, end: 80 });
    const mine = (await service.call('codings:forDocument', { documentId: doc.id })).filter((c) => c.codeId === a.id && c.start < 80 && c.end > 10);
    expect(mine).toHaveLength(1);
  });

  it('undoes and redoes codings in order, with their labels in the history', async () => {
    const { service, a, b, doc } = await setUp();
    await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 10, end: 40 });
    await service.call('codings:add', { documentId: doc.id, codeId: b.id, start: 30, end: 60 });
    const labels = (await service.call('history:list', {})).entries.map((e) => e.label);
    expect(labels).toEqual([`Coder « ${b.name} »`, `Coder « ${a.name} »`]);
    await service.call('history:undo', {});
    let codings = await service.call('codings:forDocument', { documentId: doc.id });
    expect(codings.some((c) => c.codeId === b.id && c.start === 30)).toBe(false);
    expect(codings.some((c) => c.codeId === a.id && c.start === 10)).toBe(true);
    await service.call('history:redo', {});
    codings = await service.call('codings:forDocument', { documentId: doc.id });
    expect(codings.some((c) => c.codeId === b.id && c.start === 30 && c.end === 60)).toBe(true);
  });

  it('goes back to any point of the history and forward again, in one step each', async () => {
    const { service, a, b, doc } = await setUp();
    await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 10, end: 20 });
    await service.call('codings:add', { documentId: doc.id, codeId: b.id, start: 30, end: 40 });
    await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 50, end: 60 });
    const entries = (await service.call('history:list', {})).entries;
    const first = entries[entries.length - 1]!;
    const state = await service.call('history:travel', { id: first.id, direction: 'undo' });
    expect(state.entries.every((e) => e.undone)).toBe(true);
    const mine = (await service.call('codings:forDocument', { documentId: doc.id })).filter((c) => [10, 30, 50].includes(c.start));
    expect(mine).toEqual([]);
    const second = entries[1]!;
    const forward = await service.call('history:travel', { id: second.id, direction: 'redo' });
    expect(forward.entries.map((e) => e.undone)).toEqual([true, false, false]);
    const starts = (await service.call('codings:forDocument', { documentId: doc.id })).map((c) => c.start);
    expect(starts).toEqual(expect.arrayContaining([10, 30]));
    expect(starts).not.toContain(50);
  });

  it('removes a coding and recodes another, both undoable, the coding keeping its identity (so its comment follows)', async () => {
    const { service, a, b, doc } = await setUp();
    const { coding } = await service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 100, end: 140 });
    const changed = await service.call('codings:changeCode', { id: coding.id, codeId: b.id });
    expect(changed).toMatchObject({ id: coding.id, codeId: b.id, start: 100, end: 140 });
    await service.call('codings:remove', { id: coding.id });
    expect((await service.call('codings:forDocument', { documentId: doc.id })).some((c) => c.id === coding.id)).toBe(false);
    await service.call('history:undo', {});
    expect((await service.call('codings:forDocument', { documentId: doc.id })).find((c) => c.id === coding.id)).toMatchObject({ codeId: b.id });
    await service.call('history:undo', {});
    expect((await service.call('codings:forDocument', { documentId: doc.id })).find((c) => c.id === coding.id)).toMatchObject({ codeId: a.id });
  });

  it('refuses passages outside the document and unknown codes, writing nothing', async () => {
    const { service, a, doc } = await setUp();
    await expect(service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 0, end: doc.text.length + 1 })).rejects.toMatchObject({
      code: 'CODING_RANGE',
    });
    await expect(service.call('codings:add', { documentId: doc.id, codeId: 999_999, start: 0, end: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.call('codings:add', { documentId: doc.id, codeId: a.id, start: 5, end: 5 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await service.call('history:list', {})).entries).toEqual([]);
  });

  it('codes in vivo: a new code named after the words, in the « In vivo » family, undone as one action', async () => {
    const { service, doc } = await setUp();
    const start = doc.text.search(/\S/);
    const words = doc.text.slice(start).match(/^\S+(\s+\S+){0,3}/)![0];
    const result = await service.call('codings:inVivo', { documentId: doc.id, start, end: start + words.length });
    expect(result.created).toBe(true);
    const codes = await service.call('codebook:list', {});
    const code = codes.find((c) => c.id === result.codeId)!;
    expect(code.path).toBe(`In vivo/${inVivoName(words)}`);
    expect(code.codingCount).toBe(1);
    await service.call('history:undo', {});
    expect((await service.call('codebook:list', {})).some((c) => c.name === 'In vivo')).toBe(false);
  });

  it('names in-vivo codes from the words, flattened and cut at a word', () => {
    expect(inVivoName('  « on se sent\n  perdu »  ')).toBe('on se sent perdu');
    const long = inVivoName('je ne savais pas du tout à qui m’adresser pour remplir ce dossier en ligne, vraiment pas');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long).toBe('je ne savais pas du tout à qui m’adresser pour remplir ce…');
  });

  it('lists the coders of the project', async () => {
    const { service } = await setUp();
    const coders = await service.call('coders:list', {});
    expect(coders.length).toBeGreaterThanOrEqual(1);
    expect(coders.map((c) => c.name)).toContain((await service.call('projects:info', {})).coder.name);
  });
});
