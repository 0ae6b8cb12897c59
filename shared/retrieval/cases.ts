import type { ExtractStructure } from '../domain/extract';
import type { TextRange } from '../offsets';

/** A link of a case to a document: whole (no range, no part), a range of it, or a named part. */
export interface CaseLinkRef {
  caseId: number;
  start: number | null;
  end: number | null;
  partField: 'speaker' | 'column' | null;
  partValue: string | null;
}

/**
 * The cases a passage belongs to. A link to a part of the document (a speaker's turns, a grid
 * column, a range) is more specific than a link to the whole document: a passage inside a linked
 * part belongs to that part's cases only; any other passage belongs to the whole-document cases.
 * The passage's start decides where it lies.
 */
export function casesOfPassage(links: readonly CaseLinkRef[], passage: TextRange, structure: ExtractStructure): number[] {
  const specific = links.filter((link) =>
    link.partField !== null
      ? link.partValue !== null && structure[link.partField] === link.partValue
      : link.start !== null && link.end !== null && link.start <= passage.start && passage.start < link.end,
  );
  const chosen = specific.length > 0 ? specific : links.filter((link) => link.partField === null && link.start === null);
  return [...new Set(chosen.map((link) => link.caseId))];
}
