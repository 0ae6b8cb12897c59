export interface Code {
  id: number;
  parentId: number | null;
  position: number;
  name: string;
  /** `#rrggbb` */
  color: string;
  /** The definition of the code. */
  description: string;
  /** Criteria for applying the code. */
  inclusion: string;
  /** Criteria for not applying it (and which code to use instead). */
  exclusion: string;
  /** Path from the root, e.g. `Freins/Liés aux publics`. */
  path: string;
  codingCount: number;
  documentCount: number;
  /** Cases whose linked document (or linked part of one) holds at least one coding of the code. */
  caseCount: number;
  /** Codings chosen as anchor examples of the code. */
  exampleCount: number;
}

/** How a template or an import describes a code before it has an id. */
export interface CodeSeed {
  name: string;
  color: string;
  description: string;
  children?: CodeSeed[];
}

/**
 * Twelve calm colours, distinguishable from one another and dark enough for a white check mark,
 * offered when a code is created or recoloured; a custom colour stays possible.
 */
export const codePalette = [
  '#c0504d',
  '#d9822b',
  '#c9a227',
  '#7a9a3a',
  '#2e8b57',
  '#2a9d8f',
  '#3b7dd8',
  '#5a5fc8',
  '#8e5cc2',
  '#c2548f',
  '#8d6e63',
  '#607d8b',
] as const;

/** The first palette colour none of `used` has, else the next one in turn. */
export function nextPaletteColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return codePalette.find((c) => !taken.has(c)) ?? codePalette[used.length % codePalette.length]!;
}

/** One coding of a code as the codebook editor shows it (split, anchor examples). */
export interface CodeCoding {
  id: number;
  codeId: number;
  documentId: number;
  documentName: string;
  start: number;
  end: number;
  /** The coded text, at most 300 characters (an ellipsis marks a cut). */
  excerpt: string;
  coderName: string | null;
  /** Chosen as an anchor example of `codeId`. */
  example: boolean;
}

/** What deleting a code would remove. */
export interface CodeDeletePreview {
  /** The code and all its descendants. */
  codes: number;
  /** Names of the descendants, in tree order. */
  descendants: string[];
  codings: number;
  /** Code memos of the removed codes. */
  memos: number;
  /** Comments on the removed codings. */
  comments: number;
  /** Documents that hold at least one removed coding. */
  documents: number;
  examples: number;
}

export interface CodeMergeResult {
  /** Codings moved to the target. */
  moved: number;
  /** Codings dropped because the target already coded the same passage. */
  collapsed: number;
}
