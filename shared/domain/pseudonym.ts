/** Pseudonymisation of the field material (issue 9): candidates, decisions, the correspondence table. */

/** What a candidate is: a person, a place, an e-mail address, a phone number, a postal address, a date of birth. */
export const pseudonymKinds = ['person', 'place', 'email', 'phone', 'address', 'birthdate', 'other'] as const;
export type PseudonymKind = (typeof pseudonymKinds)[number];

/** How pseudonyms are made up: « Personne A », « Personne B »…; a list of first names; typed by the researcher. */
export const pseudonymSchemes = ['letters', 'firstNames', 'free'] as const;
export type PseudonymScheme = (typeof pseudonymSchemes)[number];

/** Why a candidate was found (a speaker, a case name, a capitalised word, the place list, a pattern, the researcher). */
export type CandidateSource = 'speaker' | 'case' | 'capitalised' | 'placeList' | 'pattern' | 'manual';

/** One occurrence of a candidate, with a few words around it. */
export interface CandidateContext {
  documentId: number;
  documentName: string;
  /** UTF-16 offsets of the occurrence in the document's text. */
  start: number;
  end: number;
  before: string;
  after: string;
}

/** A line of the review table. `decision` is 'pending' until the researcher accepts or rejects it. */
export interface PseudonymCandidate {
  /** The text as found (whole words). Entries are keyed by it. */
  original: string;
  kind: PseudonymKind;
  source: CandidateSource;
  /** Occurrences in the corpus (whole words, same case-insensitive, accent-sensitive form). */
  count: number;
  documentCount: number;
  /** The first occurrences (at most 5). */
  contexts: CandidateContext[];
  decision: 'pending' | 'accepted' | 'rejected';
  /** The replacement, when decided (accepted) or proposed by the scheme. */
  pseudonym: string | null;
}

/** A stored line of the correspondence table. */
export interface PseudonymEntry {
  id: number;
  original: string;
  pseudonym: string;
  kind: PseudonymKind;
  decision: 'accepted' | 'rejected';
  source: CandidateSource;
}

/** How many replacements the accepted entries would make, per document. */
export interface PseudonymPreview {
  documents: { documentId: number; name: string; replacements: number }[];
  replacements: number;
  /** Codings whose range moves, and codings whose text changes (a replaced name inside them). */
  codingsMoved: number;
  codingsChanged: number;
}

/** The outcome of pseudonymising the project in place. */
export interface PseudonymApplyResult {
  replacements: number;
  documents: number;
  /** Path of the automatic backup made before the change (null in a browser demo without a folder). */
  backupPath: string | null;
}
