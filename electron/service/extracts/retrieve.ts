import type { Extract, ExtractCase, ExtractFilters, ExtractResult, ExtractSelection, ExtractStructure } from '../../../shared/domain/extract';
import { casesOfPassage } from '../../../shared/retrieval/cases';
import { evaluateQuery, queryLeaves, type CodingRef, type Passage } from '../../../shared/retrieval/query';
import { contextAround, structureAt } from '../../../shared/retrieval/units';
import type { TextRange } from '../../../shared/offsets';
import { listCoders } from '../../db/repositories/coders';
import {
  caseLinksOfDocuments,
  casesWithValues,
  codeTree,
  codingComments,
  codingsOfCodes,
  documentOrder,
  documentStates,
  documentsOfGroups,
  type RetrievedCoding,
} from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import { cachedStructures, withTexts } from './document-cache';

export interface RetrieveOptions {
  context: boolean;
  limit: number;
}

/** Ids of a code and, when asked, of all its descendants. */
function codeSet(tree: ReturnType<typeof codeTree>, codeId: number, withChildren: boolean): number[] {
  if (!withChildren) return [codeId];
  const children = new Map<number, number[]>();
  for (const code of tree) {
    if (code.parentId === null) continue;
    let list = children.get(code.parentId);
    if (!list) children.set(code.parentId, (list = []));
    list.push(code.id);
  }
  const out: number[] = [];
  const stack = [codeId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

function codePaths(tree: ReturnType<typeof codeTree>): Map<number, { path: string; color: string }> {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const out = new Map<number, { path: string; color: string }>();
  const pathOf = (id: number): string => {
    const known = out.get(id);
    if (known) return known.path;
    const code = byId.get(id)!;
    const path = code.parentId === null || !byId.has(code.parentId) ? code.name : `${pathOf(code.parentId)}/${code.name}`;
    out.set(id, { path, color: code.color });
    return path;
  };
  for (const code of tree) pathOf(code.id);
  return out;
}

/** The documents the filters allow, or null for all. */
function allowedDocuments(db: Db, filters: ExtractFilters): number[] | null {
  let allowed: Set<number> | null = filters.documentIds ? new Set(filters.documentIds) : null;
  if (filters.groupIds?.length) {
    const inGroups = documentsOfGroups(db, filters.groupIds);
    allowed = new Set(allowed ? inGroups.filter((id) => allowed!.has(id)) : inGroups);
  }
  return allowed ? [...allowed] : null;
}

function matchesStructure(structure: ExtractStructure, filters: ExtractFilters): boolean {
  return (filters.structure ?? []).every((condition) => {
    const value = structure[condition.field];
    return value !== undefined && condition.values.includes(value);
  });
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
  const caseData = casesWithValues(db);
  const attributeFilters = filters.attributes ?? [];
  const caseFilter = filters.caseIds ? new Set(filters.caseIds) : null;
  const caseQualifies = (caseId: number) =>
    (!caseFilter || caseFilter.has(caseId)) &&
    attributeFilters.every((condition) => {
      const value = caseData.values.get(caseId)?.get(condition.attributeId);
      return value !== null && value !== undefined && condition.values.includes(value);
    });
  const filterByCase = caseFilter !== null || attributeFilters.length > 0;

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
