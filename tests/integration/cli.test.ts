import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { tempDir } from './support/temp';

// The CLI as users run it: the `bin` entry of package.json, on the bundle `npm install` builds.
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'balise.cjs');

function balise(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, BALISE_DATA_DIR: dataDir } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('balise CLI', () => {
  it('is the package bin, built by npm install', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.balise).toBe('bin/balise.cjs');
    expect(fs.existsSync(path.join(root, 'dist', 'electron', 'cli.cjs'))).toBe(true);
  });

  it('creates a StESS project and reports it as JSON: 15 codes, integrity ok', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.balise');
    const created = balise(['new', file, '--template', 'stess'], dir);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('Projet créé');
    const info = balise(['info', file, '--json'], dir);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({
      documents: 0,
      codes: 15,
      codings: 0,
      cases: 0,
      memos: 0,
      schemaVersion: latestSchemaVersion,
      integrity: 'ok',
    });
    expect(balise(['info', file], dir).out).toContain('Codes : 15');
    expect(balise(['check', file], dir)).toMatchObject({ code: 0 });
    // Reading did not leave a lock behind.
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('creates empty and demonstration projects', () => {
    const dir = tempDir();
    balise(['new', path.join(dir, 'v.balise'), '--template=vide'], dir);
    expect(JSON.parse(balise(['info', path.join(dir, 'v.balise'), '--json'], dir).out).codes).toBe(0);
    balise(['new', path.join(dir, 'd.balise'), '--template', 'demonstration'], dir);
    expect(JSON.parse(balise(['info', path.join(dir, 'd.balise'), '--json'], dir).out)).toMatchObject({ documents: 4, cases: 4 });
  });

  it('exits 1 with a French message for user errors', () => {
    const dir = tempDir();
    const missing = balise(['info', path.join(dir, 'absent.balise')], dir);
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toContain('est introuvable');

    const text = path.join(dir, 'texte.balise');
    fs.writeFileSync(text, 'bonjour');
    expect(balise(['info', text], dir)).toMatchObject({ code: 1, err: expect.stringContaining('n’est pas un projet Balise') });

    const file = path.join(dir, 'futur.balise');
    balise(['new', file], dir);
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    expect(balise(['info', file], dir)).toMatchObject({ code: 1, err: expect.stringContaining('version plus récente') });
    expect(balise(['new', file], dir)).toMatchObject({ code: 1, err: expect.stringContaining('existe déjà') });
  });

  it('reports integrity and foreign-key problems with exit 1', () => {
    const dir = tempDir();
    const file = path.join(dir, 'orphelin.balise');
    balise(['new', file, '--template', 'demonstration'], dir);
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    db.close();
    const check = balise(['check', file], dir);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/problème\(s\) trouvé\(s\)/);
    expect(check.err).toContain('codings#');
  });

  it('runs as `npx balise` from the project root, as a newcomer would', () => {
    const dir = tempDir();
    const file = path.join(dir, 'npx.balise');
    const env = { ...process.env, BALISE_DATA_DIR: dir };
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const created = spawnSync(npx, ['balise', 'new', file, '--template', 'stess'], { cwd: root, env, encoding: 'utf8' });
    expect(created.status, created.stderr).toBe(0);
    const info = spawnSync(npx, ['balise', 'info', file, '--json'], { cwd: root, env, encoding: 'utf8' });
    expect(info.status, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ codes: 15, integrity: 'ok' });
  });

  it('exits 2 for usage errors', () => {
    const dir = tempDir();
    expect(balise([], dir)).toMatchObject({ code: 2, err: expect.stringContaining('Utilisation : balise') });
    expect(balise(['frobnique'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('Commande inconnue') });
    expect(balise(['info'], dir)).toMatchObject({ code: 2 });
    expect(balise(['info', 'x.balise', '--couleur'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('Option inconnue') });
    expect(balise(['new', path.join(dir, 'x.balise'), '--template', 'maxqda'], dir)).toMatchObject({ code: 2 });
    expect(balise(['--help'], dir)).toMatchObject({ code: 0, out: expect.stringContaining('balise <commande>') });
  });
});

describe('balise import and import-cases', () => {
  const fixtures = path.resolve(root, '../shared/fixtures');

  it('imports documents and reports each file as JSON, exit 1 when one failed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.balise');
    balise(['new', file], dir);
    fs.writeFileSync(path.join(dir, 'vide.txt'), '');
    const run = balise(['import', file, path.join(fixtures, 'entretien-animateur-foyer.vtt'), path.join(fixtures, 'fiche-observation-j2-mission-locale.docx'), path.join(dir, 'vide.txt'), '--json'], dir);
    expect(run.code).toBe(1);
    const outcomes = JSON.parse(run.out) as { fileName: string; status: string; counts?: { turns: number; answers: number }; error?: { code: string } }[];
    expect(outcomes.map((o) => [o.fileName, o.status])).toEqual([
      ['entretien-animateur-foyer.vtt', 'imported'],
      ['fiche-observation-j2-mission-locale.docx', 'imported'],
      ['vide.txt', 'failed'],
    ]);
    expect(outcomes[0]!.counts!.turns).toBe(6);
    expect(outcomes[1]!.counts!.answers).toBeGreaterThan(20);
    expect(outcomes[2]!.error!.code).toBe('IMPORT_EMPTY_FILE');
    expect(JSON.parse(balise(['info', file, '--json'], dir).out).documents).toBe(2);
    const human = balise(['import', file, path.join(fixtures, 'entretien-animateur-foyer.vtt')], dir);
    expect(human).toMatchObject({ code: 0, out: expect.stringContaining('déjà dans le projet') });
  });

  it('imports the case table with its key column', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.balise');
    balise(['new', file], dir);
    const run = balise(['import-cases', file, path.join(fixtures, 'cas.csv'), '--key', 'Cas', '--json'], dir);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ keyColumn: 'Cas', casesCreated: 7, attributes: 6 });
    expect(JSON.parse(balise(['info', file, '--json'], dir).out).cases).toBe(7);
    expect(balise(['import-cases', file, path.join(fixtures, 'cas.csv'), '--key', 'Inconnue'], dir)).toMatchObject({ code: 1, err: expect.stringContaining('Colonne « Inconnue »') });
  });
});
