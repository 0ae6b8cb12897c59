import type { ExtractFacets } from '../../../shared/domain/extract';
import { listCoders } from '../../db/repositories/coders';
import { attributeValueCounts, casesWithValues, documentOrder } from '../../db/repositories/extracts';
import { listGroups } from '../../db/repositories/groups';
import { listStructureValues } from '../../db/repositories/structure';
import type { Db } from '../../db/open';

/** What the extract filters can offer: the project's documents, groups, cases, attribute values, structure labels, coders. */
export function extractFacets(db: Db): ExtractFacets {
  const { cases, attributes } = casesWithValues(db);
  const counts = attributeValueCounts(db);
  return {
    documents: documentOrder(db).map(({ id, name }) => ({ id, name })),
    groups: listGroups(db).map(({ id, name }) => ({ id, name })),
    cases: [...cases.values()].map(({ id, name }) => ({ id, name })),
    attributes: attributes.map((a) => ({
      ...a,
      values: counts.filter((c) => c.attributeId === a.id).map(({ value, cases: n }) => ({ value, cases: n })),
    })),
    structure: listStructureValues(db).map(({ field, value, passages }) => ({ field, value, passages })),
    coders: listCoders(db).map(({ id, name, color }) => ({ id, name, color })),
  };
}
