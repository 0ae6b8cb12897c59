import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/db/backup';
import { latestSchemaVersion, migrate, migrations } from '../../../electron/db/migrations';
import { APPLICATION_ID, fullCheck } from '../../../electron/db/open';
import { tempDir, testService } from '../support/temp';

/** Writes a project file as Balise's schema version 1 wrote it, with some data. */
function writeVersion1File(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, file, 1);
  const now = '2026-01-15T10:00:00.000Z';
  db.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Terrain 2025'), ('created_at', ?), ('template', 'stess')").run(now);
  db.prepare("INSERT INTO coders (name, color, created_at) VALUES ('Claire', '#1f6feb', ?)").run(now);
  db.prepare("INSERT INTO codes (parent_id, position, name, color, description, guid, created_at) VALUES (NULL, 0, 'Freins', '#c0392b', '', 'g1', ?)").run(now);
  db.prepare(
    `INSERT INTO documents (name, kind, text, source_name, content_hash, imported_at) VALUES
     ('Entretien E03', 'transcript', 'La région manque de conseillers numériques.', 'e03.docx', 'h', ?)`,
  ).run(now);
  db.prepare("INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (1, 1, 3, 9, 1, ?, 'c1')").run(now);
  db.close();
}

describe('schema migrations', () => {
  it('has ordered versions, the last being the current one', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBeGreaterThanOrEqual(2);
  });

  it('opens a version-1 file with the current code: backs it up, migrates it, keeps its data', async () => {
    const file = path.join(tempDir(), 'terrain.balise');
    writeVersion1File(file);
    const { service, dataDir } = testService();

    const info = await service.call('projects:open', { path: file });
    expect(info.schemaVersion).toBe(latestSchemaVersion);
    expect(info).toMatchObject({ name: 'Terrain 2025', documents: 1, codes: 1, codings: 1 });
    const doc = await service.call('documents:get', { id: 1 });
    expect(doc.text.slice(doc.codings[0]!.start, doc.codings[0]!.end)).toBe('région');

    // Version 2 indexed the existing text, folding accents: "region" finds "région".
    await service.call('projects:close', {});
    const db = new Database(file, { readonly: true });
    const hits = db.prepare("SELECT rowid FROM document_text_index WHERE document_text_index MATCH 'region'").all();
    expect(hits).toEqual([{ rowid: 1 }]);
    expect(fullCheck(db)).toEqual([]);
    db.close();

    // The backup taken before migrating is still version 1.
    const backups = listBackups(path.join(dataDir, 'sauvegardes', fs.readdirSync(path.join(dataDir, 'sauvegardes'))[0]!));
    expect(backups).toHaveLength(1);
    const old = new Database(backups[0]!, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
  });

  it('keeps the text index in step with documents after migration', async () => {
    const file = path.join(tempDir(), 'index.balise');
    const { service } = testService();
    await service.call('projects:create', { path: file, template: 'demonstration' });
    await service.call('projects:close', {});
    const db = new Database(file);
    const count = (q: string) => (db.prepare('SELECT count(*) AS n FROM document_text_index WHERE document_text_index MATCH ?').get(q) as { n: number }).n;
    expect(count('ecoute OR ecran')).toBeGreaterThan(0);
    db.prepare("UPDATE documents SET text = 'Texte remplacé sans écran' WHERE id = 1").run();
    expect(count('"écran cassé"')).toBe(0);
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(count('remplace')).toBe(0);
    db.close();
  });

  it('refuses a file from a newer Balise, and files that are not Balise projects', async () => {
    const dir = tempDir();
    const future = path.join(dir, 'futur.balise');
    const { service } = testService();
    await service.call('projects:create', { path: future, template: 'vide' });
    await service.call('projects:close', {});
    const db = new Database(future);
    db.pragma(`user_version = ${latestSchemaVersion + 7}`);
    db.close();
    await expect(service.call('projects:open', { path: future })).rejects.toMatchObject({ code: 'PROJECT_TOO_NEW' });

    const foreign = path.join(dir, 'autre.balise');
    new Database(foreign).exec('CREATE TABLE t (x)');
    await expect(service.call('projects:open', { path: foreign })).rejects.toMatchObject({ code: 'NOT_A_PROJECT' });

    const text = path.join(dir, 'texte.balise');
    fs.writeFileSync(text, 'Ceci est un texte, pas une base.');
    await expect(service.call('projects:open', { path: text })).rejects.toMatchObject({ code: 'NOT_A_PROJECT' });
    expect(fs.readFileSync(text, 'utf8')).toBe('Ceci est un texte, pas une base.');
  });
});

describe('hot queries use their indexes', () => {
  it('finds the next document and case position without scanning texts', async () => {
    const { service, folder } = testService();
    await service.call('projects:create', { path: path.join(folder, 'plan.balise'), template: 'vide' });
    await service.call('projects:close', {});
    const db = new Database(path.join(folder, 'plan.balise'), { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT coalesce(max(position) + 1, 0) FROM documents')).toContain('documents_position');
    expect(plan('SELECT coalesce(max(position) + 1, 0) FROM cases')).toContain('cases_position');
    expect(plan("SELECT name FROM documents WHERE name = 'x' OR (name >= 'x (' AND name < 'x )')")).toContain('documents_name');
    db.close();
  });
});
