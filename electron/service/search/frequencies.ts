import { wordEndAt } from '../../../shared/search/fold';
import { frenchStopWords } from '../../../shared/search/stopwords';
import type { WordFrequencies, WordFrequency } from '../../../shared/search/types';
import type { Db } from '../../db/open';
import { wordCache } from './word-cache';

export interface FrequencyOptions {
  documentIds?: readonly number[];
  excludeStopWords: boolean;
  /** In characters (code points) of the folded word. */
  minLength: number;
  limit: number;
}

const DIGITS = /^\p{N}+$/u;
/** Occurrences of a word read for its usual spelling. */
const SPELLING_SAMPLE = 200;
const length = (word: string): number => {
  let n = 0;
  for (let i = 0; i < word.length; i += 1) if ((word.charCodeAt(i) & 0xfc00) !== 0xdc00) n += 1;
  return n;
};

/**
 * The most frequent words of the documents: folded forms counted together (région, Région,
 * REGION), shown in the spelling found most often (among its first 200 occurrences, in the
 * documents' order). Numbers are left out; stop words when asked.
 * Lemmas are not merged (numérique and numériques are two words).
 */
export function wordFrequencies(db: Db, options: FrequencyOptions): WordFrequencies {
  const cache = wordCache(db);
  let documents = cache.documents();
  if (options.documentIds) {
    const wanted = new Set(options.documentIds);
    documents = documents.filter((d) => wanted.has(d.id));
  }
  const words = cache.words(documents);
  const lexicon = cache.lexicon;
  const counts = new Uint32Array(lexicon.size);
  const documentCounts = new Uint32Array(lexicon.size);
  const lastDocument = new Int32Array(lexicon.size).fill(-1);
  let index = 0;
  for (const document of documents) {
    const ids = words.get(document.id)!.ids;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      counts[id] = counts[id]! + 1;
      if (lastDocument[id] !== index) {
        lastDocument[id] = index;
        documentCounts[id] = documentCounts[id]! + 1;
      }
    }
    index += 1;
  }

  const stop = options.excludeStopWords ? frenchStopWords() : null;
  const kept: number[] = [];
  let total = 0;
  for (let id = 0; id < counts.length; id += 1) {
    if (counts[id] === 0) continue;
    const term = lexicon.term(id);
    if (length(term) < options.minLength || DIGITS.test(term) || stop?.has(term)) continue;
    kept.push(id);
    total += counts[id]!;
  }
  kept.sort((a, b) => counts[b]! - counts[a]! || (lexicon.term(a) < lexicon.term(b) ? -1 : 1));
  const top = kept.slice(0, options.limit);

  // The spelling of each listed word found most often among its first occurrences, read from the texts.
  const left = new Uint32Array(lexicon.size);
  for (const id of top) left[id] = SPELLING_SAMPLE;
  let wanted = top.length * SPELLING_SAMPLE;
  const spellings = new Map<number, Map<string, number>>();
  for (const document of documents) {
    if (wanted === 0) break;
    const doc = words.get(document.id)!;
    const text = cache.text(document);
    for (let i = 0; i < doc.ids.length; i += 1) {
      const id = doc.ids[i]!;
      if (left[id] === 0) continue;
      left[id] = left[id]! - 1;
      wanted -= 1;
      const spelling = text.slice(doc.starts[i], wordEndAt(text, doc.starts[i]!));
      let forms = spellings.get(id);
      if (!forms) spellings.set(id, (forms = new Map()));
      forms.set(spelling, (forms.get(spelling) ?? 0) + 1);
    }
  }
  const list: WordFrequency[] = top.map((id) => {
    let best = lexicon.term(id);
    let bestCount = 0;
    for (const [form, n] of spellings.get(id) ?? []) {
      // The most frequent spelling; on a tie, the one in lower case.
      if (n > bestCount || (n === bestCount && form === form.toLocaleLowerCase('fr') && best !== best.toLocaleLowerCase('fr'))) {
        best = form;
        bestCount = n;
      }
    }
    return { word: best, folded: lexicon.term(id), count: counts[id]!, documents: documentCounts[id]! };
  });
  return { words: list, total, distinct: kept.length, documents: documents.length };
}
