import fs from 'node:fs';
import os from 'node:os';
import { BaliseError } from '../../shared/errors';

/**
 * A project is held by one process at a time, through `<file>.lock` beside it. The lock says who
 * holds it; a lock left by a process that no longer runs on this machine, or not refreshed for
 * `staleAfterMs` (another machine on a shared folder), is stale and taken over.
 */
export interface LockHolder {
  app: 'Balise';
  pid: number;
  host: string;
  user: string;
  since: string;
}

export interface ProjectLock {
  readonly file: string;
  release(): void;
}

const REFRESH_MS = 60_000;
const STALE_AFTER_MS = 5 * 60_000;

export function lockFileFor(projectFile: string): string {
  return `${projectFile}.lock`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockHolder(lockFile: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    if (holder.app !== 'Balise' || typeof holder.pid !== 'number' || typeof holder.host !== 'string') return null;
    return holder as LockHolder;
  } catch {
    return null;
  }
}

export function isStale(lockFile: string, holder: LockHolder | null, now = Date.now()): boolean {
  if (holder === null) return true;
  if (holder.host === os.hostname()) return !isProcessAlive(holder.pid);
  try {
    return now - fs.statSync(lockFile).mtimeMs > STALE_AFTER_MS;
  } catch {
    return true;
  }
}

export function acquireLock(projectFile: string): ProjectLock {
  const file = lockFileFor(projectFile);
  const me: LockHolder = {
    app: 'Balise',
    pid: process.pid,
    host: os.hostname(),
    user: safeUserName(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return startHolding(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockHolder(file);
      if (!isStale(file, holder)) {
        throw new BaliseError('PROJECT_LOCKED', {
          path: projectFile,
          holder: holder!.user,
          host: holder!.host,
          pid: String(holder!.pid),
          since: new Date(holder!.since).toLocaleString('fr-FR'),
        });
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new BaliseError('PROJECT_BUSY');
}

function startHolding(file: string): ProjectLock {
  const timer = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // The folder went away (USB key pulled out): the next write will report it.
    }
  }, REFRESH_MS);
  timer.unref();
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    clearInterval(timer);
    const holder = readLockHolder(file);
    if (holder && holder.pid === process.pid && holder.host === os.hostname()) fs.rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { file, release };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'inconnu';
  }
}
