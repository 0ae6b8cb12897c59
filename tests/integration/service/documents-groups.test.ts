import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertCodings } from '../../../electron/db/repositories/codings';
import type { Service } from '../../../electron/service';
import { testService } from '../support/temp';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A project with one plain-text document of exactly `length` characters; returns its id. */
async function projectWithText(service: Service, folder: string, length: number): Promise<{ file: string; documentId: number; codeId: number }> {
  const file = path.join(folder, 'couverture.balise');
  await service.call('projects:create', { path: file, template: 'stess' });
  const text = 'abcdefghij'.repeat(length / 10);
  const outcome = await service.call('imports:upload', { fileName: 'notes.txt', data: base64(text) });
  expect(outcome.status).toBe('imported');
  const doc = await service.call('documents:get', { id: outcome.documentId! });
  expect(doc.text.length).toBe(length);
  const codeId = (await service.call('codebook:list', {})).find((c) => c.parentId !== null)!.id;
  return { file, documentId: doc.id, codeId };
}

/** Writes codings straight into the project file (the coding calls belong to another part of the service). */
function addCodings(file: string, documentId: number, codeId: number, ranges: [number, number][]): void {
  const db = new Database(file);
  db.transaction(() =>
    insertCodings(
      db,
      ranges.map(([start, end]) => ({ documentId, codeId, start, end, coderId: null })),
      new Date().toISOString(),
    ),
  )();
  db.close();
}

describe('documents: coded share', () => {
  it('is the union of the coded ranges over the text length: overlaps and nested codings count once', async () => {
    const { service, folder } = testService();
    const { file, documentId, codeId } = await projectWithText(service, folder, 200);
    expect((await service.call('documents:list', {}))[0]).toMatchObject({ id: documentId, codedShare: 0, codingCount: 0, groupIds: [] });

    // [0,10) ∪ [5,15) = [0,15): 15; [40,80) holds [50,60) and [55,70): 40; [80,90) touches it: 10;
    // [150,160) twice: 10. Union = 15 + 40 + 10 + 10 = 75 of 200 (the sum of lengths would be 130).
    addCodings(file, documentId, codeId, [
      [0, 10],
      [5, 15],
      [40, 80],
      [50, 60],
      [55, 70],
      [80, 90],
      [150, 160],
      [150, 160],
    ]);
    const [summary] = await service.call('documents:list', {});
    expect(summary).toMatchObject({ codingCount: 8, codedShare: 75 / 200 });
    expect((await service.call('documents:get', { id: documentId })).codedShare).toBe(75 / 200);
  });

  it('gives each document its own share, and a fully coded document 1', async () => {
    const { service, folder } = testService();
    const { file, documentId, codeId } = await projectWithText(service, folder, 100);
    const second = await service.call('imports:upload', { fileName: 'autre.txt', data: base64('klmnopqrst'.repeat(5)) });
    // Document 1: [0,100) and [10,20): all of it. Document 2 (50 characters): [0,5) and [45,50): 10.
    addCodings(file, documentId, codeId, [
      [10, 20],
      [0, 100],
    ]);
    addCodings(file, second.documentId!, codeId, [
      [45, 50],
      [0, 5],
    ]);
    const list = await service.call('documents:list', {});
    expect(list.map((d) => d.codedShare)).toEqual([1, 10 / 50]);
  });

  it('computes the demonstration project within bounds, and never above 1', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const list = await service.call('documents:list', {});
    for (const doc of list) {
      expect(doc.codedShare).toBeGreaterThan(0);
      expect(doc.codedShare).toBeLessThanOrEqual(1);
    }
  });
});

describe('document groups', () => {
  it('creates, renames, fills, empties and deletes groups, each step one undoable action', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const docs = await service.call('documents:list', {});
    const [a, b, c] = docs.map((d) => d.id) as [number, number, number];
    const changes: string[] = [];
    service.onEvent((event) => changes.push(event));

    const { id } = await service.call('groups:create', { name: '  Zone 5 ' });
    expect(await service.call('groups:list', {})).toEqual([{ id, name: 'Zone 5', documentIds: [] }]);
    expect(changes).toContain('project:changed');

    // Another name, case aside, is refused with a clear French message; nothing is written.
    const taken = service.call('groups:create', { name: 'zone 5' });
    await expect(taken).rejects.toMatchObject({ code: 'GROUP_NAME_TAKEN' });
    const wire = await service.dispatch('groups:create', { name: 'ZONE 5' });
    expect(wire).toMatchObject({ ok: false, error: { message: { fr: 'Un groupe s’appelle déjà « Zone 5 ». Choisissez un autre nom.' } } });
    await expect(service.call('groups:create', { name: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    expect(await service.call('groups:setMembers', { id, documentIds: [c, a], member: true })).toEqual({ changed: 2 });
    // Adding a member twice changes nothing.
    expect(await service.call('groups:setMembers', { id, documentIds: [a], member: true })).toEqual({ changed: 0 });
    expect((await service.call('groups:list', {}))[0]!.documentIds).toEqual([a, c]);
    const listed = await service.call('documents:list', {});
    expect(listed.find((d) => d.id === a)!.groupIds).toEqual([id]);
    expect(listed.find((d) => d.id === b)!.groupIds).toEqual([]);

    const { id: other } = await service.call('groups:create', { name: 'Jour 2' });
    await service.call('groups:setMembers', { id: other, documentIds: [a, b], member: true });
    expect((await service.call('documents:list', {})).find((d) => d.id === a)!.groupIds).toEqual([id, other]);

    await service.call('groups:rename', { id, name: 'Zone 5 — Sud' });
    await expect(service.call('groups:rename', { id, name: 'jour 2' })).rejects.toMatchObject({ code: 'GROUP_NAME_TAKEN' });
    // Renaming to its own name in another case is allowed.
    await service.call('groups:rename', { id: other, name: 'JOUR 2' });
    await service.call('groups:setMembers', { id, documentIds: [c], member: false });
    expect((await service.call('groups:list', {})).map((g) => [g.name, g.documentIds])).toEqual([
      ['Zone 5 — Sud', [a]],
      ['JOUR 2', [a, b]],
    ]);

    await expect(service.call('groups:setMembers', { id, documentIds: [9999], member: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.call('groups:rename', { id: 9999, name: 'X' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await service.call('groups:delete', { id });
    expect((await service.call('groups:list', {})).map((g) => g.name)).toEqual(['JOUR 2']);
    expect((await service.call('documents:list', {})).find((d) => d.id === a)!.groupIds).toEqual([other]);
    expect(docs.length).toBe((await service.call('documents:list', {})).length);

    const history = await service.call('history:list', {});
    expect(history.entries.map((e) => e.label)).toEqual([
      'Supprimer le groupe « Zone 5 — Sud »',
      'Retirer 1 document du groupe « Zone 5 — Sud »',
      'Renommer le groupe « Jour 2 » en « JOUR 2 »',
      'Renommer le groupe « Zone 5 » en « Zone 5 — Sud »',
      'Ajouter 2 documents au groupe « Jour 2 »',
      'Créer le groupe « Jour 2 »',
      'Ajouter 2 documents au groupe « Zone 5 »',
      'Créer le groupe « Zone 5 »',
    ]);

    // Undo the deletion: the group comes back with its member.
    await service.call('history:undo', {});
    expect((await service.call('groups:list', {})).map((g) => [g.id, g.name, g.documentIds])).toEqual([
      [id, 'Zone 5 — Sud', [a]],
      [other, 'JOUR 2', [a, b]],
    ]);
    // Undo the removal of c, then the rename.
    await service.call('history:undo', {});
    expect((await service.call('groups:list', {}))[0]!.documentIds).toEqual([a, c]);
    await service.call('history:undo', {});
    await service.call('history:undo', {});
    expect((await service.call('groups:list', {})).map((g) => g.name)).toEqual(['Zone 5', 'Jour 2']);
    // Redo replays the earliest undone action: the first rename.
    await service.call('history:redo', {});
    expect((await service.call('groups:list', {})).map((g) => g.name)).toEqual(['Zone 5 — Sud', 'Jour 2']);
    // Undo everything: no group left.
    for (let i = 0; i < 5; i += 1) await service.call('history:undo', {});
    expect(await service.call('groups:list', {})).toEqual([]);
    expect((await service.call('documents:list', {})).every((d) => d.groupIds.length === 0)).toBe(true);
  });
});
