/** Merging another researcher's project (.balise or .qdpx) into the open one (issue 8). */

/** What the merge brings, or would bring: the same counts before (preview) and after (apply). */
export interface MergeCounts {
  documents: {
    /** Same text fingerprint (content hash). */
    byHash: number;
    /** Same name, other fingerprint: a warning each when the texts differ. */
    byName: number;
    /** Theirs only: brought in whole. */
    new: number;
  };
  codes: {
    /** Same path (« Freins/Mobilité »). */
    matched: number;
    /** Same code (same GUID) under another path. */
    renamed: number;
    /** In their codebook only. */
    onlyTheirs: number;
    /** In mine only: nothing to do. */
    onlyMine: number;
    /** Codes created by the merge (their codes only on their side, « créer »). */
    created: number;
  };
  codings: {
    new: number;
    /** Same GUID already in my project: what makes a second merge bring nothing new. */
    alreadyHere: number;
    /** On a document whose text differs, and whose passage no longer exists in mine. */
    unplaceable: number;
    /** Of a code whose review said « ignorer ». */
    skipped: number;
  };
  /** `skipped`: memos about a coding or code that the merge does not bring. */
  memos: { new: number; alreadyHere: number; skipped: number };
  coders: { new: number };
  cases: {
    new: number;
    /** Attribute values taken from theirs where mine was empty. */
    values: number;
    /** Values that differ on both sides: mine kept, listed. */
    conflicts: number;
    links: number;
  };
}

/** A document of theirs matched to one of mine by name, or by fingerprint, whose text differs. */
export interface MergeTextDifference {
  theirName: string;
  myName: string;
  by: 'hash' | 'name';
  /** Their codings on it to carry over onto my text, and how many cannot be placed. */
  codings: number;
  unplaceable: number;
}

/** A code of theirs with the same GUID as one of mine, under another path. */
export interface MergeRenamedCode {
  guid: string;
  myPath: string;
  theirPath: string;
}

export interface MergeTheirCode {
  theirPath: string;
  color: string;
  /** Their codings with this code that are not here yet. */
  codings: number;
}

export interface MergeValueConflict {
  caseName: string;
  attribute: string;
  mine: string;
  theirs: string;
}

export interface MergeCoder {
  name: string;
  color: string;
}

export interface MergeReport {
  fileName: string;
  counts: MergeCounts;
  textDifferences: MergeTextDifference[];
  renamed: MergeRenamedCode[];
  onlyTheirs: MergeTheirCode[];
  onlyMine: string[];
  conflicts: MergeValueConflict[];
  /** Their coders missing here, created with their colour. */
  newCoders: MergeCoder[];
}

export type MergeCodeAction = 'create' | 'map' | 'skip';

export interface MergeCodeDecision {
  theirPath: string;
  action: MergeCodeAction;
  /** With `map`: the code of mine that receives their codings. */
  targetCodeId?: number;
}

export interface MergeRenameDecision {
  guid: string;
  take: 'mine' | 'theirs';
}

export interface MergeDecisions {
  codeDecisions: MergeCodeDecision[];
  renames: MergeRenameDecision[];
}
