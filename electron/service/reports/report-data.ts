/**
 * What a synthesis report says, gathered with the services « Analyse » and « Extraits codés » use
 * (no counting of its own): passages, documents and cases as `extracts:list` counts them, counts by
 * value as `analysis:crosstab`, partners as `analysis:cooccurrence`, key quotations as the extract
 * browser's « Citations clés seulement » filter retrieves them.
 */
import type { CooccurrenceMatrix, Crosstab } from '../../../shared/domain/analysis';
import type { ExtractFacets, ExtractFilters } from '../../../shared/domain/extract';
import type { ReportCode, ReportCounts, ReportPartner, ReportProgress, ReportRequest } from '../../../shared/domain/report';
import { BaliseError } from '../../../shared/errors';
import { citationSource } from '../../../shared/retrieval/citation';
import type { Db } from '../../db/open';
import { cooccurrenceMatrix } from '../analysis/cooccurrence';
import { crosstab } from '../analysis/crosstab';
import { codebookEntries, type CodebookEntry } from '../exchange/codebook-files';
import { extractFacets } from '../extracts/facets';
import { retrieveExtracts } from '../extracts/retrieve';

/** At most this many partners per code, and this many key quotations. */
export const TOP_PARTNERS = 5;
export const MAX_QUOTES = 30;

export interface ReportData {
  family: CodebookEntry;
  codes: ReportCode[];
  /** The attribute of the counts by value, its values in the columns' order (null: « non renseigné ») with their cases. */
  attribute: { id: number; name: string; values: { value: string | null; cases: number }[] } | null;
  /** Under the same filters and mode, every code of the project (partners may lie outside the family). */
  matrix: CooccurrenceMatrix;
  facets: ExtractFacets;
}

/** The family's codes: the code itself, then every code under it, in codebook order (depth from the family). */
export function familyEntries(entries: readonly CodebookEntry[], familyId: number): { entry: CodebookEntry; depth: number }[] {
  const start = entries.findIndex((e) => e.id === familyId);
  if (start < 0) throw new BaliseError('NOT_FOUND', { what: `Code ${familyId}` });
  const root = entries[start]!;
  const out = [{ entry: root, depth: 0 }];
  for (const entry of entries.slice(start + 1)) {
    if (entry.depth <= root.depth) break;
    out.push({ entry, depth: entry.depth - root.depth });
  }
  return out;
}

/** The codes found most often with `codeId`: most co-occurring passages first, then the larger c, then codebook order. */
export function topPartners(matrix: CooccurrenceMatrix, codeId: number, count = TOP_PARTNERS): ReportPartner[] {
  const order = new Map(matrix.codes.map((c, i) => [c.codeId, i]));
  const byId = new Map(matrix.codes.map((c) => [c.codeId, c]));
  return matrix.pairs
    .filter((p) => (p.a === codeId || p.b === codeId) && p.passages > 0)
    .map((p) => {
      const other = byId.get(p.a === codeId ? p.b : p.a)!;
      return { codeId: other.codeId, path: other.path, color: other.color, passages: p.passages, c: p.c };
    })
    .sort((x, y) => y.passages - x.passages || y.c - x.c || order.get(x.codeId)! - order.get(y.codeId)!)
    .slice(0, count);
}

function countsOf(db: Db, codeId: number, withChildren: boolean, filters: ExtractFilters): ReportCounts {
  return retrieveExtracts(db, { query: { op: 'code', codeId, withChildren }, filters }, { context: false, limit: 1 }).counts;
}

/** Stops the report when the researcher cancelled it (`exports:cancel`). */
export function stopIfCancelled(progress: ReportProgress | undefined): void {
  if (progress?.cancelled()) throw new BaliseError('EXPORT_CANCELLED');
}

/** The next turn of the event loop: lets a cancel request in between two codes. */
const breath = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Everything the report says, code by code, reporting progress once per code. */
export async function reportData(db: Db, request: ReportRequest, progress?: ReportProgress): Promise<ReportData> {
  const entries = codebookEntries(db);
  const members = familyEntries(entries, request.familyId);
  const facets = extractFacets(db);
  const chosen = request.attributeId === undefined ? null : facets.attributes.find((a) => a.id === request.attributeId);
  if (chosen === undefined) throw new BaliseError('NOT_FOUND', { what: `Attribut ${request.attributeId}` });
  const { filters, mode, within } = request;
  const ids = members.map((m) => m.entry.id);
  const table: Crosstab | null = chosen ? crosstab(db, { codeIds: ids, withChildren: false, attributeIds: [chosen.id], filters }) : null;
  const matrix = cooccurrenceMatrix(db, { codeIds: entries.map((e) => e.id), withChildren: false, mode, within, filters });
  const hasChildren = new Set(entries.map((e) => e.parentId));

  const codes: ReportCode[] = [];
  for (const [index, { entry, depth }] of members.entries()) {
    stopIfCancelled(progress);
    const row = table?.rows.find((r) => r.codeId === entry.id);
    const quotes = retrieveExtracts(db, { query: { op: 'code', codeId: entry.id, withChildren: false }, filters: { ...filters, keyQuotesOnly: true } }, { context: false, limit: MAX_QUOTES });
    codes.push({
      codeId: entry.id,
      name: entry.name,
      path: entry.path,
      color: entry.color,
      depth,
      definition: entry.definition,
      inclusion: entry.inclusion,
      exclusion: entry.exclusion,
      examples: entry.examples,
      counts: countsOf(db, entry.id, false, filters),
      withChildren: hasChildren.has(entry.id) ? countsOf(db, entry.id, true, filters) : null,
      byValue: row ? row.cells.map((c) => ({ passages: c.passages, cases: c.cases })) : [],
      partners: topPartners(matrix, entry.id),
      quotes: quotes.extracts.map((e) => ({ codingId: e.codingId, text: e.text.trim(), source: citationSource(e).join(', ') })),
      moreQuotes: quotes.counts.passages - quotes.extracts.length,
    });
    progress?.report(index + 1, members.length);
    await breath();
  }
  return {
    family: members[0]!.entry,
    codes,
    attribute: chosen && table ? { id: chosen.id, name: chosen.name, values: table.columns.map((c) => ({ value: c.values[0] ?? null, cases: c.cases })) } : null,
    matrix,
    facets,
  };
}
