import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';

export const BACKUPS_KEPT = 5;

/** `<data>/sauvegardes/<name>-<hash of the full path>`: one folder per project file. */
export function backupFolderFor(dataDir: string, projectFile: string): string {
  const base = path.basename(projectFile, path.extname(projectFile)).replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60);
  const hash = crypto.createHash('sha256').update(path.resolve(projectFile)).digest('hex').slice(0, 10);
  return path.join(dataDir, 'sauvegardes', `${base}-${hash}`);
}

/**
 * Copies the live database through SQLite's online backup API (consistent even while it is
 * written), to a temporary name, then renames: a half-written copy never looks like a backup.
 */
export async function copyDatabase(db: Db, destination: string): Promise<number> {
  const temporary = `${destination}.partiel-${process.pid}`;
  try {
    await db.backup(temporary);
    fs.renameSync(temporary, destination);
    return fs.statSync(destination).size;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function listBackups(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.balise'))
    .sort()
    .map((f) => path.join(folder, f));
}

/** Makes a new dated backup and keeps the `keep` most recent. Returns the new backup's path. */
export async function rollingBackup(db: Db, folder: string, keep = BACKUPS_KEPT): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let destination = path.join(folder, `${stamp}.balise`);
  for (let n = 1; fs.existsSync(destination); n += 1) destination = path.join(folder, `${stamp}-${n}.balise`);
  await copyDatabase(db, destination);
  const all = listBackups(folder);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
  return destination;
}
