import type { Extract, ExtractCase, ExtractResult, ExtractSelection, ExtractStructure } from '../../../shared/domain/extract';
import { casesOfPassage } from '../../../shared/retrieval/cases';
import { evaluateQuery, queryLeaves, type CodingRef, type Passage } from '../../../shared/retrieval/query';
import { contextAround, structureAt } from '../../../shared/retrieval/units';
import type { TextRange } from '../../../shared/offsets';
import { listCoders } from '../../db/repositories/coders';
import {
  caseLinksOfDocuments,
  codeTree,
  codingComments,
  codingsOfCodes,
  documentOrder,
  documentStates,
  type RetrievedCoding,
} from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import { cachedStructures, withTexts } from './document-cache';
import { allowedDocuments, caseScope, codePaths, codeSet, matchesStructure } from './scope';

export interface RetrieveOptions {
  context: boolean;
  limit: number;
  /** Keep only passages made from at least one of these codings (a matrix cell's extracts). */
  onlyCodings?: ReadonlySet<number>;
}

/**
 * The passages of a query under filters (DESIGN: retrieval), with their context, cases, structure
 * and counts. Counts cover every matching passage; `extracts` stops at `limit`.
 */
export function retrieveExtracts(db: Db, selection: ExtractSelection, options: RetrieveOptions): ExtractResult {
  const { query, filters } = selection;
  const tree = codeTree(db);
  const known = new Set(tree.map((c) => c.id));
  const leaves = queryLeaves(query).filter((leaf) => known.has(leaf.codeId));
  const codeIdsByLeaf = new Map(leaves.map((leaf) => [`${leaf.codeId}:${leaf.withChildren}`, codeSet(tree, leaf.codeId, leaf.withChildren)]));
  const allCodeIds = [...new Set([...codeIdsByLeaf.values()].flat())];
  const codings = allCodeIds.length === 0 ? [] : codingsOfCodes(db, allCodeIds, filters, allowedDocuments(db, filters));
  const codingById = new Map<number, RetrievedCoding>(codings.map((c) => [c.id, c]));
  const byCode = new Map<number, CodingRef[]>();
  for (const c of codings) {
    let list = byCode.get(c.codeId);
    if (!list) byCode.set(c.codeId, (list = []));
    list.push(c);
  }

  const states = documentStates(db, [...new Set(codings.map((c) => c.documentId))]);
  const documents = cachedStructures(db, states);
  const readingOf = (documentId: number): readonly TextRange[] => documents.get(documentId)?.reading ?? [];

  const found = evaluateQuery(query, {
    codings: (codeId, withChildren) => (codeIdsByLeaf.get(`${codeId}:${withChildren}`) ?? []).flatMap((id) => byCode.get(id) ?? []),
    units: readingOf,
  });

  const links = caseLinksOfDocuments(db, [...found.keys()]);
  const scope = caseScope(db, filters);
  const caseData = scope.data;
  const caseQualifies = scope.qualifies;
  const filterByCase = scope.filtered;

  interface Kept {
    passage: Passage;
    structure: ExtractStructure;
    caseIds: number[];
    /** The cases the passage counts for: those the case filters let through. */
    counted: number[];
  }
  const order = documentOrder(db);
  const kept: Kept[] = [];
  for (const doc of order) {
    const passages = found.get(doc.id);
    if (!passages) continue;
    const docUnits = documents.get(doc.id)?.units ?? [];
    const docLinks = links.get(doc.id) ?? [];
    for (const passage of passages) {
      if (options.onlyCodings && !passage.codingIds.some((id) => options.onlyCodings!.has(id))) continue;
      const structure = structureAt(docUnits, passage.start);
      if (!matchesStructure(structure, filters)) continue;
      const caseIds = casesOfPassage(docLinks, passage, structure);
      const counted = filterByCase ? caseIds.filter(caseQualifies) : caseIds;
      if (filterByCase && counted.length === 0) continue;
      kept.push({ passage, structure, caseIds, counted });
    }
  }

  const shown = kept.slice(0, options.limit);
  const paths = codePaths(tree);
  const coders = new Map(listCoders(db).map((c) => [c.id, c]));
  const single = shown.filter((k) => k.passage.codingIds.length === 1).map((k) => k.passage.codingIds[0]!);
  const comments = codingComments(db, single);
  const names = new Map(order.map((d) => [d.id, d.name]));
  const attributeNames = caseData.attributes;

  const toExtract = ({ passage, structure, caseIds }: Kept, text: string): Extract => {
    const codingsHere = passage.codingIds.map((id) => codingById.get(id)!);
    const only = codingsHere.length === 1 && codingsHere[0]!.start === passage.start && codingsHere[0]!.end === passage.end ? codingsHere[0]! : null;
    const codeIds = [...new Set(codingsHere.map((c) => c.codeId))];
    const coder = only?.coderId ? coders.get(only.coderId) : undefined;
    const cases: ExtractCase[] = caseIds
      .map((id) => caseData.cases.get(id))
      .filter((c): c is { id: number; name: string; position: number } => c !== undefined)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((c) => ({
        id: c.id,
        name: c.name,
        attributes: Object.fromEntries(attributeNames.map((a) => [a.name, caseData.values.get(c.id)?.get(a.id) ?? null])),
      }));
    const extract: Extract = {
      key: only ? `c${only.id}` : `d${passage.documentId}:${passage.start}-${passage.end}`,
      codingId: only?.id ?? null,
      codingIds: passage.codingIds,
      documentId: passage.documentId,
      documentName: names.get(passage.documentId) ?? '',
      start: passage.start,
      end: passage.end,
      text: text.slice(passage.start, passage.end),
      codes: codeIds.map((id) => ({ id, path: paths.get(id)?.path ?? '', color: paths.get(id)?.color ?? '#888888' })),
      cases,
      structure,
      coder: coder ? { id: coder.id, name: coder.name, color: coder.color } : null,
      codedAt: only?.createdAt ?? null,
      comment: only ? (comments.get(only.id) ?? null) : null,
      keyQuote: only?.keyQuote ?? false,
    };
    if (options.context) extract.context = contextAround(text, readingOf(passage.documentId), passage);
    return extract;
  };
  // Texts are read document by document (shown is in document order), in bounded batches.
  const extracts: Extract[] = [];
  const byDocument = new Map<number, Kept[]>();
  for (const k of shown) {
    let list = byDocument.get(k.passage.documentId);
    if (!list) byDocument.set(k.passage.documentId, (list = []));
    list.push(k);
  }
  withTexts(db, [...byDocument.keys()], states, (id, text) => {
    for (const k of byDocument.get(id)!) extracts.push(toExtract(k, text));
  });

  const caseCount = new Set(kept.flatMap((k) => k.counted)).size;
  return {
    extracts,
    counts: { passages: kept.length, documents: new Set(kept.map((k) => k.passage.documentId)).size, cases: caseCount },
    truncated: kept.length > shown.length,
  };
}
