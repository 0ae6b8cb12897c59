import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/db/backup';
import { demoDocuments } from '../../../shared/demo/corpus';
import { tempDir, testService } from '../support/temp';

describe('projects service', () => {
  it('creates a StESS project with the default codebook, in one file, and lists it as recent', async () => {
    const { service, folder } = testService();
    const file = path.join(folder, 'Terrain StESS.balise');
    const info = await service.call('projects:create', { path: file, template: 'stess' });
    expect(info).toMatchObject({ path: file, name: 'Terrain StESS', template: 'stess', codes: 15, codings: 0, documents: 0, integrity: 'ok' });
    const codes = await service.call('codebook:list', {});
    expect(codes.filter((c) => c.parentId === null).map((c) => c.name)).toEqual(['Freins', 'Savoir-faire', 'Besoins']);
    expect(codes.map((c) => c.path)).toContain('Savoir-faire/Écoute et approfondissement');
    expect(codes.every((c) => /^#[0-9a-f]{6}$/i.test(c.color))).toBe(true);
    expect((await service.call('projects:recent', {}))[0]).toMatchObject({ path: file, name: 'Terrain StESS', exists: true });

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('creates an empty project', async () => {
    const { service, folder } = testService();
    const info = await service.call('projects:create', { path: path.join(folder, 'vide.balise'), template: 'vide', name: 'Essai' });
    expect(info).toMatchObject({ name: 'Essai', codes: 0 });
  });

  it('closes and reopens a project with its data, and reopening the open project is harmless', async () => {
    const { service, folder } = testService();
    const file = path.join(folder, 'a.balise');
    await service.call('projects:create', { path: file, template: 'stess' });
    expect(await service.call('projects:close', {})).toEqual({ closed: true });
    await expect(service.call('projects:info', {})).rejects.toMatchObject({ code: 'NO_PROJECT' });
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    const reopened = await service.call('projects:open', { path: file });
    expect(reopened.codes).toBe(15);
    expect((await service.call('projects:open', { path: file })).codes).toBe(15);
    expect((await service.call('app:info', {})).project?.path).toBe(file);
  });

  it('builds the demonstration project: 4 documents, codings on the quoted passages, cases, a memo', async () => {
    const { service } = testService();
    const info = await service.call('projects:openDemo', {});
    const expectedCodings = demoDocuments.reduce((n, d) => n + d.codings.length, 0);
    expect(info).toMatchObject({ documents: 4, codes: 15, codings: expectedCodings, cases: 4, memos: 1 });
    const docs = await service.call('documents:list', {});
    expect(docs.map((d) => d.name)).toEqual(demoDocuments.map((d) => d.name));
    const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.id, c.path]));
    for (const [index, summary] of docs.entries()) {
      const doc = await service.call('documents:get', { id: summary.id });
      const quoted = doc.codings.map((c) => ({ code: codes.get(c.codeId), quote: doc.text.slice(c.start, c.end) }));
      expect(quoted).toEqual(expect.arrayContaining(demoDocuments[index]!.codings));
      expect(doc.units.length).toBeGreaterThan(0);
    }
    const cases = await service.call('cases:list', {});
    expect(cases.find((c) => c.name === 'E01')).toMatchObject({ documentCount: 1, attributes: { Branche: 'Missions locales', Zone: 'Zone 5' } });
    // Opening the demo again starts from a fresh copy.
    await service.call('projects:openDemo', {});
    expect((await service.call('projects:info', {})).codings).toBe(expectedCodings);
  });

  it('returns typed, translated errors for bad input and impossible actions', async () => {
    const { service, folder } = testService();
    const invalid = await service.dispatch('projects:create', { path: 'relatif.balise', template: 'stess' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!invalid.ok) {
      expect(invalid.error.message.fr).toMatch(/^Données invalides/);
      expect(invalid.error.message.en).toMatch(/^Invalid data/);
      expect(JSON.stringify(invalid)).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await service.dispatch('projects:explode', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await service.dispatch('documents:list', {})).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    expect(await service.dispatch('projects:open', { path: path.join(folder, 'absent.balise') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(await service.dispatch('projects:create', { path: '/dossier/inexistant/x.balise', template: 'stess' })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_NOT_FOUND' },
    });
    const file = path.join(folder, 'x.balise');
    await service.call('projects:create', { path: file, template: 'vide' });
    const again = await service.dispatch('projects:create', { path: file, template: 'stess' });
    expect(again).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    // The refused creation did not touch the existing project.
    expect((await service.call('projects:inspect', { path: file })).codes).toBe(0);
    expect(await service.dispatch('documents:get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves a consistent copy through the backup API, and refuses to overwrite the project itself', async () => {
    const { service, folder } = testService();
    await service.call('projects:openDemo', {});
    const copy = path.join(folder, 'copie.balise');
    const result = await service.call('projects:saveCopy', { path: copy });
    expect(result.bytes).toBeGreaterThan(0);
    const inspected = await service.call('projects:inspect', { path: copy });
    expect(inspected).toMatchObject({ documents: 4, codes: 15, cases: 4 });
    expect((await service.call('projects:check', { path: copy })).problems).toEqual([]);
    const info = await service.call('projects:info', {});
    expect(await service.dispatch('projects:saveCopy', { path: info.path })).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
  });

  it('keeps the last five automatic backups of a project', async () => {
    const { service, folder } = testService();
    const file = path.join(folder, 'suivi.balise');
    const info = await service.call('projects:create', { path: file, template: 'stess' });
    for (let i = 0; i < 7; i += 1) {
      await service.call('projects:close', {});
      await service.call('projects:open', { path: file });
    }
    await service.call('projects:close', {});
    const backups = listBackups(info.backupFolder);
    expect(backups).toHaveLength(5);
    for (const backup of backups) {
      const db = new Database(backup, { readonly: true });
      expect((db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n).toBe(15);
      db.close();
    }
  });

  it('remembers language and coder name in the settings file, and forgets recent projects on request', async () => {
    const dataDir = tempDir();
    const first = testService(dataDir).service;
    await first.call('app:setLanguage', { language: 'en' });
    await first.call('app:setCoderName', { name: 'Claire' });
    const file = path.join(tempDir(), 'p.balise');
    const created = await first.call('projects:create', { path: file, template: 'vide' });
    expect(created.coder.name).toBe('Claire');
    await first.close();
    const second = testService(dataDir).service;
    expect(await second.call('app:info', {})).toMatchObject({ language: 'en', coderName: 'Claire', project: null });
    expect(await second.call('projects:forgetRecent', { path: file })).toEqual([]);
  });
});
