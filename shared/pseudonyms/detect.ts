import type { CandidateSource, PseudonymKind } from '../domain/pseudonym';
import { commonCapitalisedWords } from './common-words';
import { findPatterns } from './patterns';
import { Replacer } from './replace';
import { pseudonymKey } from './schemes';

/**
 * Candidates for pseudonymisation across the corpus: speaker names, case names, places of a list,
 * e-mail addresses, phone numbers, postal addresses, dates of birth, and capitalised words that
 * start no sentence and are no common French word (adjacent ones make one name: « Marie Dupont »).
 * Only what to look for: counting the occurrences is the replacement's matcher's job (Replacer),
 * so the counts shown are the replacements that would be made.
 */

export interface DetectionInput {
  texts: readonly string[];
  speakers: readonly string[];
  caseNames: readonly string[];
  /** Place names to look for (the default list and the researcher's). */
  places: readonly string[];
  /** Pseudonyms of the table: never proposed, nor any of their words. */
  pseudonyms: readonly string[];
}

export interface DetectedCandidate {
  original: string;
  kind: PseudonymKind;
  source: CandidateSource;
}

const WORD_TOKEN = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu;
/** What may come before a sentence's first word, after its end: spaces, quotes, brackets, dashes, bullets. */
const LEADING = /[\s«»"“”'’([—–•*-]/u;
const SENTENCE_END = /[.!?…\n\r]/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function isCapitalised(word: string): boolean {
  const first = word[0]!;
  if (first === first.toLocaleLowerCase('fr')) return false;
  // An acronym (CV, FJT, CAF) names an organisation or a thing, not a person.
  return word !== word.toLocaleUpperCase('fr') || word.length === 1;
}

function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && LEADING.test(text[i]!) && text[i] !== '\n') i -= 1;
  if (i < 0 || SENTENCE_END.test(text[i]!)) return true;
  // « Q : », « R : », « E1 : » open a turn: what follows starts a sentence. After a longer label
  // (« Médiatrice numérique : Inès »), a capital is more likely a name.
  if (text[i] === ':') {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    return text.slice(lineStart, i).trim().length <= 3;
  }
  return false;
}

/** Lower-cased words written in lower case somewhere in the corpus: common words, not names. */
function lowerCaseVocabulary(texts: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD_TOKEN)) {
      const word = match[0];
      if (word[0] === word[0]!.toLocaleLowerCase('fr') && word[0] !== word[0]!.toLocaleUpperCase('fr')) vocabulary.add(word.toLocaleLowerCase('fr'));
    }
  }
  return vocabulary;
}

/** Runs of capitalised, uncommon words separated by one space: « Marie Dupont », « Léa ». */
function capitalisedRuns(text: string, isNameWord: (word: string) => boolean): { text: string; atSentenceStart: boolean; words: number }[] {
  const runs: { text: string; atSentenceStart: boolean; words: number }[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) {
      const first = run[0]!;
      runs.push({ text: text.slice(first.start, run[run.length - 1]!.end), atSentenceStart: startsSentence(text, first.start), words: run.length });
    }
    run = [];
  };
  for (const match of text.matchAll(WORD_TOKEN)) {
    const token = { text: match[0], start: match.index, end: match.index + match[0].length };
    if (!isNameWord(token.text)) {
      flush();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && !/^[ \u00a0]$/u.test(text.slice(previous.end, token.start))) flush();
    run.push(token);
  }
  flush();
  return runs;
}

/** The candidates that are not a pseudonym of the table, nor one of its words. */
export function withoutPseudonyms(candidates: readonly DetectedCandidate[], pseudonyms: readonly string[]): DetectedCandidate[] {
  const excluded = new Set<string>();
  for (const pseudonym of pseudonyms) {
    excluded.add(pseudonymKey(pseudonym));
    for (const word of pseudonym.match(WORD_TOKEN) ?? []) excluded.add(pseudonymKey(word));
  }
  return candidates.filter((c) => !excluded.has(pseudonymKey(c.original)));
}

export function detectCandidates(input: DetectionInput): DetectedCandidate[] {
  const found = new Map<string, DetectedCandidate>();
  const add = (original: string, kind: PseudonymKind, source: CandidateSource) => {
    const text = original.normalize('NFC').trim().replace(/\s+/gu, ' ');
    const key = pseudonymKey(text);
    if (text.length < 2 || found.has(key)) return;
    found.set(key, { original: text, kind, source });
  };

  for (const speaker of input.speakers) if (!commonCapitalisedWords().has(pseudonymKey(speaker))) add(speaker, 'person', 'speaker');
  for (const name of input.caseNames) add(name, 'person', 'case');

  const placeKeys = new Set(input.places.map(pseudonymKey));
  const placeRegex = placeMatcher(input.places);
  for (const text of input.texts) {
    if (placeRegex) for (const found of placeRegex.find(text)) add(found, 'place', 'placeList');
    for (const match of findPatterns(text)) add(match.text, match.kind, 'pattern');
  }

  const common = commonCapitalisedWords();
  const vocabulary = lowerCaseVocabulary(input.texts);
  const isNameWord = (word: string) => {
    if (word.length < 2 || !isCapitalised(word)) return false;
    const lower = word.toLocaleLowerCase('fr');
    return !common.has(lower) && !vocabulary.has(lower);
  };
  for (const text of input.texts) {
    for (const run of capitalisedRuns(text, isNameWord)) {
      // A single capitalised word opening a sentence is only a sentence's first word.
      if (run.atSentenceStart && run.words === 1) continue;
      add(run.text, placeKeys.has(pseudonymKey(run.text)) ? 'place' : 'person', placeKeys.has(pseudonymKey(run.text)) ? 'placeList' : 'capitalised');
    }
  }
  return withoutPseudonyms([...found.values()], input.pseudonyms);
}

/** Place names as the replacement finds them (whole words), kept only where written with their capital. */
function placeMatcher(places: readonly string[]): { find(text: string): string[] } | null {
  const names = [...new Set(places.map((p) => p.normalize('NFC').trim()).filter((p) => p.length > 1))];
  if (names.length === 0) return null;
  const replacer = new Replacer(names.map((name, i) => ({ original: name, pseudonym: `\u0000${i}` })));
  const capital = (text: string) => text[0] !== text[0]!.toLowerCase();
  return { find: (text) => replacer.occurrences(text).filter((o) => capital(o.found)).map((o) => o.found) };
}
