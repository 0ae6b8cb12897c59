import type { Database } from 'better-sqlite3';

/**
 * Version 6: what analysis and seminars keep.
 * - Where the theme map's nodes stay (one layout per project, so every slide shows the map the
 *   room already knows). Moving a node is not an undoable action; deleting a code forgets it.
 * - The seminar's slides (« diapositives »): a title and a saved view (matrix, table or map with
 *   its codes and filters), in order. Undoable like saved queries.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE map_positions (
      code_id INTEGER PRIMARY KEY REFERENCES codes (id) ON DELETE CASCADE,
      x       REAL NOT NULL,
      y       REAL NOT NULL,
      pinned  INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
    ) STRICT;

    CREATE TABLE slides (
      id         INTEGER PRIMARY KEY,
      title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
      spec       TEXT NOT NULL CHECK (json_valid(spec)),
      position   INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
