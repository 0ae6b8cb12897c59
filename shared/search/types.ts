import type { KwicLine } from './kwic';
import type { SearchScope } from './scope';

/** One result of a text search: its range in the document and its keyword-in-context line. */
export interface SearchHit extends KwicLine {
  start: number;
  end: number;
  /** Where it was said or written: the speaker of its turn, or the prompt (and column) of its grid answer. */
  where: string | null;
}

/** The results in one document: all are counted, the first ones (up to the limit) listed. */
export interface SearchDocumentHits {
  documentId: number;
  name: string;
  count: number;
  hits: SearchHit[];
}

export interface SearchResult {
  /** Results in all documents, and documents with at least one. */
  hits: number;
  documents: number;
  /** Fewer hits listed than found (the limit was reached); every count is still complete. */
  truncated: boolean;
  /** Documents with results, in the documents' order. */
  groups: SearchDocumentHits[];
  /** The searched words as folded (« region », « numeri* »), to say what was looked for. */
  words: string[];
}

export interface SearchAutocodeResult {
  /** Results of the query. */
  hits: number;
  /** Passages to code once widened to the scope (results in one sentence make one passage). */
  passages: number;
  /** Passages already inside a coding of this code by the current coder: left as they are. */
  alreadyCoded: number;
  /** Passages coded (or, in a preview, to be coded). */
  coded: number;
  /** Results with no unit of the scope (outside any speaker turn): not coded. */
  outside: number;
  /** Documents with at least one passage to code. */
  documents: number;
  scope: SearchScope;
  preview: boolean;
}

export interface WordFrequency {
  /** The spelling found most often (« région »). */
  word: string;
  /** Its folded form (« region »): every spelling counted together. */
  folded: string;
  count: number;
  documents: number;
}

export interface WordFrequencies {
  words: WordFrequency[];
  /** Words counted (after the stop words and the minimum length), distinct forms, documents read. */
  total: number;
  distinct: number;
  documents: number;
}
