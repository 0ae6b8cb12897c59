import type { ExtractFacets } from '../../../shared/domain/extract';
import { listCoders } from '../../db/repositories/coders';
import { attributeValueCounts, caseDocumentCounts, casesWithValues, codingCounts, documentOrder } from '../../db/repositories/extracts';
import { listGroups } from '../../db/repositories/groups';
import { listStructureValues } from '../../db/repositories/structure';
import type { Db } from '../../db/open';

/** What the extract filters can offer: the project's documents, groups, cases, attribute values, structure labels, coders. */
export function extractFacets(db: Db): ExtractFacets {
  const { cases, attributes } = casesWithValues(db);
  const counts = attributeValueCounts(db);
  const codings = codingCounts(db);
  const caseDocuments = caseDocumentCounts(db);
  return {
    documents: documentOrder(db).map(({ id, name }) => ({ id, name, codings: codings.byDocument.get(id) ?? 0 })),
    groups: listGroups(db).map(({ id, name, documentIds }) => ({ id, name, documents: documentIds.length })),
    cases: [...cases.values()].map(({ id, name }) => ({ id, name, documents: caseDocuments.get(id) ?? 0 })),
    attributes: attributes.map((a) => ({
      ...a,
      values: counts.filter((c) => c.attributeId === a.id).map(({ value, cases: n }) => ({ value, cases: n })),
    })),
    structure: listStructureValues(db).map(({ field, value, passages }) => ({ field, value, passages })),
    coders: listCoders(db).map(({ id, name, color }) => ({ id, name, color, codings: codings.byCoder.get(id) ?? 0 })),
  };
}
