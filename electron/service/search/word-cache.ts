import { Lexicon, readWords, type DocumentWords } from '../../../shared/search/lexicon';
import type { Db } from '../../db/open';
import { WhereIndex } from './where';
import {
  documentText,
  documentTexts,
  documentUnits,
  searchDocuments,
  trackTextVersions,
  type SearchDocument,
  type SearchUnit,
} from '../../db/repositories/search';

/**
 * The documents of an open project read as words (shared/search/lexicon.ts), kept between
 * searches, with their texts and structure units for the keyword-in-context lines: reading 200
 * documents of 6,000 words takes about a quarter of a second, scanning them a few milliseconds.
 * An entry is read again when its document's text version changed (an edit, an undo), its units
 * when its revision changed (a speaker renamed). Memory is bounded: past `MAX_WORDS` words (6
 * bytes each while the lexicon has fewer than 65,536 words, 8 after: 2,000 documents × 6,000
 * words ≈ 72 MB) the least recently used documents are dropped, past `MAX_TEXT` characters their
 * texts (read again from the file when needed).
 */
const MAX_WORDS = 16_000_000;
const MAX_TEXT = 8_000_000;
/** Documents read per step of the warm-up (about 2 ms each). */
const WARM_BATCH = 5;

interface Entry {
  version: number;
  words: DocumentWords;
  used: number;
  text: string | null;
  units: { revision: number; list: SearchUnit[]; where: WhereIndex | null } | null;
}

class WordCache {
  readonly lexicon = new Lexicon();
  private readonly entries = new Map<number, Entry>();
  private size = 0;
  private textSize = 0;
  private clock = 0;
  private warming = false;

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
        const keep = this.textSize + text.length <= MAX_TEXT;
        this.entries.set(id, { version: versions.get(id)!, words, used: now, text: keep ? text : null, units: null });
        this.size += words.ids.length;
        if (keep) this.textSize += text.length;
        out.set(id, words);
      }
      this.evict(now);
    }
    return out;
  }

  /** The text of a document whose words were just asked for. */
  text(document: SearchDocument): string {
    const entry = this.entries.get(document.id);
    if (entry?.version === document.version && entry.text !== null) return entry.text;
    const text = documentText(this.db, document.id) ?? '';
    // Kept while the budget allows: a search over more text than that reads it again each time.
    if (entry?.version === document.version && this.textSize + text.length <= MAX_TEXT) {
      entry.text = text;
      this.textSize += text.length;
    }
    return text;
  }

  /** The structure units of a document whose words were just asked for. */
  units(document: SearchDocument): SearchUnit[] {
    return this.structure(document).list;
  }

  /** Where each passage of the document was said or written (speaker, prompt and column). */
  where(document: SearchDocument): WhereIndex {
    const structure = this.structure(document);
    structure.where ??= new WhereIndex(structure.list);
    return structure.where;
  }

  private structure(document: SearchDocument): NonNullable<Entry['units']> {
    const entry = this.entries.get(document.id);
    if (entry?.version === document.version && entry.units?.revision === document.revision) return entry.units;
    const units = { revision: document.revision, list: documentUnits(this.db, document.id), where: null };
    if (entry?.version === document.version) entry.units = units;
    return units;
  }

  /**
   * Reads the documents not read yet, a few at a time between the service's calls (each step is
   * a macrotask: a call that arrives meanwhile runs before the next step), so the first search
   * does not wait for the whole corpus. Returns how many documents are left to read.
   */
  warm(): number {
    const documents = this.documents();
    const missing = documents.filter((d) => this.entries.get(d.id)?.version !== d.version);
    if (this.warming || missing.length === 0) return missing.length;
    this.warming = true;
    let next = 0;
    const step = () => {
      if (!this.db.open || next >= missing.length) {
        this.warming = false;
        return;
      }
      const batch = missing.slice(next, (next += WARM_BATCH));
      // Stale by now (an edit meanwhile) is fine: the next search reads them again.
      this.words(batch);
      setImmediate(step);
    };
    setImmediate(step);
    return missing.length;
  }

  private drop(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.size -= entry.words.ids.length;
    this.textSize -= entry.text?.length ?? 0;
    this.entries.delete(id);
  }

  /** Drops the least recently used documents (never those of the current search) past the bounds. */
  private evict(now: number): void {
    if (this.size <= MAX_WORDS && this.textSize <= MAX_TEXT) return;
    const old = [...this.entries].filter(([, e]) => e.used < now).sort((a, b) => a[1].used - b[1].used);
    for (const [id, entry] of old) {
      if (this.size > MAX_WORDS) this.drop(id);
      else if (this.textSize > MAX_TEXT && entry.text !== null) {
        this.textSize -= entry.text.length;
        entry.text = null;
      } else if (this.textSize <= MAX_TEXT) break;
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
