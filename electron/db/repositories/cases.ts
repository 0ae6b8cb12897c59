import type { AttributeType, CaseSummary } from '../../../shared/domain/case';
import type { Db } from '../open';
import { statement } from '../statements';

export function insertCase(db: Db, name: string, description: string): number {
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM cases').get() as { p: number }).p;
  return Number(db.prepare('INSERT INTO cases (name, description, position) VALUES (?, ?, ?)').run(name, description, position).lastInsertRowid);
}

export function ensureAttribute(db: Db, name: string, type: AttributeType): number {
  const row = db.prepare('SELECT id FROM attributes WHERE name = ?').get(name) as { id: number } | undefined;
  if (row) return row.id;
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM attributes').get() as { p: number }).p;
  return Number(db.prepare('INSERT INTO attributes (name, type, position) VALUES (?, ?, ?)').run(name, type, position).lastInsertRowid);
}

export function setAttributeValue(db: Db, caseId: number, attributeId: number, value: string | null): void {
  db.prepare(
    `INSERT INTO attribute_values (case_id, attribute_id, value) VALUES (?, ?, ?)
     ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value`,
  ).run(caseId, attributeId, value);
}

/** Links a case to a whole document (no range) or to a range of it. */
export function linkCaseToDocument(db: Db, caseId: number, documentId: number, range?: { start: number; end: number }): void {
  db.prepare('INSERT INTO case_links (case_id, document_id, start, end) VALUES (?, ?, ?, ?)').run(
    caseId,
    documentId,
    range?.start ?? null,
    range?.end ?? null,
  );
}

export function listCases(db: Db): CaseSummary[] {
  const cases = db
    .prepare(
      `SELECT c.id, c.name, c.description, count(DISTINCT l.document_id) AS document_count
       FROM cases c LEFT JOIN case_links l ON l.case_id = c.id
       GROUP BY c.id ORDER BY c.position, c.id`,
    )
    .all() as { id: number; name: string; description: string; document_count: number }[];
  const values = db
    .prepare(
      `SELECT v.case_id, a.name, v.value FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id
       ORDER BY a.position, a.id`,
    )
    .all() as { case_id: number; name: string; value: string | null }[];
  const byCase = new Map<number, Record<string, string | null>>();
  for (const v of values) {
    const attributes = byCase.get(v.case_id) ?? {};
    attributes[v.name] = v.value;
    byCase.set(v.case_id, attributes);
  }
  return cases.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    documentCount: c.document_count,
    attributes: byCase.get(c.id) ?? {},
  }));
}

export function findCaseByName(db: Db, name: string): number | undefined {
  return (db.prepare('SELECT id FROM cases WHERE name = ?').get(name) as { id: number } | undefined)?.id;
}

/** Sets an attribute's type (the researcher may correct what was inferred). */
export function setAttributeType(db: Db, attributeId: number, type: AttributeType): void {
  db.prepare('UPDATE attributes SET type = ? WHERE id = ?').run(type, attributeId);
}

/** Whether the case is linked to the whole document (not to a part or a stretch of it). */
export function isLinked(db: Db, caseId: number, documentId: number): boolean {
  return statement(db, 'SELECT 1 FROM case_links WHERE case_id = ? AND document_id = ? AND start IS NULL AND part_field IS NULL').get(caseId, documentId) !== undefined;
}

export function listCaseNames(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM cases ORDER BY id').all() as { id: number; name: string }[];
}

/** Removes the case's link to the whole document; its links to parts or stretches of it stay. */
export function unlinkCaseFromDocument(db: Db, caseId: number, documentId: number): number {
  return statement(db, 'DELETE FROM case_links WHERE case_id = ? AND document_id = ? AND start IS NULL AND part_field IS NULL').run(caseId, documentId).changes;
}

/** Cases linked to each document, whole or in part. */
export function listCaseLinks(db: Db): Record<number, number[]> {
  const links: Record<number, number[]> = {};
  for (const row of db.prepare('SELECT DISTINCT document_id, case_id FROM case_links ORDER BY document_id, case_id').all() as { document_id: number; case_id: number }[]) {
    (links[row.document_id] ??= []).push(row.case_id);
  }
  return links;
}

/** How two case or attribute names compare for uniqueness: trimmed, NFC, case folded (« E03 » = « e03 »). */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('fr');
}

type Named = { id: number; name: string };

/** The case, other than `exceptId`, that already has this name (case aside), if any. */
export function findCaseNamed(db: Db, name: string, exceptId?: number): Named | undefined {
  const key = nameKey(name);
  return (statement(db, 'SELECT id, name FROM cases').all() as Named[]).find((c) => c.id !== exceptId && nameKey(c.name) === key);
}

/** The attribute, other than `exceptId`, that already has this name (case aside), if any. */
export function findAttributeNamed(db: Db, name: string, exceptId?: number): Named | undefined {
  const key = nameKey(name);
  return (statement(db, 'SELECT id, name FROM attributes').all() as Named[]).find((a) => a.id !== exceptId && nameKey(a.name) === key);
}

export function getCase(db: Db, id: number): { id: number; name: string; description: string } | undefined {
  return statement(db, 'SELECT id, name, description FROM cases WHERE id = ?').get(id) as { id: number; name: string; description: string } | undefined;
}

/** The cases among `ids` that exist, in table order. */
export function casesAmong(db: Db, ids: readonly number[]): Named[] {
  const wanted = new Set(ids);
  return (statement(db, 'SELECT id, name FROM cases ORDER BY position, id').all() as Named[]).filter((c) => wanted.has(c.id));
}

export function updateCase(db: Db, id: number, fields: { name?: string; description?: string }): void {
  if (fields.name !== undefined) statement(db, 'UPDATE cases SET name = ? WHERE id = ?').run(fields.name, id);
  if (fields.description !== undefined) statement(db, 'UPDATE cases SET description = ? WHERE id = ?').run(fields.description, id);
}

/** Deletes cases; their values and links go with them (cascades, journalled for undo). */
export function deleteCases(db: Db, ids: readonly number[]): number {
  const remove = statement(db, 'DELETE FROM cases WHERE id = ?');
  return ids.reduce((n, id) => n + remove.run(id).changes, 0);
}

export interface AttributeRow {
  id: number;
  name: string;
  type: AttributeType;
  position: number;
}

export function getAttribute(db: Db, id: number): AttributeRow | undefined {
  return statement(db, 'SELECT id, name, type, position FROM attributes WHERE id = ?').get(id) as AttributeRow | undefined;
}

export function listAttributes(db: Db): AttributeRow[] {
  return statement(db, 'SELECT id, name, type, position FROM attributes ORDER BY position, id').all() as AttributeRow[];
}

export function renameAttribute(db: Db, id: number, name: string): void {
  statement(db, 'UPDATE attributes SET name = ? WHERE id = ?').run(name, id);
}

export function deleteAttribute(db: Db, id: number): number {
  return statement(db, 'DELETE FROM attributes WHERE id = ?').run(id).changes;
}

/** Puts the attribute at `index` among the columns and numbers the positions 0, 1, 2… */
export function moveAttribute(db: Db, id: number, index: number): void {
  const others = listAttributes(db).filter((a) => a.id !== id);
  const order = [...others.slice(0, index).map((a) => a.id), id, ...others.slice(index).map((a) => a.id)];
  const place = statement(db, 'UPDATE attributes SET position = ? WHERE id = ? AND position IS NOT ?');
  order.forEach((attributeId, position) => place.run(position, attributeId, position));
}

/** The filled values of an attribute, with their case, in table order. */
export function attributeValues(db: Db, attributeId: number): { caseId: number; caseName: string; value: string }[] {
  return statement(
    db,
    `SELECT v.case_id AS caseId, c.name AS caseName, v.value FROM attribute_values v JOIN cases c ON c.id = v.case_id
     WHERE v.attribute_id = ? AND v.value IS NOT NULL ORDER BY c.position, c.id`,
  ).all(attributeId) as { caseId: number; caseName: string; value: string }[];
}

/** The stored value of a cell (null: empty or absent). */
export function cellValue(db: Db, caseId: number, attributeId: number): string | null {
  const row = statement(db, 'SELECT value FROM attribute_values WHERE case_id = ? AND attribute_id = ?').get(caseId, attributeId) as { value: string | null } | undefined;
  return row?.value ?? null;
}

/** Sets a cell, or removes it when the value is null; returns whether it changed. */
export function writeCell(db: Db, caseId: number, attributeId: number, value: string | null): boolean {
  if (cellValue(db, caseId, attributeId) === value) return false;
  if (value === null) statement(db, 'DELETE FROM attribute_values WHERE case_id = ? AND attribute_id = ?').run(caseId, attributeId);
  else setAttributeValue(db, caseId, attributeId, value);
  return true;
}

export type PartField = 'speaker' | 'column';

export function isPartLinked(db: Db, caseId: number, documentId: number, field: PartField, value: string): boolean {
  return (
    statement(db, 'SELECT 1 FROM case_links WHERE case_id = ? AND document_id = ? AND part_field = ? AND part_value = ?').get(caseId, documentId, field, value) !==
    undefined
  );
}

export function linkCaseToPart(db: Db, caseId: number, documentId: number, field: PartField, value: string): void {
  statement(db, 'INSERT INTO case_links (case_id, document_id, part_field, part_value) VALUES (?, ?, ?, ?)').run(caseId, documentId, field, value);
}

export function unlinkCaseFromPart(db: Db, caseId: number, documentId: number, field: PartField, value: string): number {
  return statement(db, 'DELETE FROM case_links WHERE case_id = ? AND document_id = ? AND part_field = ? AND part_value = ?').run(caseId, documentId, field, value).changes;
}
