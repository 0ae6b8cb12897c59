import type { AttributeType } from '../../../shared/domain/case';
import type { Db } from '../open';
import { getMeta } from './meta';

/** What the REFI-QDA export reads of a project, row by row, in the order it writes them. */

export interface RefiProjectRow {
  name: string;
  createdAt: string | null;
}
export interface RefiCoderRow {
  id: number;
  name: string;
  createdAt: string;
}
export interface RefiCodeRow {
  id: number;
  parentId: number | null;
  name: string;
  color: string;
  description: string;
  inclusion: string;
  exclusion: string;
  guid: string;
}
export interface RefiDocumentRow {
  id: number;
  name: string;
  text: string;
  importedAt: string;
}
export interface RefiCodingRow {
  id: number;
  documentId: number;
  codeId: number;
  start: number;
  end: number;
  coderId: number | null;
  createdAt: string;
  guid: string;
}
export interface RefiMemoRow {
  id: number;
  kind: 'project' | 'document' | 'code' | 'coding';
  title: string;
  text: string;
  documentId: number | null;
  codeId: number | null;
  codingId: number | null;
  coderId: number | null;
  createdAt: string;
  updatedAt: string;
}
export interface RefiCaseRow {
  id: number;
  name: string;
  description: string;
}
export interface RefiAttributeRow {
  id: number;
  name: string;
  type: AttributeType;
}
export interface RefiValueRow {
  caseId: number;
  attributeId: number;
  value: string;
}
export interface RefiCaseDocumentRow {
  caseId: number;
  documentId: number;
}

export function refiProject(db: Db): RefiProjectRow {
  return { name: getMeta(db, 'name') ?? 'Projet Balise', createdAt: getMeta(db, 'created_at') };
}

export function refiCoders(db: Db): RefiCoderRow[] {
  return db.prepare('SELECT id, name, created_at AS createdAt FROM coders ORDER BY id').all() as RefiCoderRow[];
}

/** Parents before children, siblings in the codebook's order. */
export function refiCodes(db: Db): RefiCodeRow[] {
  return db
    .prepare(
      `SELECT id, parent_id AS parentId, name, color, description, inclusion, exclusion, guid
         FROM codes ORDER BY ifnull(parent_id, 0), position, id`,
    )
    .all() as RefiCodeRow[];
}

export function refiDocuments(db: Db): RefiDocumentRow[] {
  return db.prepare('SELECT id, name, text, imported_at AS importedAt FROM documents ORDER BY position, id').all() as RefiDocumentRow[];
}

export function refiCodings(db: Db): RefiCodingRow[] {
  return db
    .prepare(
      `SELECT id, document_id AS documentId, code_id AS codeId, start, end, coder_id AS coderId, created_at AS createdAt, guid
         FROM codings ORDER BY document_id, start, end, id`,
    )
    .all() as RefiCodingRow[];
}

export function refiMemos(db: Db): RefiMemoRow[] {
  return db
    .prepare(
      `SELECT id, kind, title, text, document_id AS documentId, code_id AS codeId, coding_id AS codingId,
              coder_id AS coderId, created_at AS createdAt, updated_at AS updatedAt
         FROM memos ORDER BY id`,
    )
    .all() as RefiMemoRow[];
}

export function refiCases(db: Db): RefiCaseRow[] {
  return db.prepare('SELECT id, name, description FROM cases ORDER BY position, id').all() as RefiCaseRow[];
}

export function refiAttributes(db: Db): RefiAttributeRow[] {
  return db.prepare('SELECT id, name, type FROM attributes ORDER BY position, id').all() as RefiAttributeRow[];
}

/** Non-empty values only. */
export function refiValues(db: Db): RefiValueRow[] {
  return db
    .prepare(
      `SELECT v.case_id AS caseId, v.attribute_id AS attributeId, v.value
         FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id
        WHERE v.value IS NOT NULL AND trim(v.value) <> ''
        ORDER BY v.case_id, a.position, a.id`,
    )
    .all() as RefiValueRow[];
}

/** Each document a case is linked to as a whole, once. */
export function refiCaseDocuments(db: Db): RefiCaseDocumentRow[] {
  return db
    .prepare(
      `SELECT DISTINCT l.case_id AS caseId, l.document_id AS documentId
         FROM case_links l JOIN documents d ON d.id = l.document_id
        WHERE l.start IS NULL AND l.part_field IS NULL
        ORDER BY l.case_id, d.position, d.id`,
    )
    .all() as RefiCaseDocumentRow[];
}

export interface RefiCasePartRow {
  caseId: number;
  documentId: number;
  start: number;
  end: number;
}

/**
 * The stretches of text a case is linked to by a part of a document: each unit whose speaker or
 * grid column is the part's (as retrieval reads them, shared/retrieval/cases.ts), and linked ranges.
 * In document order; they may overlap (nested units).
 */
export function refiCaseParts(db: Db): RefiCasePartRow[] {
  return db
    .prepare(
      `SELECT DISTINCT caseId, documentId, start, end FROM (
         SELECT l.case_id AS caseId, u.document_id AS documentId, u.start, u.end
           FROM case_links l JOIN document_units u ON u.document_id = l.document_id
          WHERE l.part_field IS NOT NULL AND json_extract(u.attrs, '$.' || l.part_field) = l.part_value AND u.end > u.start
         UNION ALL
         SELECT case_id, document_id, start, end FROM case_links WHERE start IS NOT NULL
       ) ORDER BY caseId, documentId, start, end`,
    )
    .all() as RefiCasePartRow[];
}

export interface RefiGroupRow {
  id: number;
  name: string;
  documentIds: number[];
}

/** Document groups with their members in document order (REFI-QDA sets of sources). */
export function refiGroups(db: Db): RefiGroupRow[] {
  const groups = db.prepare('SELECT id, name FROM document_groups ORDER BY position, id').all() as { id: number; name: string }[];
  const members = db
    .prepare(
      `SELECT m.group_id AS groupId, m.document_id AS documentId
         FROM document_group_members m JOIN documents d ON d.id = m.document_id
        ORDER BY d.position, d.id`,
    )
    .all() as { groupId: number; documentId: number }[];
  return groups.map((g) => ({ ...g, documentIds: members.filter((m) => m.groupId === g.id).map((m) => m.documentId) }));
}
