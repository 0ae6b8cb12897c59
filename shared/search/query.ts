import type { ErrorCode } from '../errors';
import { foldedWords } from './fold';

/**
 * The text search's query language, for researchers (French keywords, English ones accepted):
 *
 * | written                         | finds                                                                 |
 * | ------------------------------- | --------------------------------------------------------------------- |
 * | `region`                        | the word, whatever its case and accents: région, Région, REGION       |
 * | `accès droits`                  | documents holding both words; every occurrence of each is a result    |
 * | `"accès aux droits"` « … »      | the words in this order, next to each other (punctuation ignored)     |
 * | `numéri*`                       | words starting so: numérique, numériser… (`*` only at a word's end)   |
 * | `numérique OU digital` (OR, \|) | either                                                                |
 * | `accès NEAR/5 droits` (PROCHE)  | both, with at most 5 words between them, in either order (10 if no /n)|
 * | `NEAR(accès droits, 5)`         | the same                                                              |
 * | `-euh`, `SAUF euh` (NOT)        | leaves out the documents holding the word                             |
 *
 * Words are folded (shared/search/fold.ts) and split as the index splits them: `aujourd'hui`,
 * `peut-être` are two-word phrases, and ’ and ' are the same. A NEAR result spans both terms.
 * Operators are recognised in capitals only (`ou` stays a word). Malformed queries get an error
 * code with its parameters (`error.SEARCH_…` in the catalogues), never a guess.
 */

export interface WordPattern {
  /** Folded word (or beginning of word, when `prefix`). */
  text: string;
  prefix: boolean;
}

/** One word or several in a row. */
export interface Phrase {
  words: WordPattern[];
}

export type Operand = { kind: 'phrase'; phrase: Phrase } | { kind: 'near'; a: Phrase; b: Phrase; distance: number };

/** Operands joined by OR; an excluded item leaves out the documents where any of them occurs. */
export interface QueryItem {
  options: Operand[];
  exclude: boolean;
}

/** Items that must all hold in a document (AND), the excluded ones not at all. */
export interface ParsedQuery {
  items: QueryItem[];
}

/** The errors of a malformed query: the `SEARCH_…` codes of shared/errors.ts. */
export type SearchErrorCode = Extract<ErrorCode, `SEARCH_${string}`>;

export interface QueryError {
  code: SearchErrorCode;
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: QueryError };

export const DEFAULT_NEAR = 10;
export const MAX_NEAR = 100;
export const MAX_QUERY_WORDS = 50;
export const MAX_QUERY_LENGTH = 1000;

class QuerySyntaxError extends Error {
  constructor(readonly error: QueryError) {
    super(error.code);
  }
}

const fail = (code: SearchErrorCode, params: Record<string, string | number> = {}): never => {
  throw new QuerySyntaxError({ code, params });
};

type Token =
  | { type: 'word'; text: string }
  | { type: 'quoted'; text: string }
  | { type: 'open' | 'close' | 'comma' | 'or' | 'not' | 'and' }
  | { type: 'near'; text: string; distance: number | null };

const OPENING_QUOTES = '"«“„';
const CLOSING_QUOTES = '"»”“';
const BREAKS = new Set([...'()|,', ...OPENING_QUOTES, ...CLOSING_QUOTES]);
const isSpace = (char: string): boolean => /\s/u.test(char);

function nearToken(text: string): Token | null {
  const match = /^(NEAR|PROCHE)(?:\/(.*))?$/u.exec(text);
  if (!match) return null;
  if (match[2] === undefined) return { type: 'near', text, distance: null };
  if (!/^\d+$/u.test(match[2]) || Number(match[2]) > MAX_NEAR) fail('SEARCH_NEAR_DISTANCE', { value: match[2], max: MAX_NEAR });
  return { type: 'near', text, distance: Number(match[2]) };
}

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (isSpace(char)) {
      i += 1;
    } else if (OPENING_QUOTES.includes(char) || CLOSING_QUOTES.includes(char)) {
      let end = i + 1;
      while (end < query.length && !CLOSING_QUOTES.includes(query[end]!)) end += 1;
      if (end >= query.length) fail('SEARCH_UNCLOSED_QUOTE', { text: query.slice(i, i + 40).trim() });
      tokens.push({ type: 'quoted', text: query.slice(i + 1, end) });
      i = end + 1;
    } else if (char === '(' || char === ')' || char === ',' || char === '|') {
      tokens.push({ type: char === '(' ? 'open' : char === ')' ? 'close' : char === ',' ? 'comma' : 'or' });
      i += 1;
    } else {
      let end = i;
      while (end < query.length && !isSpace(query[end]!) && !BREAKS.has(query[end]!)) end += 1;
      const text = query.slice(i, end);
      i = end;
      if (text === 'OR' || text === 'OU') tokens.push({ type: 'or' });
      else if (text === 'NOT' || text === 'SAUF') tokens.push({ type: 'not' });
      else if (text === 'AND' || text === 'ET') tokens.push({ type: 'and' });
      else tokens.push(nearToken(text) ?? { type: 'word', text });
    }
  }
  return tokens;
}

/** The word patterns of a bare word or of a quoted phrase's text; [] when it holds no letter or digit. */
function patterns(text: string): WordPattern[] {
  const out: WordPattern[] = [];
  for (const piece of text.split(/\s+/u).filter(Boolean)) {
    const star = piece.indexOf('*');
    if (star >= 0 && (star !== piece.length - 1 || piece.length === 1)) fail('SEARCH_WILDCARD', { word: piece });
    const words = foldedWords(star >= 0 ? piece.slice(0, -1) : piece);
    if (star >= 0 && (words.length === 0 || !/[\p{L}\p{N}\p{M}]$/u.test(piece.slice(0, -1)))) fail('SEARCH_WILDCARD', { word: piece });
    words.forEach((word, index) => out.push({ text: word, prefix: star >= 0 && index === words.length - 1 }));
  }
  return out;
}

const describe = (token: Token | undefined): string =>
  token === undefined ? '' : token.type === 'word' || token.type === 'near' ? token.text : token.type === 'quoted' ? `"${token.text}"` : '';

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token | undefined {
    return this.tokens[this.at++];
  }

  parse(): ParsedQuery {
    const items: QueryItem[] = [];
    let exclude = false;
    while (this.peek()) {
      const token = this.peek()!;
      if (token.type === 'and' || token.type === 'comma') {
        this.at += 1;
        continue;
      }
      if (token.type === 'not') {
        this.at += 1;
        if (exclude || !this.peek() || this.peek()!.type === 'not') fail('SEARCH_OPERATOR', { operator: 'SAUF' });
        exclude = true;
        continue;
      }
      if (token.type === 'or') fail('SEARCH_OPERATOR', { operator: 'OU' });
      if (token.type === 'close') fail('SEARCH_PARENTHESIS');
      let negated = exclude;
      exclude = false;
      if (token.type === 'word' && token.text.startsWith('-') && token.text.length > 1) {
        negated = true;
        this.tokens[this.at] = { type: 'word', text: token.text.slice(1) };
      }
      const options = this.alternatives();
      if (options.length > 0) items.push({ options, exclude: negated });
    }
    if (exclude) fail('SEARCH_OPERATOR', { operator: 'SAUF' });
    return { items };
  }

  /** operand (OR operand)*; operands without any word (punctuation typed as a word) are dropped. */
  private alternatives(): Operand[] {
    const options: Operand[] = [];
    for (;;) {
      const operand = this.operand();
      if (operand) options.push(operand);
      if (this.peek()?.type !== 'or') return options;
      this.at += 1;
      const following = this.peek();
      if (!following || following.type === 'or' || following.type === 'not' || following.type === 'and' || following.type === 'close') {
        fail('SEARCH_OPERATOR', { operator: 'OU' });
      }
      if (!operand) fail('SEARCH_OPERATOR', { operator: 'OU' });
    }
  }

  private operand(): Operand | null {
    const token = this.peek();
    if (token?.type === 'near') {
      this.at += 1;
      if (this.peek()?.type !== 'open') fail('SEARCH_NEAR', { text: token.text });
      this.at += 1;
      return this.nearCall(token);
    }
    const first = this.phrase();
    const operator = this.peek();
    if (operator?.type !== 'near') return first ? { kind: 'phrase', phrase: first } : null;
    this.at += 1;
    const following = this.peek();
    if (following?.type !== 'word' && following?.type !== 'quoted') fail('SEARCH_NEAR', { text: operator.text });
    const second = this.phrase();
    if (!first || !second) fail('SEARCH_NEAR', { text: operator.text });
    if (this.peek()?.type === 'near') fail('SEARCH_NEAR', { text: describe(this.peek()) });
    return { kind: 'near', a: first!, b: second!, distance: operator.distance ?? DEFAULT_NEAR };
  }

  /** NEAR( a b [, n] ) after the opening parenthesis. */
  private nearCall(near: Extract<Token, { type: 'near' }>): Operand {
    const phrases: Phrase[] = [];
    let distance = near.distance ?? DEFAULT_NEAR;
    for (;;) {
      const token = this.next();
      if (!token) fail('SEARCH_NEAR', { text: near.text });
      if (token!.type === 'close') break;
      if (token!.type === 'comma') {
        const value = this.next();
        if (value?.type !== 'word' || !/^\d+$/u.test(value.text) || Number(value.text) > MAX_NEAR) {
          fail('SEARCH_NEAR_DISTANCE', { value: describe(value), max: MAX_NEAR });
        }
        distance = Number((value as { text: string }).text);
        if (this.next()?.type !== 'close') fail('SEARCH_NEAR', { text: near.text });
        break;
      }
      if (token!.type !== 'word' && token!.type !== 'quoted') fail('SEARCH_NEAR', { text: near.text });
      const words = patterns((token as { text: string }).text);
      if (token!.type === 'quoted' && words.length === 0) fail('SEARCH_EMPTY_PHRASE');
      if (words.length > 0) phrases.push({ words });
    }
    if (phrases.length !== 2) fail('SEARCH_NEAR', { text: near.text });
    return { kind: 'near', a: phrases[0]!, b: phrases[1]!, distance };
  }

  /** A bare word or a quoted phrase; null for a bare word without letters or digits. */
  private phrase(): Phrase | null {
    const token = this.next();
    if (token?.type === 'open' || token?.type === 'close') fail('SEARCH_PARENTHESIS');
    if (token?.type === 'near' || token?.type === 'or' || token?.type === 'not' || token?.type === 'and' || token?.type === 'comma' || !token) {
      fail('SEARCH_OPERATOR', { operator: describe(token) || 'NEAR' });
    }
    const words = patterns((token as { text: string }).text);
    if (token!.type === 'quoted' && words.length === 0) fail('SEARCH_EMPTY_PHRASE');
    return words.length > 0 ? { words } : null;
  }
}

const countWords = (query: ParsedQuery): number =>
  query.items.reduce(
    (sum, item) => sum + item.options.reduce((n, o) => n + (o.kind === 'phrase' ? o.phrase.words.length : o.a.words.length + o.b.words.length), 0),
    0,
  );

/** Reads a query; never throws. */
export function parseQuery(text: string): ParseResult {
  try {
    if (text.length > MAX_QUERY_LENGTH) fail('SEARCH_TOO_LONG', { max: MAX_QUERY_WORDS });
    const query = new Parser(lex(text)).parse();
    if (query.items.length === 0) fail('SEARCH_EMPTY');
    if (query.items.every((item) => item.exclude)) fail('SEARCH_ONLY_EXCLUDED');
    if (countWords(query) > MAX_QUERY_WORDS) fail('SEARCH_TOO_LONG', { max: MAX_QUERY_WORDS });
    return { ok: true, query };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: error.error };
    throw error;
  }
}

/** The words a query looks for (not the excluded ones), for the researcher: « region, numeri* ». */
export function queryWords(query: ParsedQuery): string[] {
  const out: string[] = [];
  const add = (phrase: Phrase) => out.push(phrase.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' '));
  for (const item of query.items) {
    if (item.exclude) continue;
    for (const option of item.options) {
      if (option.kind === 'phrase') add(option.phrase);
      else {
        add(option.a);
        add(option.b);
      }
    }
  }
  return out;
}

const OPERATORS = new Set(['OR', 'OU', 'NOT', 'SAUF', 'AND', 'ET', 'NEAR', 'PROCHE']);

/** The query that finds one word of the frequency list: quoted when it would read as an operator. */
export function queryForWord(word: string): string {
  return OPERATORS.has(word) || /^-|[*"«»“”„()|,]/u.test(word) ? `"${word.replaceAll('"', '')}"` : word;
}
