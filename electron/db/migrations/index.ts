import type { Database } from 'better-sqlite3';
import { BaliseError } from '../../../shared/errors';
import { up as initial } from './0001-initial';
import { up as textIndex } from './0002-text-index';
import { up as positionIndexes } from './0003-position-indexes';
import { up as codingWorkspace } from './0004-coding-workspace';
import { up as retrieval } from './0005-retrieval';
import { up as analysis } from './0006-analysis';
import { up as pseudonyms } from './0007-pseudonyms';
import { up as reviewedDisagreements } from './0008-reviewed-disagreements';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Ordered forward migrations. Never edit a released step: add a new one. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'text-index', up: textIndex },
  { version: 3, name: 'position-indexes', up: positionIndexes },
  { version: 4, name: 'coding-workspace', up: codingWorkspace },
  { version: 5, name: 'retrieval', up: retrieval },
  { version: 6, name: 'analysis', up: analysis },
  { version: 7, name: 'pseudonyms', up: pseudonyms },
  { version: 8, name: 'reviewed-disagreements', up: reviewedDisagreements },
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file to `target` (default: latest), each step in its own transaction with its
 * `user_version`, so a crash between two steps leaves a file at a known version.
 * Refuses files written by a newer Balise.
 */
export function migrate(db: Database, path: string, target = latestSchemaVersion): number[] {
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new BaliseError('PROJECT_TOO_NEW', { path, found: current, supported: latestSchemaVersion });
  }
  const applied: number[] = [];
  for (const step of migrations) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
    applied.push(step.version);
  }
  if (applied.length > 0) db.pragma('optimize');
  return applied;
}
