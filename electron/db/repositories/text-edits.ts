import type { TextRange } from '../../../shared/offsets';
import type { Db } from '../open';
import { statement } from '../statements';

/** SQL of « Modifier le texte »: what an edit reads, and the one write that applies it. */

export interface EditedDocument {
  id: number;
  name: string;
  text: string;
  revision: number;
}

export interface RangedRow extends TextRange {
  id: number;
}

export interface CodingRow extends RangedRow {
  codeName: string;
}

export function documentForEdit(db: Db, id: number): EditedDocument | undefined {
  return statement(db, 'SELECT id, name, text, revision FROM documents WHERE id = ?').get(id) as EditedDocument | undefined;
}

export function codingsForEdit(db: Db, documentId: number): CodingRow[] {
  return statement(
    db,
    `SELECT k.id, k.start, k.end, c.name AS codeName FROM codings k JOIN codes c ON c.id = k.code_id
     WHERE k.document_id = ? ORDER BY k.start, k.end DESC, k.id`,
  ).all(documentId) as CodingRow[];
}

export function unitsForEdit(db: Db, documentId: number): RangedRow[] {
  return statement(db, 'SELECT id, start, end FROM document_units WHERE document_id = ? ORDER BY start, end DESC, id').all(documentId) as RangedRow[];
}

/** Case links to a part of the document (a whole-document link has no range and needs no remapping). */
export function rangedCaseLinksForEdit(db: Db, documentId: number): RangedRow[] {
  return statement(db, 'SELECT id, start, end FROM case_links WHERE document_id = ? AND start IS NOT NULL ORDER BY start, id').all(documentId) as RangedRow[];
}

export interface TextEditWrite {
  documentId: number;
  text: string;
  revision: number;
  codings: { moved: RangedRow[]; removed: number[] };
  units: RangedRow[];
  caseLinks: { moved: RangedRow[]; removed: number[] };
}

/**
 * Writes an edit: the text (the full-text index follows by trigger), the revision, and the ranges
 * that moved. Removed codings take their comments and anchor-example marks with them (cascades,
 * journalled for undo). The content hash is left as it was: it identifies the imported file, so
 * importing that file again is still recognised as a duplicate.
 */
export function writeTextEdit(db: Db, edit: TextEditWrite): void {
  statement(db, 'UPDATE documents SET text = ?, revision = ? WHERE id = ?').run(edit.text, edit.revision, edit.documentId);
  const deleteCoding = statement(db, 'DELETE FROM codings WHERE id = ?');
  for (const id of edit.codings.removed) deleteCoding.run(id);
  const moveCoding = statement(db, 'UPDATE codings SET start = ?, end = ? WHERE id = ?');
  for (const c of edit.codings.moved) moveCoding.run(c.start, c.end, c.id);
  const moveUnit = statement(db, 'UPDATE document_units SET start = ?, end = ? WHERE id = ?');
  for (const u of edit.units) moveUnit.run(u.start, u.end, u.id);
  const deleteLink = statement(db, 'DELETE FROM case_links WHERE id = ?');
  for (const id of edit.caseLinks.removed) deleteLink.run(id);
  const moveLink = statement(db, 'UPDATE case_links SET start = ?, end = ? WHERE id = ?');
  for (const l of edit.caseLinks.moved) moveLink.run(l.start, l.end, l.id);
}
