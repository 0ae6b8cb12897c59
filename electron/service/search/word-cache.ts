import { Lexicon, readWords, type DocumentWords } from '../../../shared/search/lexicon';
import type { Db } from '../../db/open';
import { documentTexts, searchDocuments, trackTextVersions, type SearchDocument } from '../../db/repositories/search';

/**
 * The documents of an open project read as words (shared/search/lexicon.ts), kept between
 * searches: reading 200 documents of 6,000 words takes about a quarter of a second, scanning them
 * a few milliseconds. An entry is read again when its document's text version changed (an edit,
 * an undo). Memory is bounded: past `MAX_WORDS` words kept, the least recently used documents
 * are dropped (12 bytes a word: 2,000 documents × 6,000 words ≈ 144 MB).
 */
const MAX_WORDS = 16_000_000;

interface Entry {
  version: number;
  words: DocumentWords;
  used: number;
}

class WordCache {
  readonly lexicon = new Lexicon();
  private readonly entries = new Map<number, Entry>();
  private size = 0;
  private clock = 0;

  constructor(private readonly db: Db) {
    trackTextVersions(db);
  }

  /** Every document in the documents' order, with its text version. */
  documents(): SearchDocument[] {
    const documents = searchDocuments(this.db);
    if (this.entries.size > 0) {
      // Forget the documents deleted since.
      const present = new Set(documents.map((d) => d.id));
      for (const id of [...this.entries.keys()]) if (!present.has(id)) this.drop(id);
    }
    return documents;
  }

  /** The words of these documents, read where missing or stale. */
  words(documents: readonly SearchDocument[]): Map<number, DocumentWords> {
    const now = (this.clock += 1);
    const out = new Map<number, DocumentWords>();
    const missing: number[] = [];
    const versions = new Map<number, number>();
    for (const doc of documents) {
      const entry = this.entries.get(doc.id);
      if (entry && entry.version === doc.version) {
        entry.used = now;
        out.set(doc.id, entry.words);
      } else {
        missing.push(doc.id);
        versions.set(doc.id, doc.version);
      }
    }
    if (missing.length > 0) {
      for (const { id, text } of documentTexts(this.db, missing)) {
        const words = readWords(text, this.lexicon);
        this.drop(id);
        this.entries.set(id, { version: versions.get(id)!, words, used: now });
        this.size += words.ids.length;
        out.set(id, words);
      }
      this.evict(now);
    }
    return out;
  }

  private drop(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.size -= entry.words.ids.length;
    this.entries.delete(id);
  }

  /** Drops the least recently used documents (never those of the current search) past the bound. */
  private evict(now: number): void {
    if (this.size <= MAX_WORDS) return;
    const old = [...this.entries].filter(([, e]) => e.used < now).sort((a, b) => a[1].used - b[1].used);
    for (const [id] of old) {
      if (this.size <= MAX_WORDS) break;
      this.drop(id);
    }
  }
}

const caches = new WeakMap<Db, WordCache>();

/** The word cache of a project's connection (it goes with the connection when the project closes). */
export function wordCache(db: Db): WordCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new WordCache(db);
    caches.set(db, cache);
  }
  return cache;
}

export type { WordCache };
