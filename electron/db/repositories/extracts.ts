import type { DocumentUnit, UnitAttributes } from '../../../shared/domain/document';
import type { ExtractFilters, ExtractSelection, SavedQuery } from '../../../shared/domain/extract';
import type { CaseLinkRef } from '../../../shared/retrieval/cases';
import type { Db } from '../open';
import { statement } from '../statements';

/** A coding as retrieval reads it. */
export interface RetrievedCoding {
  id: number;
  documentId: number;
  codeId: number;
  start: number;
  end: number;
  coderId: number | null;
  createdAt: string;
  keyQuote: boolean;
}

const json = (values: readonly (number | string)[]) => JSON.stringify(values);

/**
 * Codings of the given codes, narrowed by the filters that concern a coding itself (documents,
 * coders, date coded, key quotation). Lists are passed as JSON arrays: no limit on their length.
 */
export function codingsOfCodes(db: Db, codeIds: readonly number[], filters: ExtractFilters, documentIds: readonly number[] | null): RetrievedCoding[] {
  const where = ['k.code_id IN (SELECT value FROM json_each(?))'];
  const params: unknown[] = [json(codeIds)];
  if (documentIds) {
    where.push('k.document_id IN (SELECT value FROM json_each(?))');
    params.push(json(documentIds));
  }
  if (filters.coderIds?.length) {
    where.push('k.coder_id IN (SELECT value FROM json_each(?))');
    params.push(json(filters.coderIds));
  }
  // created_at is an ISO instant; a day compares with its first ten characters (UTC).
  if (filters.codedFrom) {
    where.push('substr(k.created_at, 1, 10) >= ?');
    params.push(filters.codedFrom);
  }
  if (filters.codedTo) {
    where.push('substr(k.created_at, 1, 10) <= ?');
    params.push(filters.codedTo);
  }
  if (filters.keyQuotesOnly) where.push('k.key_quote = 1');
  // Raw rows (arrays): a family at the DESIGN.md scale is thousands of codings.
  const rows = statement(
    db,
    `SELECT k.id, k.document_id, k.code_id, k.start, k.end, k.coder_id, k.created_at, k.key_quote
     FROM codings k WHERE ${where.join(' AND ')}`,
  )
    .raw(true)
    .all(...params) as [number, number, number, number, number, number | null, string, number][];
  return rows.map(([id, documentId, codeId, start, end, coderId, createdAt, keyQuote]) => ({ id, documentId, codeId, start, end, coderId, createdAt, keyQuote: keyQuote === 1 }));
}

/** Documents of any of the groups. */
export function documentsOfGroups(db: Db, groupIds: readonly number[]): number[] {
  return (
    statement(db, 'SELECT DISTINCT document_id AS id FROM document_group_members WHERE group_id IN (SELECT value FROM json_each(?))').all(json(groupIds)) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** Every code with its parent, name and colour (for paths and sub-codes). */
export function codeTree(db: Db): { id: number; parentId: number | null; name: string; color: string }[] {
  return statement(db, 'SELECT id, parent_id AS parentId, name, color FROM codes ORDER BY position, id').all() as {
    id: number;
    parentId: number | null;
    name: string;
    color: string;
  }[];
}

/**
 * Documents in display order, with their names. Only columns stored before the text are read:
 * `position` itself comes after it in the row, and reading it would walk the text's overflow pages.
 */
export function documentOrder(db: Db): { id: number; name: string }[] {
  return statement(db, 'SELECT id, name FROM documents ORDER BY position, id').all() as { id: number; name: string }[];
}

/** A document's state for caches: its revision and import time (see repositories/revisions.ts). */
export function documentStates(db: Db, ids: readonly number[]): Map<number, string> {
  // The whole covering index, filtered here: a lookup by id would read the table rows.
  const rows = statement(db, 'SELECT id, revision, imported_at FROM documents INDEXED BY documents_state').raw(true).all() as [number, number, string][];
  const wanted = new Set(ids);
  const out = new Map<number, string>();
  for (const [id, revision, importedAt] of rows) if (wanted.has(id)) out.set(id, `${revision}@${importedAt}`);
  return out;
}

export function documentTexts(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = statement(db, 'SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))').all(json(ids)) as { id: number; text: string }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

export type RetrievalUnit = Pick<DocumentUnit, 'kind' | 'start' | 'end' | 'label' | 'attrs'>;

/** Structure units of the documents, in text order per document. */
export function unitsOfDocuments(db: Db, ids: readonly number[]): Map<number, RetrievalUnit[]> {
  const rows = statement(
    db,
    `SELECT document_id AS documentId, kind, start, end, label, attrs FROM document_units
     WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, start, end DESC`,
  ).all(json(ids)) as { documentId: number; kind: DocumentUnit['kind']; start: number; end: number; label: string | null; attrs: string }[];
  const out = new Map<number, RetrievalUnit[]>();
  for (const row of rows) {
    let list = out.get(row.documentId);
    if (!list) out.set(row.documentId, (list = []));
    list.push({ kind: row.kind, start: row.start, end: row.end, label: row.label, attrs: row.attrs === '{}' ? {} : (JSON.parse(row.attrs) as UnitAttributes) });
  }
  return out;
}

export function caseLinksOfDocuments(db: Db, ids: readonly number[]): Map<number, CaseLinkRef[]> {
  const rows = statement(
    db,
    `SELECT document_id AS documentId, case_id AS caseId, start, end, part_field AS partField, part_value AS partValue
     FROM case_links WHERE document_id IN (SELECT value FROM json_each(?))`,
  ).all(json(ids)) as (CaseLinkRef & { documentId: number })[];
  const out = new Map<number, CaseLinkRef[]>();
  for (const { documentId, ...link } of rows) {
    let list = out.get(documentId);
    if (!list) out.set(documentId, (list = []));
    list.push(link);
  }
  return out;
}

/** Cases with their attribute values (by attribute id) in the attributes' order. */
export function casesWithValues(db: Db): {
  cases: Map<number, { id: number; name: string; position: number }>;
  attributes: { id: number; name: string; type: string }[];
  values: Map<number, Map<number, string | null>>;
} {
  const cases = statement(db, 'SELECT id, name, position FROM cases ORDER BY position, id').all() as { id: number; name: string; position: number }[];
  const attributes = statement(db, 'SELECT id, name, type FROM attributes ORDER BY position, id').all() as { id: number; name: string; type: string }[];
  const values = new Map<number, Map<number, string | null>>();
  for (const row of statement(db, 'SELECT case_id AS caseId, attribute_id AS attributeId, value FROM attribute_values').all() as {
    caseId: number;
    attributeId: number;
    value: string | null;
  }[]) {
    let byAttribute = values.get(row.caseId);
    if (!byAttribute) values.set(row.caseId, (byAttribute = new Map()));
    byAttribute.set(row.attributeId, row.value);
  }
  return { cases: new Map(cases.map((c) => [c.id, c])), attributes, values };
}

/** Plain text of the comments of codings. */
export function codingComments(db: Db, codingIds: readonly number[]): Map<number, string> {
  const rows = statement(
    db,
    `SELECT coding_id AS codingId, text FROM memos WHERE kind = 'coding' AND coding_id IN (SELECT value FROM json_each(?)) ORDER BY updated_at`,
  ).all(json(codingIds)) as { codingId: number; text: string }[];
  return new Map(rows.filter((r) => r.text.trim() !== '').map((r) => [r.codingId, r.text]));
}

/** Values of each attribute with how many cases hold them. */
export function attributeValueCounts(db: Db): { attributeId: number; value: string; cases: number }[] {
  return statement(
    db,
    `SELECT attribute_id AS attributeId, value, count(*) AS cases FROM attribute_values
     WHERE value IS NOT NULL AND trim(value) <> '' GROUP BY attribute_id, value ORDER BY attribute_id, value`,
  ).all() as { attributeId: number; value: string; cases: number }[];
}

export function setKeyQuote(db: Db, codingId: number, keyQuote: boolean): boolean {
  return statement(db, 'UPDATE codings SET key_quote = ? WHERE id = ?').run(keyQuote ? 1 : 0, codingId).changes > 0;
}

export function listSavedQueries(db: Db): SavedQuery[] {
  const rows = statement(db, 'SELECT id, name, definition, created_at AS createdAt FROM saved_queries ORDER BY position, id').all() as {
    id: number;
    name: string;
    definition: string;
    createdAt: string;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, selection: JSON.parse(r.definition) as ExtractSelection, createdAt: r.createdAt }));
}

export function findSavedQueryNamed(db: Db, name: string): { id: number; name: string } | undefined {
  return statement(db, 'SELECT id, name FROM saved_queries WHERE name = ? COLLATE NOCASE').get(name) as { id: number; name: string } | undefined;
}

export function insertSavedQuery(db: Db, name: string, selection: ExtractSelection, now: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM saved_queries').get() as { p: number }).p;
  return Number(statement(db, 'INSERT INTO saved_queries (name, definition, position, created_at) VALUES (?, ?, ?, ?)').run(name, JSON.stringify(selection), position, now).lastInsertRowid);
}

export function updateSavedQuery(db: Db, id: number, name: string, selection: ExtractSelection): boolean {
  return statement(db, 'UPDATE saved_queries SET name = ?, definition = ? WHERE id = ?').run(name, JSON.stringify(selection), id).changes > 0;
}

export function deleteSavedQuery(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM saved_queries WHERE id = ?').run(id).changes > 0;
}

/** How many codings each document holds and each coder made. */
export function codingCounts(db: Db): { byDocument: Map<number, number>; byCoder: Map<number, number> } {
  const byDocument = new Map(
    (statement(db, 'SELECT document_id, count(*) FROM codings GROUP BY document_id').raw(true).all() as [number, number][]).map(([id, n]) => [id, n]),
  );
  const byCoder = new Map(
    (statement(db, 'SELECT coder_id, count(*) FROM codings WHERE coder_id IS NOT NULL GROUP BY coder_id').raw(true).all() as [number, number][]).map(([id, n]) => [id, n]),
  );
  return { byDocument, byCoder };
}

/** How many documents each case is linked to, whole or in part. */
export function caseDocumentCounts(db: Db): Map<number, number> {
  return new Map((statement(db, 'SELECT case_id, count(DISTINCT document_id) FROM case_links GROUP BY case_id').raw(true).all() as [number, number][]).map(([id, n]) => [id, n]));
}
