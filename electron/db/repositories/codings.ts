import crypto from 'node:crypto';
import type { Db } from '../open';
import { statement } from '../statements';

export interface NewCoding {
  documentId: number;
  codeId: number;
  start: number;
  end: number;
  coderId: number | null;
}

export function insertCoding(db: Db, coding: NewCoding, now: string): number {
  const info = db
    .prepare('INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(coding.documentId, coding.codeId, coding.start, coding.end, coding.coderId, now, crypto.randomUUID());
  return Number(info.lastInsertRowid);
}

/** Many codings in one prepared statement (imports, merges, the bench). The caller owns the transaction. */
export function insertCodings(db: Db, codings: Iterable<NewCoding>, now: string): number {
  const insert = statement(db, 
    'INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let count = 0;
  for (const c of codings) {
    insert.run(c.documentId, c.codeId, c.start, c.end, c.coderId, now, crypto.randomUUID());
    count += 1;
  }
  return count;
}

export interface CodingRow {
  id: number;
  documentId: number;
  codeId: number;
  coderId: number | null;
  start: number;
  end: number;
}

const codingColumns = 'id, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, end';

export function getCoding(db: Db, id: number): CodingRow | undefined {
  return statement(db, `SELECT ${codingColumns} FROM codings WHERE id = ?`).get(id) as CodingRow | undefined;
}

/** The document's codings in reading order (start, longer first). */
export function codingsOfDocument(db: Db, documentId: number): CodingRow[] {
  return statement(db, `SELECT ${codingColumns} FROM codings WHERE document_id = ? ORDER BY start, end DESC, id`).all(documentId) as CodingRow[];
}

/** Codings of one code by one coder in a document that overlap or touch [start, end]. */
export function touchingCodings(db: Db, documentId: number, codeId: number, coderId: number | null, start: number, end: number): CodingRow[] {
  return statement(
    db,
    `SELECT ${codingColumns} FROM codings
     WHERE document_id = ? AND code_id = ? AND coder_id IS ? AND start <= ? AND end >= ? ORDER BY start, id`,
  ).all(documentId, codeId, coderId, end, start) as CodingRow[];
}

export function setCodingRange(db: Db, id: number, start: number, end: number): void {
  statement(db, 'UPDATE codings SET start = ?, end = ? WHERE id = ?').run(start, end, id);
}

export function setCodingCode(db: Db, id: number, codeId: number): void {
  statement(db, 'UPDATE codings SET code_id = ? WHERE id = ?').run(codeId, id);
}

export function deleteCoding(db: Db, id: number): void {
  statement(db, 'DELETE FROM codings WHERE id = ?').run(id);
}

/** The codes a coder applied last, newest first, each once: the quick-code keys 1–9. */
export function recentCodeIds(db: Db, coderId: number, limit: number): number[] {
  return (
    statement(
      db,
      `SELECT code_id AS codeId FROM codings WHERE coder_id = ? GROUP BY code_id ORDER BY max(id) DESC LIMIT ?`,
    ).all(coderId, limit) as { codeId: number }[]
  ).map((r) => r.codeId);
}
