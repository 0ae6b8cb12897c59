import type { Database } from 'better-sqlite3';

/**
 * Version 7: the correspondence table of pseudonymisation (issue 9). One line per original text
 * (whole words), accepted with its pseudonym or rejected; tracked by undo. Never exported unless asked.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE pseudonyms (
      id         INTEGER PRIMARY KEY,
      original   TEXT NOT NULL UNIQUE CHECK (length(trim(original)) > 0),
      pseudonym  TEXT NOT NULL DEFAULT '',
      kind       TEXT NOT NULL CHECK (kind IN ('person', 'place', 'email', 'phone', 'address', 'birthdate', 'other')),
      decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
      source     TEXT NOT NULL CHECK (source IN ('speaker', 'case', 'capitalised', 'placeList', 'pattern', 'manual')),
      created_at TEXT NOT NULL,
      CHECK (decision = 'rejected' OR length(trim(pseudonym)) > 0)
    ) STRICT;
  `);
}
