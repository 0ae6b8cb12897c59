import type { MergeCodeRow } from '../../../shared/merge/codes';
import type { MergeCodingRow } from '../../../shared/merge/codings';
import type { MergeDocumentRow } from '../../../shared/merge/documents';
import type { Db } from '../open';
import { statement } from '../statements';

/** What merging reads from a project (mine or theirs) and writes that other repositories do not. */

export interface MergeDocument extends MergeDocumentRow {
  kind: string;
  sourceName: string | null;
  metadata: string;
}

export interface MergeUnit {
  id: number;
  documentId: number;
  parentId: number | null;
  kind: string;
  start: number;
  end: number;
  label: string | null;
  attrs: string;
}

export interface MergeCode extends MergeCodeRow {
  description: string;
  inclusion: string;
  exclusion: string;
}

export interface MergeCoding extends MergeCodingRow {
  coderName: string | null;
  createdAt: string;
  keyQuote: number;
}

export interface MergeMemo {
  id: number;
  kind: 'project' | 'document' | 'code' | 'coding';
  title: string;
  body: string;
  text: string;
  documentId: number | null;
  codeId: number | null;
  codingId: number | null;
  coderName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MergeCaseLink {
  caseId: number;
  documentId: number;
  unitId: number | null;
  start: number | null;
  end: number | null;
  partField: string | null;
  partValue: string | null;
}

export interface MergeRows {
  documents: MergeDocument[];
  units: MergeUnit[];
  codes: MergeCode[];
  codings: MergeCoding[];
  memos: MergeMemo[];
  coders: { id: number; name: string; color: string }[];
  cases: { id: number; name: string; description: string }[];
  attributes: { id: number; name: string; type: 'text' | 'number' | 'date' | 'category' }[];
  values: { caseId: number; attributeId: number; value: string }[];
  links: MergeCaseLink[];
}

/** Everything a merge compares, as plain rows (the other project's file is small enough to hold). */
export function readMergeRows(db: Db): MergeRows {
  const all = <T>(sql: string) => statement(db, sql).all() as T[];
  return {
    documents: all<MergeDocument>('SELECT id, name, content_hash AS hash, text, kind, source_name AS sourceName, metadata FROM documents ORDER BY position, id'),
    units: all<MergeUnit>('SELECT id, document_id AS documentId, parent_id AS parentId, kind, start, end, label, attrs FROM document_units ORDER BY document_id, id'),
    codes: all<MergeCode>('SELECT id, parent_id AS parentId, name, guid, color, description, inclusion, exclusion FROM codes ORDER BY position, id'),
    codings: all<MergeCoding>(
      `SELECT g.id, g.guid, g.document_id AS documentId, g.code_id AS codeId, g.start, g.end, c.name AS coderName, g.created_at AS createdAt, g.key_quote AS keyQuote
         FROM codings g LEFT JOIN coders c ON c.id = g.coder_id ORDER BY g.id`,
    ),
    memos: all<MergeMemo>(
      `SELECT m.id, m.kind, m.title, m.body, m.text, m.document_id AS documentId, m.code_id AS codeId, m.coding_id AS codingId, c.name AS coderName,
              m.created_at AS createdAt, m.updated_at AS updatedAt
         FROM memos m LEFT JOIN coders c ON c.id = m.coder_id ORDER BY m.id`,
    ),
    coders: all('SELECT id, name, color FROM coders ORDER BY id'),
    cases: all('SELECT id, name, description FROM cases ORDER BY position, id'),
    attributes: all('SELECT id, name, type FROM attributes ORDER BY position, id'),
    values: all("SELECT case_id AS caseId, attribute_id AS attributeId, value FROM attribute_values WHERE value IS NOT NULL AND trim(value) <> ''"),
    links: all<MergeCaseLink>(
      'SELECT case_id AS caseId, document_id AS documentId, unit_id AS unitId, start, end, part_field AS partField, part_value AS partValue FROM case_links ORDER BY id',
    ),
  };
}

/** A coder of theirs, with their colour. */
export function insertCoder(db: Db, name: string, color: string, now: string): number {
  return Number(statement(db, 'INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)').run(name, color, now).lastInsertRowid);
}

/** A document of theirs, with its fingerprint (so a second merge recognises it); returns its id. */
export function insertMergedDocument(db: Db, doc: MergeDocument, name: string, now: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM documents').get() as { p: number }).p;
  return Number(
    statement(
      db,
      `INSERT INTO documents (name, kind, text, source_name, content_hash, imported_at, metadata, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(name, doc.kind, doc.text, doc.sourceName, doc.hash, now, doc.metadata, position).lastInsertRowid,
  );
}

/** One structure unit under its (already inserted) parent; returns its id. */
export function insertMergedUnit(db: Db, documentId: number, parentId: number | null, unit: MergeUnit): number {
  return Number(
    statement(db, 'INSERT INTO document_units (document_id, parent_id, kind, start, end, label, attrs) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      documentId,
      parentId,
      unit.kind,
      unit.start,
      unit.end,
      unit.label,
      unit.attrs,
    ).lastInsertRowid,
  );
}

export function setKeyQuote(db: Db, codingId: number): void {
  statement(db, 'UPDATE codings SET key_quote = 1 WHERE id = ?').run(codingId);
}

/** « Prendre leur nom »: my code takes their name (and their parent when they moved it). */
export function renameMergedCode(db: Db, id: number, name: string, parentId: number | null): void {
  const position =
    (statement(db, 'SELECT parent_id AS p FROM codes WHERE id = ?').get(id) as { p: number | null }).p === parentId
      ? null
      : (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS ?').get(parentId) as { p: number }).p;
  if (position === null) statement(db, 'UPDATE codes SET name = ? WHERE id = ?').run(name, id);
  else statement(db, 'UPDATE codes SET name = ?, parent_id = ?, position = ? WHERE id = ?').run(name, parentId, position, id);
}

export function insertMergedLink(db: Db, link: MergeCaseLink): void {
  statement(db, 'INSERT INTO case_links (case_id, document_id, unit_id, start, end, part_field, part_value) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    link.caseId,
    link.documentId,
    link.unitId,
    link.start,
    link.end,
    link.partField,
    link.partValue,
  );
}
