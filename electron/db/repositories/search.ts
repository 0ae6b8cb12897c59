import type { ScopeUnit } from '../../../shared/search/scope';
import type { Db } from '../open';
import { statement } from '../statements';

/**
 * SQL of the text search. The search keeps documents read as words in memory (service/search);
 * to know when a text changed, this connection counts the changes of each document's text in a
 * TEMP table fed by TEMP triggers: they see every write of the session, undo and redo included,
 * and leave nothing in the project file.
 */
const tracked = new WeakSet<Db>();

export function trackTextVersions(db: Db): void {
  if (tracked.has(db)) return;
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS search_text_versions (document_id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
    CREATE TEMP TRIGGER IF NOT EXISTS search_text_insert AFTER INSERT ON main.documents BEGIN
      INSERT INTO temp.search_text_versions VALUES (new.id, 1) ON CONFLICT (document_id) DO UPDATE SET version = version + 1;
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_text_update AFTER UPDATE OF text ON main.documents BEGIN
      INSERT INTO temp.search_text_versions VALUES (new.id, 1) ON CONFLICT (document_id) DO UPDATE SET version = version + 1;
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_text_delete AFTER DELETE ON main.documents BEGIN
      INSERT INTO temp.search_text_versions VALUES (old.id, 1) ON CONFLICT (document_id) DO UPDATE SET version = version + 1;
    END;
  `);
  tracked.add(db);
}

export interface SearchDocument {
  id: number;
  name: string;
  /** Changes whenever the text changes (see trackTextVersions). */
  version: number;
  /** Changes with the text and the structure (a speaker renamed). */
  revision: number;
}

/** Every document in the documents' order, with its text version. */
export function searchDocuments(db: Db): SearchDocument[] {
  return statement(
    db,
    `SELECT d.id, d.name, coalesce(v.version, 0) AS version, d.revision FROM documents d
     LEFT JOIN temp.search_text_versions v ON v.document_id = d.id ORDER BY d.position, d.id`,
  ).all() as SearchDocument[];
}

/** Documents the full-text index says may match an FTS5 expression (shared/search/fts.ts). */
export function ftsCandidates(db: Db, expression: string): Set<number> {
  const rows = statement(db, 'SELECT rowid AS id FROM document_text_index WHERE document_text_index MATCH ?').all(expression) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** The texts of some documents, one at a time. */
export function documentTexts(db: Db, ids: readonly number[]): IterableIterator<{ id: number; text: string }> {
  return statement(db, 'SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))').iterate(JSON.stringify(ids)) as IterableIterator<{
    id: number;
    text: string;
  }>;
}

export function documentText(db: Db, id: number): string | undefined {
  return (statement(db, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined)?.text;
}

export interface SearchUnit extends ScopeUnit {
  speaker: string | null;
  prompt: string | null;
  column: string | null;
}

/** The structure units of a document that say where a passage is, or that a scope widens to. */
export function documentUnits(db: Db, documentId: number): SearchUnit[] {
  const rows = statement(db, 'SELECT kind, start, end, attrs FROM document_units WHERE document_id = ? AND end > start ORDER BY start, end DESC').all(
    documentId,
  ) as { kind: string; start: number; end: number; attrs: string }[];
  return rows.map((row) => {
    // Most units carry no attributes: '{}' is not parsed.
    const attrs = row.attrs.length > 2 ? (JSON.parse(row.attrs) as { speaker?: string; prompt?: string; column?: string }) : {};
    return { kind: row.kind, start: row.start, end: row.end, speaker: attrs.speaker ?? null, prompt: attrs.prompt ?? null, column: attrs.column ?? null };
  });
}

/** The codings of one code by one coder, by document and start. */
export function codedRanges(db: Db, codeId: number, coderId: number): Map<number, { start: number; end: number }[]> {
  const rows = statement(db, 'SELECT document_id AS documentId, start, end FROM codings WHERE code_id = ? AND coder_id IS ? ORDER BY document_id, start').all(
    codeId,
    coderId,
  ) as { documentId: number; start: number; end: number }[];
  const byDocument = new Map<number, { start: number; end: number }[]>();
  for (const row of rows) {
    const list = byDocument.get(row.documentId);
    if (list) list.push(row);
    else byDocument.set(row.documentId, [row]);
  }
  return byDocument;
}

export function codeName(db: Db, codeId: number): string | undefined {
  return (statement(db, 'SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined)?.name;
}
