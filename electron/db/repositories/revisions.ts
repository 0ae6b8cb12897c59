import type { Db } from '../open';
import { getMeta, setMeta } from './meta';

const REVISION_HIGH_WATER = 'text_revision_high_water';

/**
 * The revision a change of a document's text or structure gives it: above any revision ever given,
 * not just the stored one plus one. Undo puts a document's old revision back (the journal restores
 * whole rows); were the next change to reuse the number undone, an editor opened on the undone
 * text would pass the staleness check with a text it never saw, and caches keyed by revision
 * (retrieval) would serve the structure of another state. The high-water mark lives in
 * `project_meta`, which undo does not touch. Every writer of `documents.text` or
 * `document_units` of an existing document must take its revision from here.
 */
export function nextRevision(db: Db, stored = 0): number {
  const next = Math.max(stored, Number(getMeta(db, REVISION_HIGH_WATER) ?? 0)) + 1;
  setMeta(db, REVISION_HIGH_WATER, String(next));
  return next;
}
