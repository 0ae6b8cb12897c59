import type { AttributeType, CaseSummary } from '../../../shared/domain/case';
import type { Db } from '../open';

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

export function isLinked(db: Db, caseId: number, documentId: number): boolean {
  return db.prepare('SELECT 1 FROM case_links WHERE case_id = ? AND document_id = ? AND start IS NULL').get(caseId, documentId) !== undefined;
}

export function listCaseNames(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM cases ORDER BY id').all() as { id: number; name: string }[];
}

export function unlinkCaseFromDocument(db: Db, caseId: number, documentId: number): number {
  return db.prepare('DELETE FROM case_links WHERE case_id = ? AND document_id = ? AND start IS NULL').run(caseId, documentId).changes;
}

export function listCaseLinks(db: Db): Record<number, number[]> {
  const links: Record<number, number[]> = {};
  for (const row of db.prepare('SELECT DISTINCT document_id, case_id FROM case_links ORDER BY document_id, case_id').all() as { document_id: number; case_id: number }[]) {
    (links[row.document_id] ??= []).push(row.case_id);
  }
  return links;
}
