import { wordEndAt } from './fold';
import type { DocumentWords, Lexicon, WordIds } from './lexicon';
import type { ParsedQuery, Phrase, WordPattern } from './query';

/**
 * Runs a parsed query over documents read as words (lexicon.ts). A query word becomes, once per
 * search, either one lexicon id (-1: no document has it) or a set of ids (a prefix); a document is
 * then a scan of numbers. Results are word spans in reading order, overlapping ones merged (a word
 * found by two alternatives is one result), turned into ranges of the original text on demand.
 */

/** One id, or flags indexed by id. */
type Matcher = number | Uint8Array;

interface ResolvedPhrase {
  words: Matcher[];
  /** Some word occurs nowhere: the phrase cannot match. */
  impossible: boolean;
}

type ResolvedOperand = { kind: 'phrase'; phrase: ResolvedPhrase } | { kind: 'near'; a: ResolvedPhrase; b: ResolvedPhrase; distance: number };

export interface ResolvedQuery {
  items: { options: ResolvedOperand[]; exclude: boolean }[];
  /** No document can match (a required word occurs nowhere). */
  impossible: boolean;
}

function resolveWord(word: WordPattern, lexicon: Lexicon): Matcher {
  if (!word.prefix) return lexicon.idOf(word.text);
  const ids = lexicon.withPrefix(word.text);
  if (ids.length <= 1) return ids[0] ?? -1;
  const flags = new Uint8Array(lexicon.size);
  for (const id of ids) flags[id] = 1;
  return flags;
}

function resolvePhrase(phrase: Phrase, lexicon: Lexicon): ResolvedPhrase {
  const words = phrase.words.map((w) => resolveWord(w, lexicon));
  return { words, impossible: words.some((m) => m === -1) };
}

/** Looks the query's words up; call after every document to search has been read into `lexicon`. */
export function resolveQuery(query: ParsedQuery, lexicon: Lexicon): ResolvedQuery {
  const items = query.items.map((item) => ({
    exclude: item.exclude,
    options: item.options.map((o): ResolvedOperand =>
      o.kind === 'phrase'
        ? { kind: 'phrase', phrase: resolvePhrase(o.phrase, lexicon) }
        : { kind: 'near', a: resolvePhrase(o.a, lexicon), b: resolvePhrase(o.b, lexicon), distance: o.distance },
    ),
  }));
  const possible = (o: ResolvedOperand) => (o.kind === 'phrase' ? !o.phrase.impossible : !o.a.impossible && !o.b.impossible);
  const impossible = items.some((item) => !item.exclude && !item.options.some(possible));
  return { items, impossible };
}

/** Occurrences of a phrase as word spans: flat [first, last, first, last…], in order. */
function phraseSpans(doc: DocumentWords, phrase: ResolvedPhrase): number[] {
  const out: number[] = [];
  if (phrase.impossible) return out;
  const ids = doc.ids;
  const n = ids.length;
  const words = phrase.words;
  const k = words.length;
  const first = words[0]!;
  // The first word picks the candidates in a tight loop; the others are checked after it.
  if (typeof first === 'number') {
    for (let i = ids.indexOf(first); i >= 0 && i <= n - k; i = ids.indexOf(first, i + 1)) {
      if (k === 1 || follows(ids, i, words)) out.push(i, i + k - 1);
    }
  } else {
    for (let i = 0; i <= n - k; i += 1) {
      if (first[ids[i]!] === 1 && (k === 1 || follows(ids, i, words))) out.push(i, i + k - 1);
    }
  }
  return out;
}

/** Do the words after the first of a phrase match from word `i` on? */
function follows(ids: WordIds, i: number, words: Matcher[]): boolean {
  for (let j = 1; j < words.length; j += 1) {
    const m = words[j]!;
    const id = ids[i + j]!;
    if (typeof m === 'number' ? id !== m : m[id] !== 1) return false;
  }
  return true;
}

/** Each occurrence of `a` with every occurrence of `b` at most `distance` words away, as one span. */
function nearSpans(doc: DocumentWords, a: ResolvedPhrase, b: ResolvedPhrase, distance: number): number[] {
  const out: number[] = [];
  const as = phraseSpans(doc, a);
  if (as.length === 0) return out;
  const bs = phraseSpans(doc, b);
  let low = 0;
  for (let i = 0; i < as.length; i += 2) {
    const aFirst = as[i]!;
    const aLast = as[i + 1]!;
    while (low < bs.length && bs[low + 1]! < aFirst - distance - 1) low += 2;
    let first = aFirst;
    let last = aLast;
    let found = false;
    for (let j = low; j < bs.length && bs[j]! <= aLast + distance + 1; j += 2) {
      const bFirst = bs[j]!;
      const bLast = bs[j + 1]!;
      if (bLast >= aFirst && bFirst <= aLast) continue; // the same words: not two terms
      found = true;
      if (bFirst < first) first = bFirst;
      if (bLast > last) last = bLast;
    }
    if (found) out.push(first, last);
  }
  return out;
}

function operandSpans(doc: DocumentWords, operand: ResolvedOperand): number[] {
  return operand.kind === 'phrase' ? phraseSpans(doc, operand.phrase) : nearSpans(doc, operand.a, operand.b, operand.distance);
}

/** Sorts flat spans and merges the overlapping ones. */
function mergeSpans(spans: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i]!, spans[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: number[] = [];
  for (const [first, last] of pairs) {
    const n = out.length;
    if (n > 0 && first <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, last);
    else out.push(first, last);
  }
  return out;
}

/**
 * The results of a query in one document as word spans, flat [first, last, first, last…] in
 * reading order, overlapping ones merged; empty when the document does not match (a required item
 * missing, an excluded one present). `spanRanges` turns them into offsets.
 */
export function matchDocument(doc: DocumentWords, query: ResolvedQuery): number[] {
  if (query.impossible) return [];
  for (const item of query.items) {
    if (item.exclude && item.options.some((o) => operandSpans(doc, o).length > 0)) return [];
  }
  const found: number[][] = [];
  for (const item of query.items) {
    if (item.exclude) continue;
    let any = false;
    for (const option of item.options) {
      const spans = operandSpans(doc, option);
      if (spans.length > 0) {
        any = true;
        found.push(spans);
      }
    }
    if (!any) return [];
  }
  const spans = found.length === 1 ? found[0]! : mergeSpans(found.flat());
  // Phrases can overlap themselves (« a a » in « a a a »); NEAR spans can overlap each other.
  return found.length === 1 && hasOverlap(spans) ? mergeSpans(spans) : spans;
}

/** Original ranges [start, end, …] of the first `count` spans, the text giving the ends. */
export function spanRanges(doc: DocumentWords, spans: readonly number[], text: string, count = spans.length / 2): number[] {
  const n = Math.min(count, spans.length / 2);
  const ranges: number[] = new Array(n * 2);
  for (let i = 0; i < n; i += 1) {
    ranges[i * 2] = doc.starts[spans[i * 2]!]!;
    ranges[i * 2 + 1] = wordEndAt(text, doc.starts[spans[i * 2 + 1]!]!);
  }
  return ranges;
}

function hasOverlap(spans: number[]): boolean {
  for (let i = 2; i < spans.length; i += 2) if (spans[i]! <= spans[i - 1]!) return true;
  return false;
}
