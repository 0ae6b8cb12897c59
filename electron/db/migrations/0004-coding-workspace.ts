import type { Database } from 'better-sqlite3';

/**
 * Version 4: what the coding workspace needs.
 * - Codes get inclusion and exclusion criteria (the definition stays in `description`) and anchor
 *   examples: codings chosen as typical of the code.
 * - Memos keep their rich body (Lexical's JSON, or plain text in older files) and its plain text,
 *   for search and exports.
 * - Documents get a revision, bumped when their text or structure changes (text edits, speaker
 *   renames), so the viewer reloads the text only then; and the path of a linked recording.
 * - Document groups (sets), and an index to find a coder's recent codes.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE codes ADD COLUMN inclusion TEXT NOT NULL DEFAULT '';
    ALTER TABLE codes ADD COLUMN exclusion TEXT NOT NULL DEFAULT '';

    CREATE TABLE code_examples (
      code_id   INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      coding_id INTEGER NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
      position  INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (code_id, coding_id)
    ) STRICT;
    CREATE INDEX code_examples_coding ON code_examples (coding_id);

    ALTER TABLE memos ADD COLUMN text TEXT NOT NULL DEFAULT '';
    UPDATE memos SET text = body;

    ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN media_path TEXT;

    CREATE TABLE document_groups (
      id       INTEGER PRIMARY KEY,
      name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
      position INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE document_group_members (
      group_id    INTEGER NOT NULL REFERENCES document_groups (id) ON DELETE CASCADE,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, document_id)
    ) STRICT;
    CREATE INDEX document_group_members_document ON document_group_members (document_id);

    CREATE INDEX codings_coder ON codings (coder_id, id);
  `);
}
