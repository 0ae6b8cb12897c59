import type { CasePartField, CaseRow, CaseTable, DocumentPart } from '../../../shared/domain/case';
import type { Db } from '../open';
import { statement } from '../statements';
import { listAttributes } from './cases';

/**
 * SQL of the case table's reads: the table itself (three queries whatever the number of cases)
 * and the named parts of a document a case can be linked to.
 */

/** Units that carry a part's name: turns a speaker, answers and cells a grid column. */
export const PART_UNITS = {
  speaker: { kinds: "('turn')", path: '$.speaker' },
  column: { kinds: "('answer', 'cell')", path: '$.column' },
} as const;

interface LinkRow {
  case_id: number;
  document_id: number;
  part_field: CasePartField | null;
  part_value: string | null;
  start: number | null;
  end: number | null;
}

export function readCaseTable(db: Db): CaseTable {
  const attributes = listAttributes(db);
  const cases = statement(db, 'SELECT id, name, description, position FROM cases ORDER BY position, id').all() as Omit<CaseRow, 'values' | 'links' | 'documentCount'>[];
  const rows = new Map<number, CaseRow>(cases.map((c) => [c.id, { ...c, values: {}, links: [], documentCount: 0 }]));
  for (const v of statement(db, 'SELECT case_id, attribute_id, value FROM attribute_values').all() as { case_id: number; attribute_id: number; value: string | null }[]) {
    const row = rows.get(v.case_id);
    if (row) row.values[v.attribute_id] = v.value;
  }
  const links = statement(
    db,
    `SELECT l.case_id, l.document_id, l.part_field, l.part_value, l.start, l.end FROM case_links l JOIN documents d ON d.id = l.document_id
     ORDER BY d.position, d.id, l.part_field IS NOT NULL, l.start IS NOT NULL, l.part_field, l.part_value, l.start, l.id`,
  ).all() as LinkRow[];
  const documents = new Map<number, Set<number>>();
  for (const l of links) {
    const row = rows.get(l.case_id);
    if (!row) continue;
    row.links.push({
      documentId: l.document_id,
      part: l.part_field !== null && l.part_value !== null ? { field: l.part_field, value: l.part_value } : null,
      range: l.start !== null && l.end !== null ? { start: l.start, end: l.end } : null,
    });
    const set = documents.get(l.case_id) ?? new Set<number>();
    set.add(l.document_id);
    documents.set(l.case_id, set);
  }
  for (const [caseId, set] of documents) rows.get(caseId)!.documentCount = set.size;
  return { attributes, cases: [...rows.values()] };
}

/**
 * The speakers and grid columns of a document in order of first appearance, with how many units
 * each has and which cases are linked to it. A linked part the text no longer has (its turns were
 * deleted) is listed with 0 units, so the link can still be removed.
 */
export function documentParts(db: Db, documentId: number): DocumentPart[] {
  const select = (field: CasePartField) =>
    `SELECT '${field}' AS field, json_extract(attrs, '${PART_UNITS[field].path}') AS value, count(*) AS units, min(start) AS first
     FROM document_units WHERE document_id = @doc AND kind IN ${PART_UNITS[field].kinds} AND json_extract(attrs, '${PART_UNITS[field].path}') IS NOT NULL
     GROUP BY value`;
  const parts = statement(db, `${select('speaker')} UNION ALL ${select('column')} ORDER BY field DESC, first, value`).all({ doc: documentId }) as (Omit<
    DocumentPart,
    'caseIds'
  > & { first: number })[];
  const result: DocumentPart[] = parts.map(({ field, value, units }) => ({ field, value, units, caseIds: [] }));
  const linked = statement(
    db,
    `SELECT l.part_field AS field, l.part_value AS value, l.case_id AS caseId FROM case_links l JOIN cases c ON c.id = l.case_id
     WHERE l.document_id = ? AND l.part_field IS NOT NULL ORDER BY c.position, c.id`,
  ).all(documentId) as { field: CasePartField; value: string; caseId: number }[];
  for (const link of linked) {
    let part = result.find((p) => p.field === link.field && p.value === link.value);
    if (!part) {
      part = { field: link.field, value: link.value, units: 0, caseIds: [] };
      result.push(part);
    }
    if (!part.caseIds.includes(link.caseId)) part.caseIds.push(link.caseId);
  }
  return result;
}

export function documentName(db: Db, id: number): string | undefined {
  return (statement(db, 'SELECT name FROM documents WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}
