import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BaliseError } from '../../shared/errors';
import { toBaliseError } from './errors';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';

export type Db = Database.Database;

/**
 * Electron loads a better-sqlite3 binary built for its own ABI (see build/electron-native.mjs);
 * Node (tests, CLI, browser mode) uses the default one. Set once at start-up by the Electron main.
 */
let nativeBinding: string | undefined;
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

function connect(file: string, options: Database.Options = {}): Db {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}

/** Written in the SQLite header of every project file ("Bali"), so Balise recognises its own files. */
export const APPLICATION_ID = 0x42616c69;
const SQLITE_MAGIC = 'SQLite format 3\0';

function configure(db: Db, readonly: boolean): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    // FULL in WAL mode: a committed action survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
  }
}

function assertLooksLikeSqlite(file: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_MAGIC) throw new BaliseError('NOT_A_PROJECT', { path: file });
  } catch (error) {
    throw toBaliseError(error, file);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Creates a new, empty project file at the latest schema. Refuses to overwrite. */
export function createDatabase(file: string): Db {
  if (!fs.existsSync(path.dirname(file))) throw new BaliseError('FOLDER_NOT_FOUND', { path: path.dirname(file) });
  if (fs.existsSync(file)) throw new BaliseError('FILE_EXISTS', { path: file });
  let db: Db | undefined;
  try {
    db = connect(file);
    configure(db, false);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    throw toBaliseError(error, file);
  }
}

export interface OpenedDatabase {
  db: Db;
  /** Schema version found in the file before any migration. */
  foundVersion: number;
}

/**
 * Opens an existing project file: checks it is a Balise project, not from the future, and passes
 * `PRAGMA quick_check`. Does not migrate (the caller backs up first, then calls `migrate`).
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): OpenedDatabase {
  if (!fs.existsSync(file)) throw new BaliseError('FILE_NOT_FOUND', { path: file });
  assertLooksLikeSqlite(file);
  let db: Db | undefined;
  try {
    db = connect(file, { fileMustExist: true, readonly: options.readonly ?? false });
    configure(db, options.readonly ?? false);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new BaliseError('NOT_A_PROJECT', { path: file });
    const foundVersion = schemaVersion(db);
    if (foundVersion > latestSchemaVersion) {
      throw new BaliseError('PROJECT_TOO_NEW', { path: file, found: foundVersion, supported: latestSchemaVersion });
    }
    const problems = quickCheck(db);
    if (problems.length > 0) throw new BaliseError('PROJECT_CORRUPT', { path: file, details: problems.slice(0, 3).join(' ; ') });
    return { db, foundVersion };
  } catch (error) {
    db?.close();
    throw toBaliseError(error, file);
  }
}

/** `PRAGMA quick_check`: an empty list means the file is sound. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

/** `PRAGMA integrity_check` plus `foreign_key_check`, for `balise check` and the tests. */
export function fullCheck(db: Db): string[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok');
  const orphans = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (r) => `${r.table}#${r.rowid} → ${r.parent}`,
  );
  return [...integrity, ...orphans];
}

/** Folds the write-ahead log into the main file: after large writes and before closing. */
export function checkpoint(db: Db): void {
  if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
}
