import { structureFields, type StructureSelector, type StructureValue } from '../../../shared/domain/structure';
import type { Db } from '../open';
import { nextRevision } from './revisions';

/** Units a researcher codes whole: grid answers, speaker turns, table cells. */
const PASSAGE_KINDS = "('answer', 'turn', 'cell')";

export function listStructureValues(db: Db): StructureValue[] {
  const parts = structureFields.map(
    (field) => `SELECT '${field}' AS field, json_extract(attrs, '$.${field}') AS value, count(*) AS passages, count(DISTINCT document_id) AS documents
       FROM document_units WHERE kind IN ${PASSAGE_KINDS} AND json_extract(attrs, '$.${field}') IS NOT NULL GROUP BY value`,
  );
  return db.prepare(`${parts.join(' UNION ALL ')} ORDER BY field, value`).all() as StructureValue[];
}

export interface PassageRange {
  id: number;
  documentId: number;
  start: number;
  end: number;
}

export function passagesMatching(db: Db, selector: StructureSelector): PassageRange[] {
  const conditions: string[] = [`kind IN ${PASSAGE_KINDS}`, 'end > start'];
  const params: (string | number)[] = [];
  for (const field of structureFields) {
    const value = selector[field];
    if (value === undefined) continue;
    conditions.push(`json_extract(attrs, '$.${field}') = ?`);
    params.push(value);
  }
  if (selector.documentIds) {
    conditions.push(`document_id IN (${selector.documentIds.map(() => '?').join(',')})`);
    params.push(...selector.documentIds);
  }
  return db
    .prepare(`SELECT id, document_id AS documentId, start, end FROM document_units WHERE ${conditions.join(' AND ')} ORDER BY document_id, start`)
    .all(...params) as PassageRange[];
}

export function isAlreadyCoded(db: Db, codeId: number, passage: PassageRange): boolean {
  return (
    db.prepare('SELECT 1 FROM codings WHERE code_id = ? AND document_id = ? AND start = ? AND end = ?').get(codeId, passage.documentId, passage.start, passage.end) !==
    undefined
  );
}

/** Renames a speaker in every turn (or in the given documents); returns the number of turns changed. */
export function renameSpeaker(db: Db, from: string, to: string, documentIds?: number[]): number {
  const scope = documentIds ? ` AND document_id IN (${documentIds.map(() => '?').join(',')})` : '';
  // The documents whose turns change get a new revision (never given before): viewers reload their structure.
  const stored = db
    .prepare(
      `SELECT max(revision) AS r FROM documents WHERE id IN (
         SELECT document_id FROM document_units WHERE kind = 'turn' AND json_extract(attrs, '$.speaker') = ?${scope})`,
    )
    .get(from, ...(documentIds ?? [])) as { r: number | null };
  if (stored.r !== null) {
    db.prepare(
      `UPDATE documents SET revision = ? WHERE id IN (
         SELECT document_id FROM document_units WHERE kind = 'turn' AND json_extract(attrs, '$.speaker') = ?${scope})`,
    ).run(nextRevision(db, stored.r), from, ...(documentIds ?? []));
  }
  // Cases linked to the speaker's turns follow the new name; merging two spellings keeps one link.
  db.prepare(`UPDATE case_links SET part_value = ? WHERE part_field = 'speaker' AND part_value = ?${scope}`).run(to, from, ...(documentIds ?? []));
  db.prepare(
    `DELETE FROM case_links WHERE part_field = 'speaker' AND part_value = ? AND id NOT IN (
       SELECT min(id) FROM case_links WHERE part_field = 'speaker' AND part_value = ? GROUP BY case_id, document_id)`,
  ).run(to, to);
  return db
    .prepare(
      `UPDATE document_units SET attrs = json_set(attrs, '$.speaker', ?), label = ?
       WHERE kind = 'turn' AND json_extract(attrs, '$.speaker') = ?${scope}`,
    )
    .run(to, to, from, ...(documentIds ?? [])).changes;
}
