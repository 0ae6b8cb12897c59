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
const BEFORE = `(?<!${WORD}|${WORD}[-‐])`;
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
  const lower = found.toLocaleLowerCase('fr');
  const letters = [...found].filter((ch) => hasLetter.test(ch)).length;
  if (found === upper && found !== lower && letters > 1) return pseudonym.toLocaleUpperCase('fr');
  if (found === lower && found !== upper) return pseudonym.toLocaleLowerCase('fr');
  // Capitalised or mixed: the pseudonym as written, with a capital where the text has one.
  const first = [...found].find((ch) => hasLetter.test(ch))!;
  if (first !== first.toLocaleLowerCase('fr')) {
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

/** Replaces a given set of originals; build it once and run it over every text. */
export class Replacer {
  private readonly regex: RegExp | null;
  /** Lower-cased original → replacement; lower-cased pseudonyms map to null (kept as they are). */
  private readonly byKey = new Map<string, Replacement | null>();
  private readonly keys: string[] = [];

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
    const alternatives: string[] = [];
    for (const item of items) {
      const key = this.key(item.text);
      if (this.byKey.has(key)) continue;
      this.byKey.set(key, item.replacement);
      this.keys.push(key);
      alternatives.push(`(${pattern(item.text)})`);
    }
    this.regex = alternatives.length === 0 ? null : new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'giu');
  }

  private key(text: string): string {
    return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fr');
  }

  /** The replacement a match stands for (the first capturing group that matched), or null for a pseudonym. */
  private replacementOf(match: RegExpExecArray): Replacement | null {
    for (let group = 1; group < match.length; group += 1) {
      if (match[group] !== undefined) return this.byKey.get(this.keys[group - 1]!) ?? null;
    }
    return null;
  }

  /** Every occurrence the replacement would make, in order. */
  occurrences(text: string): ReplacedOccurrence[] {
    if (!this.regex) return [];
    const out: ReplacedOccurrence[] = [];
    this.regex.lastIndex = 0;
    for (let match = this.regex.exec(text); match; match = this.regex.exec(text)) {
      const replacement = this.replacementOf(match);
      if (!replacement) continue;
      const found = match[0];
      // Written as the original stands (« B07-M » is no shouting): the pseudonym as it is.
      const written = found === replacement.original ? replacement.pseudonym : inCaseOf(found, replacement.pseudonym);
      if (written === found) continue;
      out.push({ start: match.index, end: match.index + found.length, text: written, original: replacement.original, found });
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
