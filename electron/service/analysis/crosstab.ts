import type { Crosstab, CrosstabColumn, CrosstabCounts, CrosstabRequest } from '../../../shared/domain/analysis';
import { casesLinkedTo } from '../../db/repositories/analysis';
import type { Db } from '../../db/open';
import { allowedDocuments } from '../extracts/scope';
import { scopedCodings } from './scoped-codings';

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Values in reading order, « non renseigné » (null) last. */
function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

class Tally {
  private readonly passages = new Set<string>();
  private readonly documents = new Set<number>();
  private readonly cases = new Set<number>();
  add(passage: string, document: number, caseId: number | null): void {
    this.passages.add(passage);
    this.documents.add(document);
    if (caseId !== null) this.cases.add(caseId);
  }
  counts(): CrosstabCounts {
    return { passages: this.passages.size, documents: this.documents.size, cases: this.cases.size };
  }
}

/**
 * Codes × combinations of attribute values. The columns are the combinations the cases in scope
 * have (cases that pass the case filters and are linked to a document in scope); a passage counts
 * in a column when one of its cases is there, and once in the row's total. The same stretch coded
 * twice with one code (two coders) is one passage.
 */
export function crosstab(db: Db, request: CrosstabRequest): Crosstab {
  const scoped = scopedCodings(db, request, request.filters, false);
  const { data, filtered, qualifies } = scoped.cases;
  const attributes = request.attributeIds.flatMap((id) => data.attributes.filter((a) => a.id === id)).map((a) => ({ id: a.id, name: a.name }));

  const linked = casesLinkedTo(db, allowedDocuments(db, request.filters));
  const columnKeyOf = new Map<number, string>();
  const columnsByKey = new Map<string, CrosstabColumn>();
  for (const caseId of data.cases.keys()) {
    if (!linked.has(caseId) || (filtered && !qualifies(caseId))) continue;
    const values = attributes.map((a) => data.values.get(caseId)?.get(a.id) ?? null);
    const key = JSON.stringify(values);
    columnKeyOf.set(caseId, key);
    const column = columnsByKey.get(key);
    if (column) column.cases++;
    else columnsByKey.set(key, { values, cases: 1 });
  }
  const columns = [...columnsByKey.values()].sort((x, y) => {
    for (let i = 0; i < x.values.length; i++) {
      const order = compareValues(x.values[i]!, y.values[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
  const columnIndex = new Map(columns.map((c, i) => [JSON.stringify(c.values), i]));

  const cells = scoped.rows.map(() => columns.map(() => new Tally()));
  const totals = scoped.rows.map(() => new Tally());
  for (const { coding, rows, cases } of scoped.codings) {
    const passage = `${coding.documentId}:${coding.start}:${coding.end}`;
    for (const caseId of cases) {
      const key = columnKeyOf.get(caseId);
      if (key === undefined) continue;
      const column = columnIndex.get(key)!;
      for (const row of rows) {
        cells[row]![column]!.add(passage, coding.documentId, caseId);
        totals[row]!.add(passage, coding.documentId, caseId);
      }
    }
  }
  return {
    attributes,
    columns,
    rows: scoped.rows.map((row, r) => ({ codeId: row.codeId, path: row.path, color: row.color, cells: cells[r]!.map((t) => t.counts()), total: totals[r]!.counts() })),
  };
}
