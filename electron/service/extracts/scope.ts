import type { ExtractFilters, ExtractStructure } from '../../../shared/domain/extract';
import { casesWithValues, documentsOfGroups, type codeTree } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';

/** What every retrieval and analysis shares: code sets, code paths, and the filters on documents, structure and cases. */

export type CodeTree = ReturnType<typeof codeTree>;

/** Ids of a code and, when asked, of all its descendants. */
export function codeSet(tree: CodeTree, codeId: number, withChildren: boolean): number[] {
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

export function codePaths(tree: CodeTree): Map<number, { path: string; color: string }> {
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
export function allowedDocuments(db: Db, filters: ExtractFilters): number[] | null {
  let allowed: Set<number> | null = filters.documentIds ? new Set(filters.documentIds) : null;
  if (filters.groupIds?.length) {
    const inGroups = documentsOfGroups(db, filters.groupIds);
    allowed = new Set(allowed ? inGroups.filter((id) => allowed!.has(id)) : inGroups);
  }
  return allowed ? [...allowed] : null;
}

export function matchesStructure(structure: ExtractStructure, filters: ExtractFilters): boolean {
  return (filters.structure ?? []).every((condition) => {
    const value = structure[condition.field];
    return value !== undefined && condition.values.includes(value);
  });
}

export interface CaseScope {
  data: ReturnType<typeof casesWithValues>;
  /** True when the filters name cases or attribute values: a passage needs a qualifying case. */
  filtered: boolean;
  qualifies: (caseId: number) => boolean;
}

/** The case filters: a case qualifies when it is one of the chosen cases and meets every attribute condition. */
export function caseScope(db: Db, filters: ExtractFilters): CaseScope {
  const data = casesWithValues(db);
  const attributeFilters = filters.attributes ?? [];
  const caseFilter = filters.caseIds ? new Set(filters.caseIds) : null;
  const qualifies = (caseId: number) =>
    (!caseFilter || caseFilter.has(caseId)) &&
    attributeFilters.every((condition) => {
      const value = data.values.get(caseId)?.get(condition.attributeId);
      return value !== null && value !== undefined && condition.values.includes(value);
    });
  return { data, filtered: caseFilter !== null || attributeFilters.length > 0, qualifies };
}
