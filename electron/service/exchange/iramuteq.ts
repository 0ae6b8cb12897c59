import type { z } from 'zod';
import type { exchangeCalls } from '../../../shared/contract/exchange';
import type { ExportedFile } from '../../../shared/contract/exports';
import type { CodeQuery } from '../../../shared/domain/extract';
import { iramuteqCorpus, uniqueNames, type IramuteqUnit } from '../../../shared/export/iramuteq';
import { caseLinksOfDocuments, codeTree, documentOrder, documentTexts } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import { exportFileName } from '../exports/extracts-rows';
import { retrieveExtracts } from '../extracts/retrieve';
import { allowedDocuments, caseScope, type CaseScope } from '../extracts/scope';

export type IramuteqRequest = z.output<(typeof exchangeCalls)['exports:iramuteq']['input']>;

/** Every passage of the chosen codes goes into the corpus. */
const maxExtracts = 100_000;

/** The chosen attributes that still exist, in the order asked, with their corpus names after `doc` (and `code`). */
function chosenAttributes(cases: CaseScope, attributeIds: readonly number[], reserved: readonly string[]): { id: number; name: string }[] {
  const byId = new Map(cases.data.attributes.map((a) => [a.id, a]));
  const kept = [...new Set(attributeIds)].filter((id) => byId.has(id));
  const names = uniqueNames([...reserved, ...kept.map((id) => byId.get(id)!.name)]).slice(reserved.length);
  return kept.map((id, i) => ({ id, name: names[i]! }));
}

function attributeVariables(cases: CaseScope, attributes: readonly { id: number; name: string }[], caseIds: readonly number[]) {
  return attributes.map((a) => ({ name: a.name, values: caseIds.map((c) => cases.data.values.get(c)?.get(a.id) ?? null) }));
}

/** One text per document (its plain text), `*doc_` and the attributes of its cases. */
function documentUnits(db: Db, request: IramuteqRequest): IramuteqUnit[] {
  const cases = caseScope(db, request.filters);
  const allowed = allowedDocuments(db, request.filters);
  const allowedSet = allowed ? new Set(allowed) : null;
  const documents = documentOrder(db).filter((d) => !allowedSet || allowedSet.has(d.id));
  const ids = documents.map((d) => d.id);
  const links = caseLinksOfDocuments(db, ids);
  const texts = documentTexts(db, ids);
  const attributes = chosenAttributes(cases, request.attributeIds, ['doc']);
  const units: IramuteqUnit[] = [];
  for (const document of documents) {
    let caseIds = [...new Set((links.get(document.id) ?? []).map((l) => l.caseId))];
    if (cases.filtered) {
      caseIds = caseIds.filter(cases.qualifies);
      if (caseIds.length === 0) continue;
    }
    units.push({ variables: [{ name: 'doc', values: [document.name] }, ...attributeVariables(cases, attributes, caseIds)], text: texts.get(document.id) ?? '' });
  }
  return units;
}

/** One text per passage of the chosen codes under the filters: `*code_`, `*doc_` and the attributes of its cases. */
function extractUnits(db: Db, request: IramuteqRequest, codeIds: readonly number[]): IramuteqUnit[] {
  const known = new Set(codeTree(db).map((c) => c.id));
  const leaves: CodeQuery[] = [...new Set(codeIds)].filter((id) => known.has(id)).map((codeId) => ({ op: 'code', codeId, withChildren: request.withChildren }));
  if (leaves.length === 0) return [];
  const query: CodeQuery = leaves.length === 1 ? leaves[0]! : { op: 'or', items: leaves };
  const result = retrieveExtracts(db, { query, filters: request.filters }, { context: false, limit: maxExtracts });
  const cases = caseScope(db, request.filters);
  const attributes = chosenAttributes(cases, request.attributeIds, ['code', 'doc']);
  return result.extracts.map((extract) => ({
    variables: [
      { name: 'code', values: extract.codes.map((c) => c.path) },
      { name: 'doc', values: [extract.documentName] },
      ...attributeVariables(
        cases,
        attributes,
        extract.cases.map((c) => c.id),
      ),
    ],
    text: extract.text,
  }));
}

/**
 * The corpus (or the passages of chosen codes) in IRaMuTeQ's format, UTF-8 without a byte-order
 * mark, LF line ends (see shared/export/iramuteq.ts for the rules).
 */
export function exportIramuteq(db: Db, request: IramuteqRequest): ExportedFile {
  const units = request.codeIds ? extractUnits(db, request, request.codeIds) : documentUnits(db, request);
  const corpus = iramuteqCorpus(units);
  const texts = corpus === '' ? 0 : corpus.split('\n').filter((line) => line.startsWith('**** ')).length;
  return {
    fileName: exportFileName('corpus IRaMuTeQ', 'txt'),
    base64: Buffer.from(corpus, 'utf8').toString('base64'),
    summary: { [texts === 1 ? 'texte' : 'textes']: texts },
  };
}
