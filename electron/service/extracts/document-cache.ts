import type { TextRange } from '../../../shared/offsets';
import { readingUnits } from '../../../shared/retrieval/units';
import { documentTexts, unitsOfDocuments, type RetrievalUnit } from '../../db/repositories/extracts';
import type { Db } from '../../db/open';

/** The structure retrieval reads of a document: its units and its reading units. */
export interface DocumentStructure {
  units: RetrievalUnit[];
  reading: TextRange[];
}

/**
 * Retrieval reads the structure and text of every document a query touches; loading them from
 * SQLite (18,000 units and 7 MB of text at the DESIGN.md scale) costs more than the query itself.
 * They are kept between queries, checked against each document's state on every use: its
 * revision (renewed, never reused, by every change of its text or structure — see
 * repositories/revisions.ts) and its import time (a reused id is another document).
 * Structures are small and all kept; texts are kept up to MAX_TEXT_CHARS, least recently used
 * leaving first, and read in batches of TEXT_BATCH beyond that, so memory stays bounded
 * whatever the corpus (DESIGN.md: 500 MB for 2,000 documents).
 */
const MAX_TEXT_CHARS = 80_000_000;
const TEXT_BATCH = 100;

interface Cache {
  structures: Map<number, DocumentStructure & { state: string }>;
  texts: Map<number, { state: string; text: string }>;
  chars: number;
}
const caches = new WeakMap<Db, Cache>();

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { structures: new Map(), texts: new Map(), chars: 0 }));
  return cache;
}

/** `states`: each document's state (repositories/extracts.ts documentStates), read once per query. */
export function cachedStructures(db: Db, states: ReadonlyMap<number, string>): Map<number, DocumentStructure> {
  const cache = cacheOf(db);
  const out = new Map<number, DocumentStructure>();
  const missing: number[] = [];
  for (const [id, state] of states) {
    const entry = cache.structures.get(id);
    if (entry?.state === state) out.set(id, entry);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const units = unitsOfDocuments(db, missing);
    for (const id of missing) {
      const docUnits = units.get(id) ?? [];
      const entry = { state: states.get(id)!, units: docUnits, reading: readingUnits(docUnits) };
      cache.structures.set(id, entry);
      out.set(id, entry);
    }
  }
  return out;
}

/**
 * Calls `use` with the text of each document, in the order given, reading at most TEXT_BATCH
 * texts from the file at a time.
 */
export function withTexts(db: Db, ids: readonly number[], states: ReadonlyMap<number, string>, use: (id: number, text: string) => void): void {
  const cache = cacheOf(db);
  for (let at = 0; at < ids.length; at += TEXT_BATCH) {
    const batch = ids.slice(at, at + TEXT_BATCH);
    const missing = batch.filter((id) => cache.texts.get(id)?.state !== states.get(id));
    const loaded = missing.length > 0 ? documentTexts(db, missing) : new Map<number, string>();
    for (const id of batch) {
      const state = states.get(id);
      if (state === undefined) continue;
      let entry = cache.texts.get(id);
      if (entry?.state !== state) {
        if (entry) cache.chars -= entry.text.length;
        entry = { state, text: loaded.get(id) ?? '' };
        cache.chars += entry.text.length;
      }
      // Most recently used last.
      cache.texts.delete(id);
      cache.texts.set(id, entry);
      use(id, entry.text);
    }
    for (const [id, entry] of cache.texts) {
      if (cache.chars <= MAX_TEXT_CHARS || batch.includes(id)) break;
      cache.texts.delete(id);
      cache.chars -= entry.text.length;
    }
  }
}
