import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { history, installUndoJournal, recordAction, redoNext, TRACKED_TABLES, undoLast } from '../../../electron/db/undo';
import { applyTemplate } from '../../../electron/service/templates';
import { APPLICATION_ID, fullCheck } from '../../../electron/db/open';
import { migrate } from '../../../electron/db/migrations';
import { tempDir } from '../support/temp';

let db: Database.Database | undefined;
afterEach(() => db?.close());

function demoDb(): Database.Database {
  const file = path.join(tempDir(), 'undo.balise');
  db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, file);
  db.prepare("INSERT INTO coders (name, color, created_at) VALUES ('Claire', '#123456', 'x')").run();
  db.transaction(() => applyTemplate(db!, 'demonstration', 1, '2026-01-01'))();
  installUndoJournal(db);
  return db;
}

/** Every tracked table's rows, to compare states exactly. */
function snapshot(d: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(TRACKED_TABLES.map((t) => [t, d.prepare(`SELECT rowid AS _r, * FROM ${t} ORDER BY rowid`).all()]));
}

const act = <T>(d: Database.Database, label: string, work: () => T): T => d.transaction(() => recordAction(d, label, 'Claire', work))();
const undo = (d: Database.Database) => d.transaction(() => undoLast(d))();
const redo = (d: Database.Database) => d.transaction(() => redoNext(d))();

describe('undo journal', () => {
  it('undoes and redoes inserts, updates and cascading deletes exactly', () => {
    const d = demoDb();
    const s0 = snapshot(d);
    act(d, 'Renommer un code', () => d.prepare("UPDATE codes SET name = 'Freins (révisé)', color = '#000000' WHERE id = 1").run());
    const s1 = snapshot(d);
    act(d, 'Coder un passage', () => d.prepare("INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (1, 2, 0, 10, 1, 'x', 'g-new')").run());
    const s2 = snapshot(d);
    // Deleting a family cascades to its sub-codes, their codings and memos.
    act(d, 'Supprimer la famille Freins', () => d.prepare('DELETE FROM codes WHERE id = 1').run());
    const s3 = snapshot(d);
    expect(s3.codings!.length).toBeLessThan(s2.codings!.length);

    expect(undo(d)?.label).toBe('Supprimer la famille Freins');
    expect(snapshot(d)).toEqual(s2);
    expect(undo(d)?.label).toBe('Coder un passage');
    expect(snapshot(d)).toEqual(s1);
    expect(undo(d)?.label).toBe('Renommer un code');
    expect(snapshot(d)).toEqual(s0);
    expect(undo(d)).toBeNull();

    expect(redo(d)?.label).toBe('Renommer un code');
    expect(snapshot(d)).toEqual(s1);
    expect(redo(d)?.label).toBe('Coder un passage');
    expect(redo(d)?.label).toBe('Supprimer la famille Freins');
    expect(snapshot(d)).toEqual(s3);
    expect(redo(d)).toBeNull();
    expect(fullCheck(d)).toEqual([]);
  });

  it('forgets the redo stack when a new action is made, and lists the history', () => {
    const d = demoDb();
    act(d, 'A', () => d.prepare("UPDATE cases SET description = 'a' WHERE id = 1").run());
    act(d, 'B', () => d.prepare("UPDATE cases SET description = 'b' WHERE id = 1").run());
    undo(d);
    act(d, 'C', () => d.prepare("UPDATE cases SET description = 'c' WHERE id = 1").run());
    expect(redo(d)).toBeNull();
    expect(history(d).map((h) => [h.label, h.undone])).toEqual([
      ['C', false],
      ['A', false],
    ]);
    undo(d);
    undo(d);
    expect((d.prepare('SELECT description FROM cases WHERE id = 1').get() as { description: string }).description).toBe('Conseillère en mission locale');
  });

  it('restores a deleted document with its units, codings and text index', () => {
    const d = demoDb();
    const s0 = snapshot(d);
    act(d, 'Supprimer un document', () => d.prepare('DELETE FROM documents WHERE id = 2').run());
    const hits = () => (d.prepare("SELECT count(*) AS n FROM document_text_index WHERE document_text_index MATCH 'prefecture'").get() as { n: number }).n;
    expect(hits()).toBe(0);
    undo(d);
    expect(snapshot(d)).toEqual(s0);
    expect(hits()).toBe(1);
    expect(fullCheck(d)).toEqual([]);
  });
});
