import type { Database } from 'better-sqlite3';

/**
 * Version 5: what retrieval needs.
 * - A case can be linked to a part of a document named by its structure rather than by offsets:
 *   a speaker (the interviewee's turns belong to the interviewee's case) or a grid column (the
 *   « retour du professionnel » column to the professional's case). Named parts follow text edits
 *   and speaker renames without remapping.
 * - A coding can be marked as a key quotation (« citation clé ») for reports.
 * - Saved code queries with their filters, reusable by name.
 * - An index holding each document's revision and import time, so retrieval can check its caches
 *   without reading the rows (those columns come after the text: reading them from the table
 *   walks the text's overflow pages).
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE case_links ADD COLUMN part_field TEXT CHECK (part_field IS NULL OR part_field IN ('speaker', 'column'));
    ALTER TABLE case_links ADD COLUMN part_value TEXT;
    CREATE INDEX case_links_part ON case_links (document_id, part_field, part_value);

    ALTER TABLE codings ADD COLUMN key_quote INTEGER NOT NULL DEFAULT 0 CHECK (key_quote IN (0, 1));

    CREATE TABLE saved_queries (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
      definition TEXT NOT NULL CHECK (json_valid(definition)),
      position   INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX documents_state ON documents (revision, imported_at);
  `);
}
