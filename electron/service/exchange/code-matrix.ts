import Papa from 'papaparse';
import type { z } from 'zod';
import type { exchangeCalls } from '../../../shared/contract/exchange';
import type { ExportedFile } from '../../../shared/contract/exports';
import { caseLinksOfDocuments, codeTree, documentOrder } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import { scopedCodings } from '../analysis/scoped-codings';
import { exportFileName } from '../exports/extracts-rows';
import { allowedDocuments } from '../extracts/scope';

export type CodeMatrixRequest = z.output<(typeof exchangeCalls)['exports:codeMatrix']['input']>;

/** Code ids depth first, as the codebook shows them: each family, then its codes in their order. */
function codebookOrder(tree: readonly { id: number; parentId: number | null }[]): number[] {
  const ids = new Set(tree.map((c) => c.id));
  const children = new Map<number | null, number[]>();
  for (const code of tree) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code.id]);
  }
  const out: number[] = [];
  const walk = (parent: number | null) => {
    for (const id of children.get(parent) ?? []) {
      out.push(id);
      walk(id);
    }
  };
  walk(null);
  return out;
}

/**
 * A 0/1 matrix for R or SPSS: one row per case (or document), one column per code (its path), 1 when
 * the case (document) has at least one passage of the code (with its sub-codes when asked) under the
 * extract browser's filters. Rows are every case the filters let through (every allowed document),
 * zeros included, in the project's order; codes in the codebook's order. CSV with a byte-order
 * mark, `;` by default.
 */
export function exportCodeMatrix(db: Db, request: CodeMatrixRequest): ExportedFile {
  const codeIds = request.codeIds ?? codebookOrder(codeTree(db));
  const { rows: columns, codings, cases } = scopedCodings(db, { codeIds, withChildren: request.withChildren }, request.filters, false);

  let rows: { id: number; name: string }[];
  if (request.by === 'case') {
    rows = [...cases.data.cases.values()].sort((a, b) => a.position - b.position || a.id - b.id).filter((c) => !cases.filtered || cases.qualifies(c.id));
  } else {
    const allowed = allowedDocuments(db, request.filters);
    const allowedSet = allowed ? new Set(allowed) : null;
    rows = documentOrder(db).filter((d) => !allowedSet || allowedSet.has(d.id));
    if (cases.filtered) {
      const links = caseLinksOfDocuments(
        db,
        rows.map((d) => d.id),
      );
      rows = rows.filter((d) => (links.get(d.id) ?? []).some((l) => cases.qualifies(l.caseId)));
    }
  }

  const present = new Set<string>();
  for (const scoped of codings) {
    const keys = request.by === 'case' ? scoped.cases : [scoped.coding.documentId];
    for (const key of keys) for (const column of scoped.rows) present.add(`${key}:${column}`);
  }
  const fields = [request.by === 'case' ? 'Cas' : 'Document', ...columns.map((c) => c.path)];
  const data = rows.map((row) => [row.name, ...columns.map((_, column) => (present.has(`${row.id}:${column}`) ? 1 : 0))]);
  const text = Papa.unparse({ fields, data }, { delimiter: request.separator, newline: '\r\n', escapeFormulae: true });
  return {
    fileName: exportFileName(request.by === 'case' ? 'matrice codes par cas' : 'matrice codes par document', 'csv'),
    base64: Buffer.from(`\uFEFF${text}\r\n`, 'utf8').toString('base64'),
    summary: { [request.by === 'case' ? 'cas' : rows.length === 1 ? 'document' : 'documents']: rows.length, [columns.length === 1 ? 'code' : 'codes']: columns.length },
  };
}
