/**
 * French-aware folding for the text search, with a map back to the original text.
 *
 * A character folds to: its letters without diacritics (é → e, Ç → c, decomposed e + ◌́ → e), in
 * lower case; the ligatures œ, æ to two letters (cœur → coeur, Lætitia → laetitia); the typographic
 * apostrophes ’ ‘ to the straight one '. Combining marks fold to nothing and belong to the letter
 * before them. Characters outside the Basic Multilingual Plane (emoji, 𝐀…) are kept as they are, both
 * UTF-16 units, so offsets stay right. Hangul syllables and other letters that carry no mark are not
 * decomposed.
 *
 * Offsets are UTF-16 code units with an exclusive end (shared/offsets.ts): a folded range [a, b)
 * maps back to [starts[a], ends[b - 1]) of the original.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', '’': "'", '‘': "'" };
const MARKS = /\p{M}/gu;
const WORD = /^[\p{L}\p{N}\p{Co}]$/u;

/** What one UTF-16 unit of the Basic Multilingual Plane folds to, computed on first sight. */
const Kind = {
  /** Folds to one unit, in `single`. */
  Single: 1,
  /** Folds to nothing (a combining mark). */
  Removed: 2,
  /** Folds to several units, in `multi`. */
  Multi: 3,
  /** Half of a surrogate pair: the pair is kept as it is. */
  Surrogate: 4,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const kinds = new Uint8Array(0x10000);
const single = new Uint16Array(0x10000);
/** 1 when the folded unit is a letter or a digit (for `Single` units only). */
const wordUnit = new Uint8Array(0x10000);
const multi = new Map<number, string>();

/** The fold of one character (a BMP unit or a whole surrogate pair). */
export function foldChar(char: string): string {
  const ligature = LIGATURES[char];
  if (ligature !== undefined) return ligature;
  const decomposed = char.normalize('NFD');
  const stripped = decomposed.replace(MARKS, '');
  // A character that loses no mark is kept composed (Hangul syllables stay syllables).
  return (stripped === decomposed ? char : stripped).toLocaleLowerCase('fr');
}

function classify(unit: number): Kind {
  if (unit >= 0xd800 && unit <= 0xdfff) {
    kinds[unit] = Kind.Surrogate;
    return Kind.Surrogate;
  }
  const folded = foldChar(String.fromCharCode(unit));
  let kind: Kind;
  if (folded.length === 0) kind = Kind.Removed;
  else if (folded.length === 1) {
    kind = Kind.Single;
    single[unit] = folded.charCodeAt(0);
    wordUnit[unit] = WORD.test(folded) ? 1 : 0;
  } else {
    kind = Kind.Multi;
    multi.set(unit, folded);
  }
  kinds[unit] = kind;
  return kind;
}

const kindOf = (unit: number): Kind => (kinds[unit] || classify(unit)) as Kind;

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** Original offset where the character of each folded unit starts (length: folded length). */
  starts: Int32Array;
  /** Original offset where it ends, combining marks after it included. */
  ends: Int32Array;
}

/** Folds a text and keeps, for each folded unit, the range of the original character it comes from. */
export function foldWithMap(original: string): FoldedText {
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (unit: number, start: number, end: number) => {
    out.push(unit);
    starts.push(start);
    ends.push(end);
  };
  for (let i = 0; i < original.length; ) {
    const unit = original.charCodeAt(i);
    const kind = kindOf(unit);
    if (kind === Kind.Single) {
      emit(single[unit]!, i, i + 1);
      i += 1;
    } else if (kind === Kind.Removed) {
      // A mark belongs to the character before it.
      if (ends.length > 0 && ends[ends.length - 1] === i) {
        for (let k = ends.length - 1; k >= 0 && ends[k] === i; k -= 1) ends[k] = i + 1;
      }
      i += 1;
    } else if (kind === Kind.Multi) {
      for (const c of multi.get(unit)!) emit(c.charCodeAt(0), i, i + 1);
      i += 1;
    } else {
      const pair = unit <= 0xdbff && i + 1 < original.length && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const size = pair ? 2 : 1;
      for (let k = 0; k < size; k += 1) emit(original.charCodeAt(i + k), i, i + size);
      i += size;
    }
  }
  let text = '';
  for (let at = 0; at < out.length; at += 8192) text += String.fromCharCode(...out.slice(at, at + 8192));
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original range of the folded range [start, end). */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start]! : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}

/** The folded form of a short string (a query word, a stop word): same rules, no map. */
export function foldText(text: string): string {
  return foldWithMap(text).text;
}

/**
 * Calls `onToken(term, start, end)` for each word of `text`: a run of letters and digits after
 * folding, so apostrophes, hyphens, punctuation, spaces and emoji separate words (l’écoute → l,
 * ecoute), as in the project's full-text index (SQLite FTS5, unicode61). `start` and `end` are
 * original UTF-16 offsets, the end after any combining mark of the last letter.
 */
export function forEachWord(text: string, onToken: (term: string, start: number, end: number) => void): void {
  const length = text.length;
  let buffer: number[] = [];
  let tokenStart = -1;
  let tokenEnd = -1;
  // While every unit of the word folds to itself, the word is a slice of the text.
  let same = true;
  const begin = (at: number) => {
    tokenStart = at;
    tokenEnd = at;
    same = true;
    buffer = [];
  };
  const keepSlice = () => {
    if (!same) return;
    same = false;
    for (let k = tokenStart; k < tokenEnd; k += 1) {
      const u = text.charCodeAt(k);
      if (kinds[u] !== Kind.Removed) buffer.push(u);
    }
  };
  const flush = () => {
    if (tokenStart < 0) return;
    onToken(same ? text.slice(tokenStart, tokenEnd) : String.fromCharCode(...buffer), tokenStart, tokenEnd);
    tokenStart = -1;
  };
  for (let i = 0; i < length; ) {
    const unit = text.charCodeAt(i);
    const kind = kindOf(unit);
    if (kind === Kind.Single) {
      if (wordUnit[unit] === 1) {
        if (tokenStart < 0) begin(i);
        const folded = single[unit]!;
        if (same && folded !== unit) keepSlice();
        if (!same) buffer.push(folded);
        tokenEnd = i + 1;
      } else flush();
      i += 1;
    } else if (kind === Kind.Removed) {
      if (tokenStart >= 0 && tokenEnd === i) {
        keepSlice();
        tokenEnd = i + 1;
      }
      i += 1;
    } else if (kind === Kind.Multi) {
      const folded = multi.get(unit)!;
      if (WORD.test(folded[0]!)) {
        if (tokenStart < 0) begin(i);
        keepSlice();
        for (let k = 0; k < folded.length; k += 1) buffer.push(folded.charCodeAt(k));
        tokenEnd = i + 1;
      } else flush();
      i += 1;
    } else {
      const pair = unit <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const size = pair ? 2 : 1;
      const char = text.slice(i, i + size);
      if (pair && /^[\p{L}\p{N}\p{Co}]$/u.test(char)) {
        if (tokenStart < 0) begin(i);
        keepSlice();
        buffer.push(unit, text.charCodeAt(i + 1));
        tokenEnd = i + 2;
      } else if (pair && /^\p{M}$/u.test(char)) {
        if (tokenStart >= 0 && tokenEnd === i) {
          keepSlice();
          tokenEnd = i + 2;
        }
      } else flush();
      i += size;
    }
  }
  flush();
}

/** Where the word starting at `start` ends, as `forEachWord` cuts it (the words keep only their starts). */
export function wordEndAt(text: string, start: number): number {
  let end = start;
  for (let i = start; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const kind = kindOf(unit);
    if (kind === Kind.Single) {
      if (wordUnit[unit] !== 1) break;
      end = i += 1;
    } else if (kind === Kind.Removed) {
      if (end !== i) break;
      end = i += 1;
    } else if (kind === Kind.Multi) {
      if (!WORD.test(multi.get(unit)![0]!)) break;
      end = i += 1;
    } else {
      const pair = unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const char = text.slice(i, i + 2);
      if (!pair || !(/^[\p{L}\p{N}\p{Co}]$/u.test(char) || (end === i && /^\p{M}$/u.test(char)))) break;
      end = i += 2;
    }
  }
  return end;
}

/** The folded words of a short text, in order: what a query word or a stop word is made of. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (term) => words.push(term));
  return words;
}
