import type { MergeReport } from '../../../shared/domain/merge';
import type { TextRange } from '../../../shared/offsets';
import type { MergeCaseLink, MergeRows } from '../../db/repositories/merge';
import type { Landing } from './plan';

/** Cases, attribute values and case links of theirs that the merge brings (mine are never overwritten). */
export interface CasePlan {
  newCases: { id: number; name: string; description: string }[];
  values: { caseLanding: Landing; attribute: MergeRows['attributes'][number]; value: string }[];
  links: { caseLanding: Landing; documentLanding: Landing; link: MergeCaseLink; unit: Landing | null }[];
}


/**
 * Cases matched by name: theirs missing here are brought with their values and links; on a case
 * of both, a value is taken where mine is empty, and listed as a conflict where both differ.
 */
export function planCases(
  mine: MergeRows,
  theirs: MergeRows,
  documents: ReadonlyMap<number, Landing>,
  remap: ReadonlyMap<number, (range: TextRange) => TextRange | null>,
  report: MergeReport,
): CasePlan {
  const counts = report.counts.cases;
  const myCases = new Map(mine.cases.map((c) => [c.name, c.id]));
  const myAttributes = new Map(mine.attributes.map((a) => [a.name, a.id]));
  const myValues = new Map(mine.values.map((v) => [`${v.caseId}:${v.attributeId}`, v.value]));
  const theirAttributes = new Map(theirs.attributes.map((a) => [a.id, a]));
  const caseLanding = new Map<number, Landing>();
  const plan: CasePlan = { newCases: [], values: [], links: [] };
  for (const item of theirs.cases) {
    const mineId = myCases.get(item.name);
    if (mineId !== undefined) caseLanding.set(item.id, { mine: mineId });
    else {
      caseLanding.set(item.id, { their: item.id });
      plan.newCases.push(item);
      counts.new++;
    }
  }
  const caseNames = new Map(theirs.cases.map((c) => [c.id, c.name]));
  for (const value of theirs.values) {
    const attribute = theirAttributes.get(value.attributeId)!;
    const landing = caseLanding.get(value.caseId)!;
    const myAttribute = myAttributes.get(attribute.name);
    const mineValue = 'mine' in landing && myAttribute !== undefined ? myValues.get(`${landing.mine}:${myAttribute}`) : undefined;
    if (mineValue === undefined || mineValue.trim() === '') {
      plan.values.push({ caseLanding: landing, attribute, value: value.value });
      counts.values++;
    } else if (mineValue !== value.value) {
      report.conflicts.push({ caseName: caseNames.get(value.caseId)!, attribute: attribute.name, mine: mineValue, theirs: value.value });
      counts.conflicts++;
    }
  }

  // A case already linked to a document here, in whatever form (whole, a speaker, a column, passages),
  // keeps its links to it: theirs may say the same in another form (a .qdpx turns a column into passages).
  const myLinks = new Set(mine.links.map((l) => `${l.caseId}:${l.documentId}`));
  const myUnits = new Map(mine.units.map((u) => [JSON.stringify([u.documentId, u.kind, u.start, u.end, u.label]), u.id]));
  const theirUnits = new Map(theirs.units.map((u) => [u.id, u]));
  for (const link of theirs.links) {
    const caseAt = caseLanding.get(link.caseId)!;
    const documentAt = documents.get(link.documentId);
    if (!documentAt) continue;
    let placed: MergeCaseLink = link;
    const carry = remap.get(link.documentId);
    if (carry && link.start !== null && link.end !== null) {
      const range = carry({ start: link.start, end: link.end });
      if (!range) continue;
      placed = { ...link, ...range };
    }
    let unit: Landing | null = null;
    if (link.unitId !== null) {
      const their = theirUnits.get(link.unitId)!;
      if ('their' in documentAt) unit = { their: link.unitId };
      else {
        // A unit of my document with the same place and label, when the texts are the same.
        const id = carry ? undefined : myUnits.get(JSON.stringify([documentAt.mine, their.kind, their.start, their.end, their.label]));
        if (id === undefined) continue;
        unit = { mine: id };
      }
    }
    if ('mine' in caseAt && 'mine' in documentAt && myLinks.has(`${caseAt.mine}:${documentAt.mine}`)) continue;
    plan.links.push({ caseLanding: caseAt, documentLanding: documentAt, link: placed, unit });
    counts.links++;
  }
  return plan;
}
