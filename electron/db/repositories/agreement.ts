/** What inter-coder agreement reads (issue 8): coders' codings, documents' lengths and structure. Read only. */
import type { AgreementCoder } from '../../../shared/domain/agreement';
import type { Coder } from '../../../shared/domain/project';
import type { UnitLike } from '../../../shared/retrieval/units';
import type { Db } from '../open';
import { statement } from '../statements';

/** Coders with at least one coding, by name. */
export function codersWithCodings(db: Db): AgreementCoder[] {
  return statement(
    db,
    `SELECT c.id, c.name, c.color, count(k.id) AS codings, count(DISTINCT k.document_id) AS documents
     FROM coders c JOIN codings k ON k.coder_id = c.id
     GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id`,
  ).all() as AgreementCoder[];
}

export function codersByIds(db: Db, ids: readonly number[]): Coder[] {
  const found = new Map(
    (statement(db, 'SELECT id, name, color FROM coders').all() as Coder[]).map((c) => [c.id, c]),
  );
  return ids.map((id) => found.get(id)).filter((c): c is Coder => c !== undefined);
}

/** For each document, which of these coders have at least one coding in it (any code). */
export function codersByDocument(db: Db, coderIds: readonly number[]): Map<number, number[]> {
  const rows = db
    .prepare(
      `SELECT document_id AS documentId, coder_id AS coderId FROM codings
       WHERE coder_id IN (SELECT value FROM json_each(?)) GROUP BY document_id, coder_id`,
    )
    .all(JSON.stringify(coderIds)) as { documentId: number; coderId: number }[];
  const result = new Map<number, number[]>();
  for (const row of rows) {
    const list = result.get(row.documentId);
    if (list) list.push(row.coderId);
    else result.set(row.documentId, [row.coderId]);
  }
  return result;
}

/** Ids and names of these documents (all when `ids` is null), in the documents panel's order. */
export function documentNames(db: Db, ids: readonly number[] | null): { id: number; name: string }[] {
  return db
    .prepare(
      `SELECT id, name FROM documents WHERE ? IS NULL OR id IN (SELECT value FROM json_each(?)) ORDER BY position, id`,
    )
    .all(ids === null ? null : 1, JSON.stringify(ids ?? [])) as { id: number; name: string }[];
}

/** Length of a document's text in UTF-16 units (SQLite's `length()` counts code points). */
export function documentLength(db: Db, documentId: number): number {
  const row = statement(db, 'SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string } | undefined;
  return row?.text.length ?? 0;
}

export function documentUnits(db: Db, documentId: number): UnitLike[] {
  return (
    statement(db, 'SELECT kind, start, end, label, attrs FROM document_units WHERE document_id = ? ORDER BY start, end DESC, id').all(documentId) as {
      kind: UnitLike['kind'];
      start: number;
      end: number;
      label: string | null;
      attrs: string;
    }[]
  ).map((u) => ({ kind: u.kind, start: u.start, end: u.end, label: u.label, attrs: JSON.parse(u.attrs) as UnitLike['attrs'] }));
}

/** The codings of these coders in a document. */
export function coderCodings(db: Db, documentId: number, coderIds: readonly number[]): { codeId: number; coderId: number; start: number; end: number }[] {
  return statement(
    db,
    `SELECT code_id AS codeId, coder_id AS coderId, start, end FROM codings
     WHERE document_id = ? AND coder_id IN (SELECT value FROM json_each(?))`,
  ).all(documentId, JSON.stringify(coderIds)) as { codeId: number; coderId: number; start: number; end: number }[];
}

/** The codebook's tree: each code and its parent, in the codebook's order. */
export function codeTree(db: Db): { id: number; parentId: number | null }[] {
  return statement(db, 'SELECT id, parent_id AS parentId FROM codes ORDER BY position, id').all() as { id: number; parentId: number | null }[];
}
