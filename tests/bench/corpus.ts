import { DocumentBuilder, type UnitDraft } from '../../shared/document-builder';
import type { CodeSeed } from '../../shared/domain/codebook';
import type { DocumentKind } from '../../shared/domain/document';
import * as v from './vocabulary';

/**
 * Deterministic synthetic corpus for `npm run bench`: French-like interview transcripts and
 * observation sheets built with the real DocumentBuilder (so units and offsets are right by
 * construction), a code tree, and overlapping, nested, multi-coder codings on word boundaries.
 * Pure functions of their seed: no Math.random, no clock, no I/O. Every document is generated on
 * its own from (seed, index), so a large corpus can be streamed without holding it in memory.
 */

export type Rng = () => number;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent stream seed from a seed and a few integers (FNV-1a style mixing). */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (const p of parts) h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
  return Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
}

/** A whole number in [min, max], and one element of a list (import-files.ts draws with them too). */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** How words are counted and where codings may start and end. Elisions and hyphens stay in one word. */
export const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

/** Word spans of a text: parallel arrays of UTF-16 start and end offsets. */
export function wordSpans(text: string): { starts: Int32Array; ends: Int32Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

const VOWEL = /^[aeiouyéèêâîôûhAEIOUYÉ]/;

/** Joins words with French elision and contraction: `le usager` → `l’usager`, `que il` → `qu’il`, `de le` → `du`. */
function elide(words: string[]): string {
  let out = '';
  for (const word of words) {
    const elided = VOWEL.test(word) ? /(^|\s)(le|la|de|que|je|ne|ce)$/i.exec(out) : null;
    if (elided) {
      out = `${out.slice(0, out.length - elided[2]!.length)}${elided[2]!.slice(0, -1)}’${word}`;
      continue;
    }
    out = out.replace(/(^|\s)de le$/, '$1du').replace(/(^|\s)à le$/, '$1au');
    out += out ? ` ${word}` : word;
  }
  return out;
}

function nounPhrase(rng: Rng): string[] {
  const words = [pick(rng, v.determiners), pick(rng, v.nouns)];
  if (rng() < 0.35) words.push(pick(rng, v.adjectives));
  return words;
}

function clause(rng: Rng): string[] {
  const words = [pick(rng, v.subjects)];
  if (rng() < 0.25) words.push(pick(rng, v.adverbs));
  words.push(pick(rng, v.verbs), ...nounPhrase(rng));
  for (let extra = rng() < 0.6 ? int(rng, 1, 3) : 0; extra > 0; extra -= 1) {
    words.push(pick(rng, v.prepositions), ...nounPhrase(rng));
  }
  if (rng() < 0.2) words.push(pick(rng, v.adverbs));
  return words;
}

/** One sentence: one to five clauses, oral fillers now and then; a question when `question`. */
function sentence(rng: Rng, question: boolean): string {
  const words: string[] = [];
  if (question) words.push(pick(rng, v.questionOpeners));
  else if (rng() < 0.3) words.push(pick(rng, v.fillers));
  const clauses = rng() < 0.1 ? int(rng, 3, 5) : int(rng, 1, 2);
  for (let i = 0; i < clauses; i += 1) {
    if (i > 0) words.push(pick(rng, v.connectors));
    if (i > 0 && rng() < 0.15) words.push(pick(rng, v.fillers));
    words.push(...clause(rng));
  }
  const text = elide(words);
  return text.charAt(0).toUpperCase() + text.slice(1) + (question ? ' ?' : rng() < 0.08 ? '…' : '.');
}

/** Cuts `text` after its `n`-th word (n ≥ 1) and closes the sentence. */
function firstWords(text: string, n: number): string {
  let seen = 0;
  for (const m of text.matchAll(WORD)) {
    seen += 1;
    if (seen === n) return `${text.slice(0, m.index + m[0].length)}.`;
  }
  return text;
}

/** A block of `min`–`max` sentences holding at most `budget.left` words; updates the budget. */
export function block(rng: Rng, budget: { left: number }, min: number, max: number, question = false): string {
  const parts: string[] = [];
  for (let n = int(rng, min, max); n > 0 && budget.left > 0; n -= 1) {
    let s = sentence(rng, question && n === 1);
    let words = countWords(s);
    if (words > budget.left) {
      s = firstWords(s, budget.left);
      words = budget.left;
    }
    budget.left -= words;
    if (rng() < 0.04) s += ` ${pick(rng, v.emoji)}`;
    parts.push(s);
  }
  return parts.join(' ');
}

export interface GeneratedDocument {
  name: string;
  kind: DocumentKind;
  sourceName: string;
  text: string;
  units: UnitDraft[];
  metadata: Record<string, unknown>;
}

/** `hh:mm:ss` of a number of seconds. */
export function clock(seconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * Document `index` of the corpus of `seed`: exactly `words` words (as counted by `countWords`).
 * Four in five are interview transcripts (speaker turns with times), one in five an observation
 * sheet (a grid of prompts and answers, then free paragraphs).
 */
export function generateDocument(seed: number, index: number, words: number): GeneratedDocument {
  const rng = mulberry32(deriveSeed(seed, 1, index));
  const code = String(index + 1).padStart(4, '0');
  const branch = pick(rng, v.branches);
  const observation = index % 5 === 4;
  const title = observation ? `Fiche d’observation B${code} — ${branch}` : `Entretien E${code} — ${branch}`;
  const builder = new DocumentBuilder().heading(title, 1);
  const budget = { left: words - countWords(title) };
  if (observation) {
    const grid = 'Contexte général';
    builder.begin('grid', grid, { grid });
    for (const prompt of v.observationPrompts) {
      if (budget.left <= 0) break;
      const column = rng() < 0.5 ? 'Médiateur' : 'Professionnel';
      builder.answer(block(rng, budget, 1, 4), { grid, prompt, column, beneficiary: int(rng, 1, 3) });
    }
    builder.end();
    while (budget.left > 0) builder.paragraph(block(rng, budget, 2, 9));
  } else {
    let seconds = int(rng, 5, 40);
    for (let turn = 0; budget.left > 0; turn += 1) {
      const interviewer = turn % 2 === 0;
      const before = budget.left;
      const content = interviewer ? block(rng, budget, 1, 2, true) : block(rng, budget, 1, rng() < 0.15 ? 14 : 6);
      builder.turn(interviewer ? 'Enquêtrice' : 'Professionnelle', content, clock(seconds));
      seconds += Math.ceil((before - budget.left) / 2.5) + int(rng, 1, 6);
    }
  }
  const built = builder.build();
  return {
    name: title,
    kind: observation ? 'observation' : 'transcript',
    sourceName: observation ? `fiche-B${code}.docx` : `entretien-E${code}.txt`,
    text: built.text,
    units: built.units,
    metadata: { bench: true, seed, index, branch },
  };
}

/** A code tree of `families` families with `perFamily - 1` sub-codes each: `families × perFamily` codes. */
export function generateCodebook(seed: number, families: number, perFamily: number): CodeSeed[] {
  const rng = mulberry32(deriveSeed(seed, 2));
  const color = (hue: number, light: number): string => {
    const f = (n: number): number => {
      const k = (n + hue / 30) % 12;
      const c = light - 0.45 * Math.min(light, 1 - light) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return Math.round(c * 255);
    };
    return `#${[f(0), f(8), f(4)].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  };
  return Array.from({ length: families }, (_, f) => {
    const hue = Math.round((360 * f) / families);
    const names = v.codeNames.map((name) => ({ name, key: rng() })).sort((a, b) => a.key - b.key);
    const familyName = v.codeFamilies[f % v.codeFamilies.length]! + (f >= v.codeFamilies.length ? ` ${Math.floor(f / v.codeFamilies.length) + 1}` : '');
    return {
      name: familyName,
      color: color(hue, 0.4),
      description: `Famille synthétique n° ${f + 1} du banc d’essai`,
      children: Array.from({ length: perFamily - 1 }, (_, c) => ({
        name: names[c % names.length]!.name + (c >= names.length ? ` ${Math.floor(c / names.length) + 1}` : ''),
        color: color(hue, 0.45 + (0.3 * c) / perFamily),
        description: `Sous-code ${c + 1} de « ${familyName} »`,
      })),
    };
  });
}

/** Codings per document, summing to `total`: uneven, with a few heavily coded documents. */
export function planCodingCounts(seed: number, documents: number, total: number): number[] {
  const rng = mulberry32(deriveSeed(seed, 3));
  const weights = Array.from({ length: documents }, () => (rng() < 0.03 ? 4 : 0.3 + 1.4 * rng()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % documents, missing -= 1) counts[i]! += 1;
  return counts;
}

/** Zipf-like (s = 0.65) cumulative weights over code indices: the largest code gets ≈ 6–10 % of codings. */
export function codeWeights(codes: number): Float64Array {
  const cumulative = new Float64Array(codes);
  let sum = 0;
  for (let i = 0; i < codes; i += 1) cumulative[i] = sum += 1 / Math.pow(i + 1, 0.65);
  return cumulative.map((w) => w / sum);
}

function pickWeighted(rng: Rng, cumulative: Float64Array): number {
  const r = rng();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface GeneratedCoding {
  start: number;
  end: number;
  codeIndex: number;
  coderIndex: number;
}

/**
 * `count` codings of one document on word boundaries: mostly fresh ranges (a few words to a long
 * passage), some nested inside an earlier coding, some overlapping one, some double-coded by
 * another coder (as when comparing coders). Code indices follow `weights` (see `codeWeights`).
 */
export function generateDocumentCodings(
  seed: number,
  index: number,
  text: string,
  count: number,
  weights: Float64Array,
  coders: number,
): GeneratedCoding[] {
  const rng = mulberry32(deriveSeed(seed, 4, index));
  const { starts, ends } = wordSpans(text);
  const n = starts.length;
  const spans: [number, number][] = [];
  const out: GeneratedCoding[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = rng();
    const back = spans.length - 1 - Math.floor(rng() * Math.min(spans.length, 8));
    const previous = spans.length > 0 ? spans[back]! : null;
    let first: number;
    let last: number;
    let coderIndex = int(rng, 0, coders - 1);
    let codeIndex = pickWeighted(rng, weights);
    if (previous && r < 0.15 && previous[1] - previous[0] >= 2) {
      first = int(rng, previous[0] + 1, previous[1]);
      last = int(rng, first, previous[1] - (first === previous[1] ? 0 : 1));
    } else if (previous && r < 0.3 && previous[1] > previous[0]) {
      first = int(rng, previous[0] + 1, previous[1]);
      last = Math.min(n - 1, previous[1] + int(rng, 1, 20));
    } else if (previous && r < 0.38 && coders > 1) {
      [first, last] = previous;
      const prior = out[back]!;
      coderIndex = (prior.coderIndex + int(rng, 1, coders - 1)) % coders;
      if (rng() < 0.6) codeIndex = prior.codeIndex;
    } else {
      const s = rng();
      const length = s < 0.05 ? int(rng, 1, 2) : s < 0.75 ? int(rng, 3, 25) : int(rng, 26, 120);
      first = int(rng, 0, Math.max(0, n - length));
      last = Math.min(n - 1, first + length - 1);
    }
    spans.push([first, last]);
    out.push({ start: starts[first]!, end: ends[last]!, codeIndex, coderIndex });
  }
  return out;
}
