/**
 * `agreement:compute`: reads the chosen coders' codings and hands them to the pure computation
 * (shared/agreement/compute.ts, where every figure is defined).
 */
import { chosenCodesOf, computeAgreement, type AgreementDocumentInput } from '../../../shared/agreement/compute';
import type { AgreementRequest, AgreementResult } from '../../../shared/domain/agreement';
import { BaliseError } from '../../../shared/errors';
import { readingUnits } from '../../../shared/retrieval/units';
import { codeTree, coderCodings, codersByDocument, codersByIds, documentLength, documentNames, documentUnits } from '../../db/repositories/agreement';
import type { Db } from '../../db/open';

/** The codebook's codes depth first, siblings by position: the order of the codebook panel. */
function codebookOrder(tree: readonly { id: number; parentId: number | null }[]): number[] {
  const children = new Map<number | null, number[]>();
  for (const code of tree) {
    const siblings = children.get(code.parentId);
    if (siblings) siblings.push(code.id);
    else children.set(code.parentId, [code.id]);
  }
  const order: number[] = [];
  const walk = (parentId: number | null) => {
    for (const id of children.get(parentId) ?? []) {
      order.push(id);
      walk(id);
    }
  };
  walk(null);
  return order;
}

export function computeProjectAgreement(db: Db, request: AgreementRequest): AgreementResult {
  const coderIds = [...new Set(request.coderIds)];
  const coders = codersByIds(db, coderIds);
  for (const id of coderIds) if (!coders.some((c) => c.id === id)) throw new BaliseError('NOT_FOUND', { what: `Codeur·euse ${id}` });

  const tree = codeTree(db);
  const order = codebookOrder(tree);
  const known = new Set(order);
  for (const id of request.codeIds ?? []) if (!known.has(id)) throw new BaliseError('NOT_FOUND', { what: `Code ${id}` });

  const presence = codersByDocument(db, coderIds);
  const presentIn = (documentId: number) => presence.get(documentId) ?? [];
  const named = documentNames(db, request.documentIds ? [...new Set(request.documentIds)] : null);
  if (request.documentIds) for (const id of request.documentIds) if (!named.some((d) => d.id === id)) throw new BaliseError('NOT_FOUND', { what: `Document ${id}` });
  // By default, the documents at least two of the coders coded.
  const documents = request.documentIds ? named : named.filter((d) => presentIn(d.id).length >= 2);
  const codings = documents.map((doc) => coderCodings(db, doc.id, coderIds));

  // By default, the codes these coders applied in these documents.
  const wanted = request.codeIds ? new Set(request.codeIds) : new Set(codings.flat().map((c) => c.codeId));
  const codeIds = order.filter((id) => wanted.has(id));
  const countsFor = chosenCodesOf(tree, codeIds, request.withChildren);

  const inputs: AgreementDocumentInput[] = documents.map((doc, i) => ({
    documentId: doc.id,
    length: documentLength(db, doc.id),
    units: readingUnits(documentUnits(db, doc.id)),
    presentCoderIds: presentIn(doc.id),
    codings: codings[i]!.flatMap((c) => (countsFor.get(c.codeId) ?? []).map((codeId) => ({ ...c, codeId }))),
  }));
  const figures = computeAgreement({ coderIds, codeIds, level: request.level, uncoded: request.uncoded, documents: inputs });
  return {
    coderIds,
    level: request.level,
    uncoded: request.uncoded,
    withChildren: request.withChildren,
    documents: inputs.map((input, i) => ({
      documentId: input.documentId,
      name: documents[i]!.name,
      coderIds: coderIds.filter((id) => input.presentCoderIds.includes(id)),
      size: request.level === 'character' ? input.length : Math.max(1, input.units.length),
    })),
    ...figures,
  };
}
