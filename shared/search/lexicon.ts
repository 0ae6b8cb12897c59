import { forEachWord } from './fold';

/**
 * The words of a corpus, each folded word once with a number, and each document as the sequence
 * of its words' numbers with their original offsets: what the search scans. A query word is looked
 * up once in the lexicon; a document is then scanned as numbers, not as text.
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Ids sorted by term, for prefixes; rebuilt when words were added since. */
  private sorted: Uint32Array | null = null;

  get size(): number {
    return this.terms.length;
  }

  /** The id of a folded word, added if new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.sorted = null;
    }
    return id;
  }

  /** The id of a folded word, or -1 when no document read so far has it. */
  idOf(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** Ids of the words that start with `prefix` (folded). */
  withPrefix(prefix: string): number[] {
    if (!this.sorted) {
      const order = Array.from(this.terms.keys());
      order.sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : this.terms[a]! > this.terms[b]! ? 1 : 0));
      this.sorted = Uint32Array.from(order);
    }
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[sorted[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let i = low; i < sorted.length && this.terms[sorted[i]!]!.startsWith(prefix); i += 1) out.push(sorted[i]!);
    return out;
  }
}

/** Word ids: 16 bits while the lexicon is small enough, 32 after. */
export type WordIds = Uint16Array | Uint32Array;

/**
 * A document as its words: ids in the lexicon and original UTF-16 starts, in reading order (6
 * or 8 bytes a word). A word's end is found again in the text when needed (fold.ts, wordEndAt).
 */
export interface DocumentWords {
  ids: WordIds;
  starts: Uint32Array;
}

/** Reads a document's words into the lexicon. */
export function readWords(text: string, lexicon: Lexicon): DocumentWords {
  // At most one word per two units (a letter and a separator), plus one.
  const capacity = (text.length >>> 1) + 1;
  const ids = new Uint32Array(capacity);
  const starts = new Uint32Array(capacity);
  let count = 0;
  forEachWord(text, (term, start) => {
    ids[count] = lexicon.intern(term);
    starts[count] = start;
    count += 1;
  });
  // Copies, so the oversized buffers can be collected.
  const used = ids.subarray(0, count);
  return { ids: lexicon.size <= 0x10000 ? Uint16Array.from(used) : used.slice(), starts: starts.slice(0, count) };
}
