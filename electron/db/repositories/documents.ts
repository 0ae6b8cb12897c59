import crypto from 'node:crypto';
import { coveredShare, unionLength, unionLengthByKey, type KeyedRange } from '../../../shared/coverage';
import type { UnitDraft } from '../../../shared/document-builder';
import type { DocumentContent, DocumentKind, DocumentMedia, DocumentSummary, DocumentUnit } from '../../../shared/domain/document';
import type { Db } from '../open';
import { statement } from '../statements';

export interface NewDocument {
  name: string;
  kind: DocumentKind;
  text: string;
  sourceName: string | null;
  metadata?: Record<string, unknown>;
  units: UnitDraft[];
  /** contentHash(text), when the caller has already computed it. */
  hash?: string;
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Inserts a document and its structure units; returns the new document id. */
export function insertDocument(db: Db, doc: NewDocument, now: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM documents').get() as { p: number }).p;
  const info = db
    .prepare(
      `INSERT INTO documents (name, kind, text, source_name, content_hash, imported_at, metadata, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(doc.name, doc.kind, doc.text, doc.sourceName, doc.hash ?? contentHash(doc.text), now, JSON.stringify(doc.metadata ?? {}), position);
  const documentId = Number(info.lastInsertRowid);
  const insertUnit = statement(db, 
    'INSERT INTO document_units (document_id, parent_id, kind, start, end, label, attrs) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const ids: number[] = [];
  for (const unit of doc.units) {
    const parentId = unit.parent === null ? null : (ids[unit.parent] ?? null);
    const unitInfo = insertUnit.run(documentId, parentId, unit.kind, unit.start, unit.end, unit.label, JSON.stringify(unit.attrs));
    ids.push(Number(unitInfo.lastInsertRowid));
  }
  return documentId;
}

interface SummaryRow {
  id: number;
  name: string;
  kind: DocumentKind;
  source_name: string | null;
  imported_at: string;
  character_count: number;
  coding_count: number;
  revision: number;
  media_path: string | null;
}

/** Describes a stored recording path for the renderer (name, availability); the service knows the project's folder. */
export type MediaDescriber = (stored: string) => DocumentMedia;
const nameOnly: MediaDescriber = (stored) => ({ name: stored.slice(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1), available: false });

function toSummary(row: SummaryRow, covered: number, groupIds: number[], media: MediaDescriber = nameOnly): DocumentSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceName: row.source_name,
    importedAt: row.imported_at,
    characterCount: row.character_count,
    codingCount: row.coding_count,
    revision: row.revision,
    // Offsets count UTF-16 units and `length()` code points: they differ only past U+FFFF (emoji),
    // and the share is clamped to 1.
    codedShare: coveredShare(covered, row.character_count),
    groupIds,
    media: row.media_path === null ? null : media(row.media_path),
  };
}

const summaryColumns = `d.id, d.name, d.kind, d.source_name, d.imported_at, d.revision, d.media_path, length(d.text) AS character_count,
  (SELECT count(*) FROM codings k WHERE k.document_id = d.id) AS coding_count`;

/** Group ids of every document that belongs to a group, in the groups' order. */
function groupIdsByDocument(db: Db, documentId?: number): Map<number, number[]> {
  const rows = statement(
    db,
    `SELECT m.document_id AS documentId, m.group_id AS groupId FROM document_group_members m
     JOIN document_groups g ON g.id = m.group_id
     WHERE @doc IS NULL OR m.document_id = @doc ORDER BY g.position, g.id`,
  ).all({ doc: documentId ?? null }) as { documentId: number; groupId: number }[];
  const byDocument = new Map<number, number[]>();
  for (const row of rows) {
    const list = byDocument.get(row.documentId);
    if (list) list.push(row.groupId);
    else byDocument.set(row.documentId, [row.groupId]);
  }
  return byDocument;
}

/**
 * Every document with its counts, coded share and groups. The coded share of all documents comes
 * from one query over the codings in (document, start) order — the order of the codings_document
 * index — merged in one pass (shared/coverage.ts), so 40,000 codings cost one scan.
 */
export function listDocuments(db: Db, media?: MediaDescriber): DocumentSummary[] {
  const rows = statement(db, `SELECT ${summaryColumns} FROM documents d ORDER BY d.position, d.id`).all() as SummaryRow[];
  const ranges = statement(db, 'SELECT document_id AS key, start, end FROM codings ORDER BY document_id, start').iterate() as IterableIterator<KeyedRange>;
  const covered = unionLengthByKey(ranges);
  const groups = groupIdsByDocument(db);
  return rows.map((row) => toSummary(row, covered.get(row.id) ?? 0, groups.get(row.id) ?? [], media));
}

/** A document with its text, structure units and codings, in text order. */
export function getDocument(db: Db, id: number, media?: MediaDescriber): DocumentContent | null {
  const row = statement(db, `SELECT ${summaryColumns}, d.text, d.metadata FROM documents d WHERE d.id = ?`).get(id) as
    | (SummaryRow & { text: string; metadata: string })
    | undefined;
  if (!row) return null;
  const units = (
    db
      .prepare('SELECT id, parent_id, kind, start, end, label, attrs FROM document_units WHERE document_id = ? ORDER BY start, end DESC, id')
      .all(id) as { id: number; parent_id: number | null; kind: DocumentUnit['kind']; start: number; end: number; label: string | null; attrs: string }[]
  ).map((u) => ({ id: u.id, parentId: u.parent_id, kind: u.kind, start: u.start, end: u.end, label: u.label, attrs: JSON.parse(u.attrs) }));
  const codings = (
    statement(db, 'SELECT id, code_id, coder_id, start, end FROM codings WHERE document_id = ? ORDER BY start, end DESC, id').all(id) as {
      id: number;
      code_id: number;
      coder_id: number | null;
      start: number;
      end: number;
    }[]
  ).map((c) => ({ id: c.id, codeId: c.code_id, coderId: c.coder_id, start: c.start, end: c.end }));
  return {
    ...toSummary(row, unionLength(codings), groupIdsByDocument(db, id).get(id) ?? [], media),
    text: row.text,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    units,
    codings,
  };
}

export function listDocumentNames(db: Db): { id: number; name: string; sourceName: string | null }[] {
  return statement(db, 'SELECT id, name, source_name AS sourceName FROM documents ORDER BY id').all() as {
    id: number;
    name: string;
    sourceName: string | null;
  }[];
}

/** The stored path of a document's recording (null when none); undefined when there is no such document. */
export function getMediaPath(db: Db, id: number): { name: string; mediaPath: string | null } | undefined {
  return statement(db, 'SELECT name, media_path AS mediaPath FROM documents WHERE id = ?').get(id) as { name: string; mediaPath: string | null } | undefined;
}

export function setMediaPath(db: Db, id: number, mediaPath: string | null): void {
  statement(db, 'UPDATE documents SET media_path = ? WHERE id = ?').run(mediaPath, id);
}
