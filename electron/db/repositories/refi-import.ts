import type { Db } from '../open';
import type { RefiCodeRow } from './refi';
import { statement } from '../statements';

/** What the REFI-QDA import writes that the other repositories do not: codes and codings keeping their GUIDs. */

/** A code as the export reads it, without its id. */
export type ImportedCode = Omit<RefiCodeRow, 'id'>;

/** A code placed after its siblings; the caller has made its name free among them. */
export function insertImportedCode(db: Db, code: ImportedCode, now: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS ?').get(code.parentId) as { p: number }).p;
  return Number(
    statement(
      db,
      `INSERT INTO codes (parent_id, position, name, color, description, inclusion, exclusion, guid, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(code.parentId, position, code.name, code.color, code.description, code.inclusion, code.exclusion, code.guid, now).lastInsertRowid,
  );
}

/** Names of the codes already under `parentId` (null: at the root). */
export function siblingCodeNames(db: Db, parentId: number | null): string[] {
  return (statement(db, 'SELECT name FROM codes WHERE parent_id IS ?').all(parentId) as { name: string }[]).map((r) => r.name);
}

export interface ImportedCoding {
  documentId: number;
  codeId: number;
  start: number;
  end: number;
  coderId: number | null;
  createdAt: string;
  guid: string;
}

export function insertImportedCoding(db: Db, coding: ImportedCoding): number {
  return Number(
    statement(db, 'INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      coding.documentId,
      coding.codeId,
      coding.start,
      coding.end,
      coding.coderId,
      coding.createdAt,
      coding.guid,
    ).lastInsertRowid,
  );
}

/** Whether a code or a coding already carries this GUID (compared without case). */
export function guidTaken(db: Db, table: 'codes' | 'codings', guid: string): boolean {
  return statement(db, `SELECT 1 FROM ${table} WHERE lower(guid) = lower(?)`).get(guid) !== undefined;
}

export function caseNameTaken(db: Db, name: string): boolean {
  return statement(db, 'SELECT 1 FROM cases WHERE name = ?').get(name) !== undefined;
}
