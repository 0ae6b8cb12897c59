import type { CodeChoice } from '../../../shared/domain/analysis';
import type { ExtractFilters, ExtractStructure } from '../../../shared/domain/extract';
import type { TextRange } from '../../../shared/offsets';
import { casesOfPassage } from '../../../shared/retrieval/cases';
import { structureAt, unitSpan } from '../../../shared/retrieval/units';
import { caseLinksOfDocuments, codeTree, documentStates } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import { cachedStructures } from '../extracts/document-cache';
import { analysedCodings, type AnalysedCoding } from './coding-cache';
import { allowedDocuments, caseScope, codePaths, codeSet, matchesStructure, type CaseScope } from '../extracts/scope';

/** A row of an analysis: one chosen code that still exists. */
export interface AnalysisRow {
  codeId: number;
  name: string;
  path: string;
  color: string;
  familyId: number;
}

/** A coding that passed every filter, with what analyses need of it. */
export interface ScopedCoding {
  coding: AnalysedCoding;
  /** Rows it counts for (its code's row, and its ancestors' rows when sub-codes count). */
  rows: readonly number[];
  /** Cases it counts for: its cases that the case filters let through. */
  cases: readonly number[];
  /** First and last reading unit it touches (only when asked for). */
  units: { first: number; last: number };
}

export interface ScopedCodings {
  rows: AnalysisRow[];
  codings: ScopedCoding[];
  cases: CaseScope;
}

const noStructure: ExtractStructure = {};

/**
 * The codings of the chosen codes under the extract browser's filters, each as a passage of its
 * own (the rules of retrieveExtracts: its structure at its start, its cases by casesOfPassage,
 * kept when a case qualifies). `withUnits` adds each coding's reading units.
 */
export function scopedCodings(db: Db, choice: CodeChoice, filters: ExtractFilters, withUnits: boolean): ScopedCodings {
  const tree = codeTree(db);
  const byId = new Map(tree.map((c) => [c.id, c]));
  const paths = codePaths(tree);
  const familyOf = (id: number): number => {
    let code = byId.get(id)!;
    while (code.parentId !== null && byId.has(code.parentId)) code = byId.get(code.parentId)!;
    return code.id;
  };
  const chosen = [...new Set(choice.codeIds)].filter((id) => byId.has(id));
  const rows: AnalysisRow[] = chosen.map((id) => ({ codeId: id, name: byId.get(id)!.name, path: paths.get(id)!.path, color: byId.get(id)!.color, familyId: familyOf(id) }));
  const rowsOfCode = new Map<number, number[]>();
  chosen.forEach((id, row) => {
    for (const member of codeSet(tree, id, choice.withChildren)) {
      let list = rowsOfCode.get(member);
      if (!list) rowsOfCode.set(member, (list = []));
      list.push(row);
    }
  });
  const cases = caseScope(db, filters);
  if (rowsOfCode.size === 0) return { rows, codings: [], cases };

  const raw = analysedCodings(db, new Set(rowsOfCode.keys()), filters, allowedDocuments(db, filters));
  const documentIds = [...new Set(raw.map((c) => c.documentId))];
  const structureFilter = (filters.structure ?? []).length > 0;
  const links = caseLinksOfDocuments(db, documentIds);
  const structures = withUnits || structureFilter || [...links.values()].some((list) => list.some((l) => l.partField !== null)) ? cachedStructures(db, documentStates(db, documentIds)) : null;
  const emptyUnits: TextRange[] = [];

  // A document linked to cases only as a whole gives every coding the same cases: found once.
  const wholeCases = new Map<number, number[]>();
  for (const id of documentIds) {
    const docLinks = links.get(id) ?? [];
    if (docLinks.every((l) => l.partField === null && l.start === null)) {
      const caseIds = casesOfPassage(docLinks, { start: 0, end: 0 }, noStructure);
      wholeCases.set(id, cases.filtered ? caseIds.filter(cases.qualifies) : caseIds);
    }
  }

  const codings: ScopedCoding[] = [];
  for (const coding of raw) {
    const docLinks = links.get(coding.documentId) ?? [];
    const whole = wholeCases.get(coding.documentId);
    const structure =
      structures && (structureFilter || (!whole && docLinks.some((l) => l.partField !== null))) ? structureAt(structures.get(coding.documentId)?.units ?? [], coding.start) : noStructure;
    if (structureFilter && !matchesStructure(structure, filters)) continue;
    let counted = whole;
    if (!counted) {
      const caseIds = casesOfPassage(docLinks, coding, structure);
      counted = cases.filtered ? caseIds.filter(cases.qualifies) : caseIds;
    }
    if (cases.filtered && counted.length === 0) continue;
    const units = withUnits ? unitSpan(structures?.get(coding.documentId)?.reading ?? emptyUnits, coding) : { first: 0, last: 0 };
    codings.push({ coding, rows: rowsOfCode.get(coding.codeId)!, cases: counted, units });
  }
  return { rows, codings, cases };
}
