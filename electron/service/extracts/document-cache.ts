import type { TextRange } from '../../../shared/offsets';
import { readingUnits } from '../../../shared/retrieval/units';
import { documentStates, documentTexts, unitsOfDocuments, type RetrievalUnit } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';

/** What retrieval reads of a document: its text, structure units and reading units. */
export interface CachedDocument {
  text: string;
  units: RetrievalUnit[];
  reading: TextRange[];
}

interface Entry extends CachedDocument {
  state: string;
}

/**
 * Retrieval reads the text and structure of every document a query touches; loading them from
 * SQLite (18,000 units and 7 MB of text at the DESIGN.md scale) costs more than the query itself.
 * They are kept here between queries, checked against each document's state on every use:
 * its revision (renewed, never reused, by every change of its text or structure — see
 * repositories/revisions.ts) and its import time (a reused id is another document). Least
 * recently used documents leave once the texts exceed MAX_CHARS.
 */
const MAX_CHARS = 16_000_000;
const caches = new WeakMap<Db, { entries: Map<number, Entry>; chars: number }>();

export function cachedDocuments(db: Db, ids: readonly number[]): Map<number, CachedDocument> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { entries: new Map(), chars: 0 }));
  const states = documentStates(db, ids);
  const out = new Map<number, CachedDocument>();
  const missing: number[] = [];
  for (const [id, state] of states) {
    const entry = cache.entries.get(id);
    if (entry && entry.state === state) {
      // Most recently used last.
      cache.entries.delete(id);
      cache.entries.set(id, entry);
      out.set(id, entry);
    } else {
      if (entry) {
        cache.entries.delete(id);
        cache.chars -= entry.text.length;
      }
      missing.push(id);
    }
  }
  if (missing.length > 0) {
    const texts = documentTexts(db, missing);
    const units = unitsOfDocuments(db, missing);
    for (const id of missing) {
      const docUnits = units.get(id) ?? [];
      const entry: Entry = { state: states.get(id)!, text: texts.get(id) ?? '', units: docUnits, reading: readingUnits(docUnits) };
      cache.entries.set(id, entry);
      cache.chars += entry.text.length;
      out.set(id, entry);
    }
  }
  for (const [id, entry] of cache.entries) {
    if (cache.chars <= MAX_CHARS || out.has(id)) break;
    cache.entries.delete(id);
    cache.chars -= entry.text.length;
  }
  return out;
}
