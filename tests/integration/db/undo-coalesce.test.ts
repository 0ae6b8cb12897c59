import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/db/open';
import { migrate } from '../../../electron/db/migrations';
import { COALESCE_WINDOW_MS, coalescingEntry, history, installUndoJournal, recordAction, redoNext, undoLast } from '../../../electron/db/undo';
import { tempDir } from '../support/temp';

let db: Database.Database | undefined;
afterEach(() => db?.close());

function memoDb(): Database.Database {
  const file = path.join(tempDir(), 'coalesce.balise');
  db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, file);
  db.prepare("INSERT INTO memos (kind, title, body, text, created_at, updated_at) VALUES ('project', 'M', 'v0', 'v0', 'x', 'x')").run();
  installUndoJournal(db);
  return db;
}

const save = (d: Database.Database, body: string, key = 'memo:1') =>
  d.transaction(() => recordAction(d, `save ${body}`, 'Claire', () => d.prepare('UPDATE memos SET body = ? WHERE id = 1').run(body), key))();
const body = (d: Database.Database) => (d.prepare('SELECT body FROM memos WHERE id = 1').get() as { body: string }).body;

describe('undo journal: coalesced actions', () => {
  it('merges actions with the same key into the newest entry, undone and redone as one', () => {
    const d = memoDb();
    save(d, 'v1');
    save(d, 'v2');
    save(d, 'v3');
    expect(history(d).map((e) => e.label)).toEqual(['save v3']);
    d.transaction(() => undoLast(d))();
    expect(body(d)).toBe('v0');
    d.transaction(() => redoNext(d))();
    expect(body(d)).toBe('v3');
    // After a redo the entry can grow again; an undone entry never does.
    save(d, 'v4');
    expect(history(d)).toHaveLength(1);
    d.transaction(() => undoLast(d))();
    expect(body(d)).toBe('v0');
    save(d, 'v5');
    expect(history(d).map((e) => [e.label, e.undone])).toEqual([['save v5', false]]);
  });

  it('opens a new entry for another key, after the window, or when nothing changed', () => {
    const d = memoDb();
    save(d, 'v1');
    save(d, 'v2', 'memo:2');
    save(d, 'v3');
    expect(history(d)).toHaveLength(3);
    expect(coalescingEntry(d, 'memo:1')).toBeDefined();
    expect(coalescingEntry(d, 'memo:1', Date.now() + COALESCE_WINDOW_MS + 1000)).toBeUndefined();
    expect(coalescingEntry(d, 'memo:2')).toBeUndefined();
    d.transaction(() => recordAction(d, 'rien', 'Claire', () => undefined, 'memo:1'))();
    expect(history(d)[0]!.label).toBe('save v3');
  });
});
