import { TextRemapper, type TextEdit } from '../coding/remap';
import type { TextRange } from '../offsets';

/**
 * Replacing originals by their pseudonyms in a text, whole words only, and the exact map of what
 * moved. Matching is case-insensitive but accent-sensitive (« LÉA » and « léa » are « Léa »,
 * « Lea » is another word); the pseudonym is written in the case pattern found (DUPONT → PERSONNE A,
 * dupont → personne a). Longer originals win (« Marie Dupont » before « Marie »). Text already
 * holding a pseudonym is left alone, so running the replacement on its own output changes nothing.
 */

export interface Replacement {
  original: string;
  pseudonym: string;
}

/** A word character: a letter, a digit or a combining mark. A hyphen between two of them joins a word. */
const WORD = '[\\p{L}\\p{N}\\p{M}]';
const AFTER = `(?!${WORD}|[-‐]${WORD})`;

/** A literal for a `u` regular expression (where « \- » is an error). */
export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spaces inside an original match any run of spaces (a line break in a name split by a layout). */
function pattern(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map(escapeLiteral)
    .join('\\s+');
}

const hasLetter = /\p{L}/u;

/** The pseudonym in the case pattern of the text found. */
export function inCaseOf(found: string, pseudonym: string): string {
  if (!hasLetter.test(found)) return pseudonym;
  const upper = found.toLocaleUpperCase('fr');
  const lower = found.toLowerCase();
  const letters = [...found].filter((ch) => hasLetter.test(ch)).length;
  if (found === upper && found !== lower && letters > 1) return pseudonym.toLocaleUpperCase('fr');
  if (found === lower && found !== upper) return pseudonym.toLowerCase();
  // Capitalised or mixed: the pseudonym as written, with a capital where the text has one.
  const first = [...found].find((ch) => hasLetter.test(ch))!;
  if (first !== first.toLowerCase()) {
    const index = pseudonym.search(/\p{L}/u);
    if (index >= 0) return pseudonym.slice(0, index) + pseudonym[index]!.toLocaleUpperCase('fr') + pseudonym.slice(index + 1);
  }
  return pseudonym;
}

/** One replaced occurrence: old offsets, the text found, the pseudonym written. */
export interface ReplacedOccurrence extends TextEdit {
  original: string;
  found: string;
}

export interface ReplaceResult {
  text: string;
  /** Sorted, non-overlapping: the exact map from the old text to the new one. */
  edits: ReplacedOccurrence[];
}

interface Item {
  /** The text's first run of word characters, lower-cased: where a match is looked for. */
  run: string;
  /** What comes before that run in the text (« + » of « +33 6… », « [ » of « [adresse 1] »), lower-cased. */
  prefix: string;
  /** The whole text, sticky, ending on a word boundary. */
  regex: RegExp;
  replacement: Replacement | null;
}

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const FIRST_RUN = /[\p{L}\p{N}\p{M}]+/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const HYPHEN = /[-‐]/u;

/** True when `start` begins a word: no word character before it, nor one joined by a hyphen. */
function wordStartsAt(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text[start - 1]!;
  if (WORD_CHAR.test(before)) return false;
  return !(HYPHEN.test(before) && start >= 2 && WORD_CHAR.test(text[start - 2]!));
}

/**
 * Replaces a given set of originals; build it once and run it over every text. Originals are
 * indexed by their first word, and the text is read word by word: thousands of originals cost
 * about as little as one (one regular expression of them all would try each at every position).
 */
export class Replacer {
  /** Items by the first word of their text, the longest text first. */
  private readonly byRun = new Map<string, Item[]>();

  /** `protect`: more texts to keep as they are (pseudonyms of the table when counting candidates). */
  constructor(replacements: readonly Replacement[], protect: readonly string[] = []) {
    const items: { text: string; replacement: Replacement | null }[] = [];
    for (const r of replacements) {
      const original = r.original.normalize('NFC').trim();
      const pseudonym = r.pseudonym.normalize('NFC').trim();
      if (!original || !pseudonym) continue;
      items.push({ text: original, replacement: { original, pseudonym } });
    }
    // Pseudonyms already placed are matched too, and kept: nothing is replaced inside them.
    for (const text of [...replacements.map((r) => r.pseudonym), ...protect]) {
      const pseudonym = text.normalize('NFC').trim();
      if (pseudonym) items.push({ text: pseudonym, replacement: null });
    }
    items.sort((a, b) => b.text.length - a.text.length || (a.replacement ? 1 : 0) - (b.replacement ? 1 : 0));
    const keys = new Set<string>();
    for (const item of items) {
      const key = item.text.replace(/\s+/gu, ' ').toLowerCase();
      const run = FIRST_RUN.exec(item.text);
      if (keys.has(key) || !run) continue;
      keys.add(key);
      const entry: Item = {
        run: run[0].toLowerCase(),
        prefix: item.text.slice(0, run.index).toLowerCase(),
        regex: new RegExp(`(?:${pattern(item.text)})${AFTER}`, 'iuy'),
        replacement: item.replacement,
      };
      const list = this.byRun.get(entry.run);
      if (list) list.push(entry);
      else this.byRun.set(entry.run, [entry]);
    }
  }

  /** Every occurrence the replacement would make, in order. */
  occurrences(text: string): ReplacedOccurrence[] {
    const out: ReplacedOccurrence[] = [];
    if (this.byRun.size === 0) return out;
    let consumed = 0;
    for (const run of text.matchAll(RUN)) {
      if (run.index < consumed) continue;
      const items = this.byRun.get(run[0].toLowerCase());
      if (!items) continue;
      for (const item of items) {
        const start = run.index - item.prefix.length;
        if (start < consumed || (item.prefix && text.slice(start, run.index).toLowerCase() !== item.prefix) || !wordStartsAt(text, start)) continue;
        item.regex.lastIndex = start;
        const match = item.regex.exec(text);
        if (!match) continue;
        consumed = start + match[0].length;
        const replacement = item.replacement;
        if (!replacement) break;
        const found = match[0];
        // Written as the original stands (« B07-M » is no shouting): the pseudonym as it is.
        const written = found === replacement.original ? replacement.pseudonym : inCaseOf(found, replacement.pseudonym);
        if (written !== found) out.push({ start, end: consumed, text: written, original: replacement.original, found });
        break;
      }
    }
    return out;
  }

  replace(text: string): ReplaceResult {
    const edits = this.occurrences(text);
    if (edits.length === 0) return { text, edits };
    let out = '';
    let position = 0;
    for (const edit of edits) {
      out += text.slice(position, edit.start) + edit.text;
      position = edit.end;
    }
    return { text: out + text.slice(position), edits };
  }
}

/**
 * Carries ranges of the old text into the new one across exact replacements. A range before,
 * after or around a replaced name keeps exactly its text; a range starting or ending inside a
 * replaced name takes the whole pseudonym (a coding on « Dup » of « Dupont » covers « Personne A »).
 * Never null: a non-empty range stays non-empty.
 */
export class ReplacementMap {
  private readonly remapper: TextRemapper;

  constructor(readonly edits: readonly TextEdit[]) {
    this.remapper = new TextRemapper(edits);
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  private lastStartingAtOrBefore(offset: number): TextEdit | undefined {
    let low = 0;
    let high = this.edits.length - 1;
    let found: TextEdit | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.edits[middle]!.start <= offset) {
        found = this.edits[middle];
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  mapOffset(offset: number, inside: 'start' | 'end' = 'start'): number {
    return this.remapper.mapOffset(offset, false, inside);
  }

  mapRange(range: TextRange): TextRange {
    const { start, end } = range;
    if (end > start) {
      const container = this.lastStartingAtOrBefore(start);
      if (container && end <= container.end) {
        const mappedStart = this.remapper.mapOffset(container.start, false, 'start');
        return { start: mappedStart, end: mappedStart + container.text.length };
      }
    }
    const mapped = this.remapper.mapRange(range, 'exclusive', true);
    return mapped ?? { start: this.mapOffset(start), end: this.mapOffset(start) };
  }
}
