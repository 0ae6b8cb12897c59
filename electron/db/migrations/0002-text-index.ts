import type { Database } from 'better-sqlite3';

/**
 * Version 2: a full-text index of document texts, folded for French (case and diacritics:
 * "region" finds "région"), kept in step with `documents` by triggers, and filled from the
 * documents already in the file.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE document_text_index USING fts5 (
      name, text,
      content = 'documents', content_rowid = 'id',
      tokenize = "unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER documents_index_insert AFTER INSERT ON documents BEGIN
      INSERT INTO document_text_index (rowid, name, text) VALUES (new.id, new.name, new.text);
    END;
    CREATE TRIGGER documents_index_delete AFTER DELETE ON documents BEGIN
      INSERT INTO document_text_index (document_text_index, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
    END;
    CREATE TRIGGER documents_index_update AFTER UPDATE OF name, text ON documents BEGIN
      INSERT INTO document_text_index (document_text_index, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
      INSERT INTO document_text_index (rowid, name, text) VALUES (new.id, new.name, new.text);
    END;
    INSERT INTO document_text_index (document_text_index) VALUES ('rebuild');
  `);
}
