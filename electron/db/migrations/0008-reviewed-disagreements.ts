import type { Database } from 'better-sqlite3';

/**
 * Version 8: passages where two coders differ and that were kept as they are (« Garder les deux »,
 * issue 8). A passage is known by its fingerprint (its codings); tracked by undo.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE reviewed_disagreements (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      coder_low   INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
      coder_high  INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
      fingerprint TEXT NOT NULL,
      reviewed_by INTEGER REFERENCES coders (id) ON DELETE SET NULL,
      reviewed_at TEXT NOT NULL,
      CHECK (coder_low < coder_high),
      UNIQUE (document_id, coder_low, coder_high, fingerprint)
    ) STRICT;
  `);
}
