import type { DocumentCoder } from '../../../shared/domain/disagreement';
import type { Coder } from '../../../shared/domain/project';
import type { CoderCoding, Range } from '../../../shared/disagreements/passages';
import type { Db } from '../open';
import { statement } from '../statements';

/** The document's name and text, or null. */
export function documentText(db: Db, documentId: number): { name: string; text: string } | null {
  return (statement(db, 'SELECT name, text FROM documents WHERE id = ?').get(documentId) as { name: string; text: string } | undefined) ?? null;
}

export function coderById(db: Db, id: number): Coder | null {
  return (statement(db, 'SELECT id, name, color FROM coders WHERE id = ?').get(id) as Coder | undefined) ?? null;
}

/** One coder's codings of a document (optionally of some codes only), in text order. */
export function codingsOfCoder(db: Db, documentId: number, coderId: number, codeIds?: readonly number[]): CoderCoding[] {
  const rows = statement(
    db,
    'SELECT id, code_id AS codeId, start, end FROM codings WHERE document_id = ? AND coder_id = ? ORDER BY start, end DESC, id',
  ).all(documentId, coderId) as CoderCoding[];
  if (!codeIds) return rows;
  const wanted = new Set(codeIds);
  return rows.filter((c) => wanted.has(c.codeId));
}

/** The structural units of a document (grid answers, turns, paragraphs…) as ranges. */
export function unitRanges(db: Db, documentId: number): Range[] {
  return statement(db, 'SELECT start, end FROM document_units WHERE document_id = ? AND end > start ORDER BY start').all(documentId) as Range[];
}

/** The coders who coded the document, most codings first. */
export function codersOfDocument(db: Db, documentId: number): DocumentCoder[] {
  return statement(
    db,
    `SELECT coders.id, coders.name, coders.color, count(*) AS codings
     FROM codings JOIN coders ON coders.id = codings.coder_id
     WHERE codings.document_id = ? GROUP BY coders.id ORDER BY codings DESC, coders.name COLLATE NOCASE`,
  ).all(documentId) as DocumentCoder[];
}

const pair = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)] as const;

/** Fingerprints of the passages kept as they are for this pair of coders. */
export function reviewedFingerprints(db: Db, documentId: number, coderA: number, coderB: number): Set<string> {
  const [low, high] = pair(coderA, coderB);
  const rows = statement(db, 'SELECT fingerprint FROM reviewed_disagreements WHERE document_id = ? AND coder_low = ? AND coder_high = ?').all(
    documentId,
    low,
    high,
  ) as { fingerprint: string }[];
  return new Set(rows.map((r) => r.fingerprint));
}

export function insertReviewed(db: Db, documentId: number, coderA: number, coderB: number, fingerprint: string, reviewedBy: number, now: string): void {
  const [low, high] = pair(coderA, coderB);
  statement(
    db,
    `INSERT INTO reviewed_disagreements (document_id, coder_low, coder_high, fingerprint, reviewed_by, reviewed_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(documentId, low, high, fingerprint, reviewedBy, now);
}
