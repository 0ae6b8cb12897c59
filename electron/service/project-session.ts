import fs from 'node:fs';
import path from 'node:path';
import { BaliseError } from '../../shared/errors';
import type { Coder, ProjectInfo, ProjectTemplate } from '../../shared/domain/project';
import { backupFolderFor, copyDatabase, rollingBackup } from '../db/backup';
import { toBaliseError } from '../db/errors';
import { acquireLock, type ProjectLock } from '../db/lock';
import { latestSchemaVersion, migrate } from '../db/migrations';
import { checkpoint, createDatabase, openDatabase, type Db } from '../db/open';
import { installUndoJournal, recordAction } from '../db/undo';
import { ensureCoder, setCoderColor } from '../db/repositories/coders';
import { setMeta } from '../db/repositories/meta';
import { summarize } from './project-file';
import { encodeLabel, type ActionLabel } from './action-label';
import { applyTemplate } from './templates';

/**
 * One open project: its SQLite connection, its lock, its current coder. Every user action that
 * writes goes through `write()`, one transaction: it happens entirely or not at all.
 */
export class ProjectSession {
  private pendingBackup: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    readonly db: Db,
    private readonly lock: ProjectLock,
    private currentCoder: Coder,
    readonly backupFolder: string,
  ) {}

  /** Who codes now: every new coding and memo is signed with this coder. */
  get coder(): Coder {
    return this.currentCoder;
  }

  /**
   * Another researcher takes the keyboard (or the same one changes colour): the coder is found or
   * recorded in this project, and the next codings and memos are theirs. Not an undoable action.
   */
  switchCoder(name: string, color: string): Coder {
    this.currentCoder = this.write((db) => {
      const coder = ensureCoder(db, name, new Date().toISOString(), color);
      if (coder.color !== color) setCoderColor(db, coder.id, color);
      return { ...coder, color };
    });
    return this.currentCoder;
  }

  static create(file: string, template: ProjectTemplate, name: string, coderName: string, dataDir: string, coderColor?: string): ProjectSession {
    const resolved = path.resolve(file);
    if (fs.existsSync(resolved)) throw new BaliseError('FILE_EXISTS', { path: resolved });
    if (!fs.existsSync(path.dirname(resolved))) throw new BaliseError('FOLDER_NOT_FOUND', { path: path.dirname(resolved) });
    const lock = acquireLock(resolved);
    let db: Db | undefined;
    try {
      db = createDatabase(resolved);
      const now = new Date().toISOString();
      const coder = db.transaction(() => {
        setMeta(db!, 'name', name);
        setMeta(db!, 'created_at', now);
        setMeta(db!, 'template', template);
        const coder = ensureCoder(db!, coderName, now, coderColor);
        applyTemplate(db!, template, coder.id, now);
        return coder;
      })();
      checkpoint(db);
      installUndoJournal(db);
      return new ProjectSession(resolved, db, lock, coder, backupFolderFor(dataDir, resolved));
    } catch (error) {
      db?.close();
      if (db) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(resolved + suffix, { force: true });
      lock.release();
      throw toBaliseError(error, resolved);
    }
  }

  /**
   * Opens a project: lock, integrity check, a rolling backup, then forward migrations. When the
   * file needs migrating, the backup is finished first, so the old version is always kept.
   */
  static async open(file: string, coderName: string, dataDir: string, coderColor?: string): Promise<ProjectSession> {
    const resolved = path.resolve(file);
    if (!fs.existsSync(resolved)) throw new BaliseError('FILE_NOT_FOUND', { path: resolved });
    const lock = acquireLock(resolved);
    let db: Db | undefined;
    try {
      const opened = openDatabase(resolved);
      db = opened.db;
      const backupFolder = backupFolderFor(dataDir, resolved);
      const backup = rollingBackup(db, backupFolder);
      if (opened.foundVersion < latestSchemaVersion) {
        await backup;
        migrate(db, resolved);
      }
      const coder = db.transaction(() => ensureCoder(db!, coderName, new Date().toISOString(), coderColor))();
      installUndoJournal(db);
      const session = new ProjectSession(resolved, db, lock, coder, backupFolder);
      session.pendingBackup = backup.catch((error: unknown) => {
        console.error(`Sauvegarde automatique impossible pour ${resolved} :`, error);
      });
      return session;
    } catch (error) {
      db?.close();
      lock.release();
      throw toBaliseError(error, resolved);
    }
  }

  /** Runs `action` as one transaction. */
  write<T>(action: (db: Db) => T): T {
    try {
      return this.db.transaction(() => action(this.db))();
    } catch (error) {
      throw toBaliseError(error, this.path);
    }
  }

  /**
   * Runs a user action as one transaction, recorded in the undo journal under `label`. Actions
   * with the same `coalesce` key in a row (autosaves of one memo) make one entry: see undo.ts.
   */
  action<T>(label: ActionLabel, work: (db: Db) => T, options: { coalesce?: string } = {}): T {
    return this.write((db) => recordAction(db, encodeLabel(label), this.coder.name, () => work(db), options.coalesce));
  }

  info(): ProjectInfo {
    return { ...summarize(this.db, this.path), coder: this.coder, backupFolder: this.backupFolder };
  }

  async saveCopy(destination: string): Promise<number> {
    const resolved = path.resolve(destination);
    if (resolved === this.path) throw new BaliseError('FILE_EXISTS', { path: resolved });
    if (!fs.existsSync(path.dirname(resolved))) throw new BaliseError('FOLDER_NOT_FOUND', { path: path.dirname(resolved) });
    try {
      return await copyDatabase(this.db, resolved);
    } catch (error) {
      throw toBaliseError(error, resolved);
    }
  }

  async close(): Promise<void> {
    await this.pendingBackup;
    try {
      checkpoint(this.db);
    } finally {
      this.db.close();
      this.lock.release();
    }
  }
}
