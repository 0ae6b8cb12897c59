import type { Db } from './open';
import { statement } from './statements';

/**
 * Undo and redo of user actions, the SQLite way (sqlite.org/undoredo): temporary triggers record,
 * for every row an action inserts, updates or deletes, the SQL statement that reverses it. Undoing
 * runs those statements backwards in one transaction, while the same triggers record the redo.
 * Cascades (deleting a code deletes its codings) are recorded too, so any action is undoable.
 * The journal lives in TEMP tables: it lasts as long as the project stays open.
 */
export const TRACKED_TABLES = [
  'coders',
  'documents',
  'document_units',
  'codes',
  'codings',
  'cases',
  'attributes',
  'attribute_values',
  'case_links',
  'memos',
  'code_examples',
  'document_groups',
  'document_group_members',
  'pseudonyms',
  'saved_queries',
  'slides',
  'reviewed_disagreements',
] as const;

export interface UndoEntry {
  id: number;
  label: string;
  coder: string;
  at: string;
  undone: boolean;
}

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** Creates the journal and its triggers on this connection. */
export function installUndoJournal(db: Db): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS undo_state (recording INTEGER);
    DELETE FROM temp.undo_state;
    INSERT INTO temp.undo_state VALUES (NULL);
    CREATE TEMP TABLE IF NOT EXISTS undo_actions (
      id INTEGER PRIMARY KEY, label TEXT NOT NULL, coder TEXT NOT NULL, at TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0, undo_group INTEGER NOT NULL, redo_group INTEGER,
      coalesce_key TEXT, touched INTEGER
    );
    CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, grp INTEGER NOT NULL, sql TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS temp.undo_log_group ON undo_log (grp, seq);
  `);
  const when = 'WHEN (SELECT recording FROM temp.undo_state) IS NOT NULL';
  const log = (sql: string) => `INSERT INTO temp.undo_log (grp, sql) VALUES ((SELECT recording FROM temp.undo_state), ${sql});`;
  for (const table of TRACKED_TABLES) {
    const cols = columns(db, table);
    const values = cols.map((c) => `'||quote(old."${c}")||'`).join(',');
    const sets = cols.map((c) => `"${c}"='||quote(old."${c}")||'`).join(',');
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${table} ${when} BEGIN
        ${log(`'DELETE FROM main.${table} WHERE rowid='||new.rowid`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${table} ${when} BEGIN
        ${log(`'UPDATE main.${table} SET ${sets} WHERE rowid='||old.rowid`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete BEFORE DELETE ON main.${table} ${when} BEGIN
        ${log(`'INSERT INTO main.${table} (rowid,${cols.map((c) => `"${c}"`).join(',')}) VALUES ('||old.rowid||',${values})'`)}
      END;
    `);
  }
}

function nextGroup(db: Db): number {
  const row = statement(db, 'SELECT max(g) AS g FROM (SELECT max(undo_group) AS g FROM temp.undo_actions UNION ALL SELECT max(redo_group) FROM temp.undo_actions UNION ALL SELECT max(grp) FROM temp.undo_log)').get() as { g: number | null };
  return (row.g ?? 0) + 1;
}

function record<T>(db: Db, group: number, work: () => T): T {
  statement(db, 'UPDATE temp.undo_state SET recording = ?').run(group);
  try {
    return work();
  } finally {
    statement(db, 'UPDATE temp.undo_state SET recording = NULL').run();
  }
}

/** Consecutive actions with the same key within this delay of each other make one history entry. */
export const COALESCE_WINDOW_MS = 2 * 60 * 1000;

/**
 * The history entry an action keyed `key` would be merged into: the newest entry, when it has the
 * same key, is not undone, and was last extended less than `windowMs` ago. Autosaves of a memo
 * thus make one entry per editing burst instead of one per pause in the typing.
 */
export function coalescingEntry(db: Db, key: string, now = Date.now(), windowMs = COALESCE_WINDOW_MS): { id: number; undo_group: number } | undefined {
  const newest = statement(db, 'SELECT id, undo_group, undone, coalesce_key, touched FROM temp.undo_actions ORDER BY id DESC LIMIT 1').get() as
    | { id: number; undo_group: number; undone: number; coalesce_key: string | null; touched: number | null }
    | undefined;
  if (!newest || newest.undone !== 0 || newest.coalesce_key !== key || newest.touched === null) return undefined;
  return now - newest.touched <= windowMs ? { id: newest.id, undo_group: newest.undo_group } : undefined;
}

function logSize(db: Db, group: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM temp.undo_log WHERE grp = ?').get(group) as { n: number }).n;
}

/**
 * Runs `work` as an undoable action. Call inside the action's transaction. Clears the redo stack.
 * With a `coalesce` key, the action joins the newest entry when `coalescingEntry` allows it: its
 * reversing statements go to the end of that entry's group, so one undo goes back to the state
 * before the first of them, and the entry takes the newest label and time.
 */
export function recordAction<T>(db: Db, label: string, coder: string, work: () => T, coalesce?: string): T {
  const undone = statement(db, 'SELECT undo_group, redo_group FROM temp.undo_actions WHERE undone = 1').all() as { undo_group: number; redo_group: number | null }[];
  for (const a of undone) statement(db, 'DELETE FROM temp.undo_log WHERE grp IN (?, ?)').run(a.undo_group, a.redo_group ?? -1);
  statement(db, 'DELETE FROM temp.undo_actions WHERE undone = 1').run();
  const now = Date.now();
  const joined = coalesce === undefined ? undefined : coalescingEntry(db, coalesce, now);
  if (joined) {
    const before = logSize(db, joined.undo_group);
    const result = record(db, joined.undo_group, work);
    if (logSize(db, joined.undo_group) > before) {
      statement(db, 'UPDATE temp.undo_actions SET label = ?, coder = ?, at = ?, touched = ? WHERE id = ?').run(label, coder, new Date(now).toISOString(), now, joined.id);
    }
    return result;
  }
  const group = nextGroup(db);
  const result = record(db, group, work);
  // An action that changed nothing (a duplicate skipped, nothing to code) leaves no history entry.
  if (statement(db, 'SELECT 1 FROM temp.undo_log WHERE grp = ? LIMIT 1').get(group) !== undefined) {
    statement(db, 'INSERT INTO temp.undo_actions (label, coder, at, undo_group, coalesce_key, touched) VALUES (?, ?, ?, ?, ?, ?)').run(
      label,
      coder,
      new Date(now).toISOString(),
      group,
      coalesce ?? null,
      now,
    );
  }
  return result;
}

function replay(db: Db, fromGroup: number): number {
  const target = nextGroup(db);
  const statements = statement(db, 'SELECT sql FROM temp.undo_log WHERE grp = ? ORDER BY seq DESC').all(fromGroup) as { sql: string }[];
  // Rows come back in reverse order of their removal, children of a cascade possibly before their
  // parent: foreign keys are checked at commit, when the whole action is restored.
  db.pragma('defer_foreign_keys = ON');
  record(db, target, () => {
    for (const { sql } of statements) db.exec(sql);
  });
  statement(db, 'DELETE FROM temp.undo_log WHERE grp = ?').run(fromGroup);
  return target;
}

/** Undoes the most recent action still done; returns it, or null when there is nothing to undo. */
export function undoLast(db: Db): UndoEntry | null {
  const action = statement(db, 'SELECT * FROM temp.undo_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { id: number; undo_group: number }
    | undefined;
  if (!action) return null;
  const redoGroup = replay(db, action.undo_group);
  statement(db, 'UPDATE temp.undo_actions SET undone = 1, redo_group = ? WHERE id = ?').run(redoGroup, action.id);
  return entry(db, action.id);
}

/** Redoes the earliest undone action; returns it, or null when there is nothing to redo. */
export function redoNext(db: Db): UndoEntry | null {
  const action = statement(db, 'SELECT * FROM temp.undo_actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | { id: number; redo_group: number }
    | undefined;
  if (!action) return null;
  const undoGroup = replay(db, action.redo_group);
  statement(db, 'UPDATE temp.undo_actions SET undone = 0, undo_group = ?, redo_group = NULL WHERE id = ?').run(undoGroup, action.id);
  return entry(db, action.id);
}

function entry(db: Db, id: number): UndoEntry {
  const row = statement(db, 'SELECT id, label, coder, at, undone FROM temp.undo_actions WHERE id = ?').get(id) as Omit<UndoEntry, 'undone'> & { undone: number };
  return { ...row, undone: row.undone === 1 };
}

/** The journal, most recent first. */
export function history(db: Db, limit = 50): UndoEntry[] {
  return (statement(db, 'SELECT id, label, coder, at, undone FROM temp.undo_actions ORDER BY id DESC LIMIT ?').all(limit) as (Omit<UndoEntry, 'undone'> & { undone: number })[]).map(
    (r) => ({ ...r, undone: r.undone === 1 }),
  );
}

/**
 * Undoes every action back to `id` included (newest first), or redoes every undone action up to
 * `id` included (oldest first): « back to this point » in the history panel. Returns how many.
 */
export function travelTo(db: Db, id: number, direction: 'undo' | 'redo'): number {
  let count = 0;
  for (;;) {
    const next =
      direction === 'undo'
        ? (statement(db, 'SELECT id FROM temp.undo_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined)
        : (statement(db, 'SELECT id FROM temp.undo_actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as { id: number } | undefined);
    if (!next || (direction === 'undo' ? next.id < id : next.id > id)) return count;
    if (direction === 'undo') undoLast(db);
    else redoNext(db);
    count += 1;
  }
}
