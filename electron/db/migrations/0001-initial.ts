import type { Database } from 'better-sqlite3';

/** Version 1: the whole domain as the first issues need it. Offsets are UTF-16 units (shared/offsets.ts). */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE project_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE coders (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      color      TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
      id           INTEGER PRIMARY KEY,
      name         TEXT NOT NULL,
      kind         TEXT NOT NULL CHECK (kind IN ('transcript', 'observation', 'text', 'table')),
      text         TEXT NOT NULL,
      source_name  TEXT,
      content_hash TEXT NOT NULL,
      imported_at  TEXT NOT NULL,
      metadata     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
      position     INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX documents_hash ON documents (content_hash);

    CREATE TABLE document_units (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      parent_id   INTEGER REFERENCES document_units (id) ON DELETE CASCADE,
      kind        TEXT NOT NULL,
      start       INTEGER NOT NULL,
      end         INTEGER NOT NULL,
      label       TEXT,
      attrs       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attrs)),
      CHECK (start >= 0 AND end >= start)
    ) STRICT;
    CREATE INDEX document_units_position ON document_units (document_id, start);
    CREATE INDEX document_units_parent ON document_units (parent_id);

    CREATE TABLE codes (
      id          INTEGER PRIMARY KEY,
      parent_id   INTEGER REFERENCES codes (id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
      color       TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
      description TEXT NOT NULL DEFAULT '',
      guid        TEXT NOT NULL UNIQUE,
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX codes_sibling_name ON codes (ifnull(parent_id, 0), name);
    CREATE INDEX codes_parent ON codes (parent_id, position);

    CREATE TABLE codings (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      code_id     INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      start       INTEGER NOT NULL,
      end         INTEGER NOT NULL,
      coder_id    INTEGER REFERENCES coders (id) ON DELETE SET NULL,
      created_at  TEXT NOT NULL,
      guid        TEXT NOT NULL UNIQUE,
      CHECK (start >= 0 AND end > start)
    ) STRICT;
    CREATE INDEX codings_document ON codings (document_id, start);
    CREATE INDEX codings_code ON codings (code_id, document_id, start);

    CREATE TABLE cases (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE,
      description TEXT NOT NULL DEFAULT '',
      position    INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE attributes (
      id       INTEGER PRIMARY KEY,
      name     TEXT NOT NULL UNIQUE,
      type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'category')),
      position INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE attribute_values (
      case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
      value        TEXT,
      PRIMARY KEY (case_id, attribute_id)
    ) STRICT;

    -- A case is linked to a whole document, or to a part of it (a speaker's turns, a grid column).
    CREATE TABLE case_links (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      unit_id     INTEGER REFERENCES document_units (id) ON DELETE CASCADE,
      start       INTEGER,
      end         INTEGER,
      CHECK ((start IS NULL AND end IS NULL) OR (start >= 0 AND end > start))
    ) STRICT;
    CREATE INDEX case_links_case ON case_links (case_id);
    CREATE INDEX case_links_document ON case_links (document_id);

    CREATE TABLE memos (
      id          INTEGER PRIMARY KEY,
      kind        TEXT NOT NULL CHECK (kind IN ('project', 'document', 'code', 'coding')),
      title       TEXT NOT NULL DEFAULT '',
      body        TEXT NOT NULL DEFAULT '',
      document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
      code_id     INTEGER REFERENCES codes (id) ON DELETE CASCADE,
      coding_id   INTEGER REFERENCES codings (id) ON DELETE CASCADE,
      coder_id    INTEGER REFERENCES coders (id) ON DELETE SET NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      CHECK ((kind = 'project') = (document_id IS NULL AND code_id IS NULL AND coding_id IS NULL)),
      CHECK (kind <> 'document' OR document_id IS NOT NULL),
      CHECK (kind <> 'code' OR code_id IS NOT NULL),
      CHECK (kind <> 'coding' OR coding_id IS NOT NULL)
    ) STRICT;
    CREATE INDEX memos_document ON memos (document_id);
    CREATE INDEX memos_code ON memos (code_id);
    CREATE INDEX memos_coding ON memos (coding_id);

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT;
  `);
}
