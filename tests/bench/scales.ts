import type { FileSet } from './import-files';

/**
 * The three corpus scales of `npm run bench` and the operations it times, with the budgets of
 * DESIGN.md ("What fast means here") where one applies to the very same operation.
 */

export type ScaleName = 'small' | 'medium' | 'large';

export interface Scale {
  name: ScaleName;
  documents: number;
  wordsPerDocument: number;
  codings: number;
  /** families × perFamily = codes (each family is a code with perFamily - 1 sub-codes). */
  families: number;
  perFamily: number;
  codes: number;
  coders: number;
  /** Repetitions of write operations (each on a fresh project) and of read operations. */
  writeReps: number;
  readReps: number;
  /** DESIGN.md: peak memory of the main process for 2,000 documents < 500 MB. */
  memoryBudgetMb: number | null;
  /**
   * Import rows: .txt transcripts of `wordsPerDocument` words and .docx files (1,500–3,000 words)
   * imported from a folder (null: no such row at this scale), whether the two 40,000-word
   * transcripts are imported, and repetitions (each into a fresh project).
   */
  importTxtFiles: number;
  importDocxFiles: number | null;
  importLong: boolean;
  importReps: number;
}

export const SEED = 0xba115e;

export const scales: Record<ScaleName, Scale> = {
  small: {
    name: 'small', documents: 20, wordsPerDocument: 2_000, codings: 2_000, families: 4, perFamily: 10, codes: 40,
    coders: 3, writeReps: 5, readReps: 15, memoryBudgetMb: null,
    importTxtFiles: 20, importDocxFiles: 20, importLong: false, importReps: 5,
  },
  // The corpus of DESIGN.md: 200 documents × 6,000 words, 150 codes, 40,000 codings.
  medium: {
    name: 'medium', documents: 200, wordsPerDocument: 6_000, codings: 40_000, families: 10, perFamily: 15, codes: 150,
    coders: 3, writeReps: 3, readReps: 11, memoryBudgetMb: null,
    importTxtFiles: 200, importDocxFiles: 200, importLong: true, importReps: 3,
  },
  large: {
    name: 'large', documents: 2_000, wordsPerDocument: 6_000, codings: 100_000, families: 10, perFamily: 20, codes: 200,
    coders: 3, writeReps: 1, readReps: 5, memoryBudgetMb: 500,
    importTxtFiles: 2_000, importDocxFiles: null, importLong: false, importReps: 1,
  },
};

export const scaleNames = Object.keys(scales) as ScaleName[];

const n = (x: number): string => x.toLocaleString('en-US');

export function describeScale(s: Scale): string {
  const imports = [`${n(s.importTxtFiles)} .txt`];
  if (s.importDocxFiles !== null) imports.push(`${n(s.importDocxFiles)} .docx`);
  if (s.importLong) imports.push('one 40,000-word .docx and .txt');
  return `${n(s.documents)} docs × ${n(s.wordsPerDocument)} words, ${n(s.codings)} codings, ${s.codes} codes; imports of ${imports.join(', ')}`;
}

export type OperationId =
  | 'create'
  | 'insert-documents'
  | 'insert-codings'
  | 'open'
  | 'list-codes'
  | 'get-document'
  | 'info'
  | 'import-txt'
  | 'import-docx'
  | 'import-long-docx'
  | 'import-long-txt'
  | 'apply-code'
  | 'ui-open-transcript'
  | 'ui-scroll'
  | 'ui-apply-code'
  | 'ui-lexical-open'
  | 'extracts-code'
  | 'extracts-family'
  | 'search-word'
  | 'search-phrase'
  | 'search-prefix'
  | 'search-autocode'
  | 'cooccurrence-overlap'
  | 'cooccurrence-unit';

/** What a cost should grow with, for the growth table. */
export type Driver = 'nothing' | 'words' | 'codings' | 'file' | 'document' | 'input';

export interface Operation {
  id: OperationId;
  label: string;
  driver: Driver;
  /** The DESIGN.md time budget of this exact operation, if any (see `note`, and `at` for imports). */
  budgetMs: number | null;
  note: string | null;
  /** Import rows: the files imported at a scale; null when the row is not run at that scale. */
  files?: (scale: Scale) => FileSet | null;
  /** The scales the row runs at, when not all (the coding view rows run in Chromium on the DESIGN.md corpus). */
  only?: ScaleName[];
  /** Label and budget at a scale, when they depend on it (the number of files imported). */
  at?: (scale: Scale) => { label: string; budgetMs: number | null };
}

const LONG_TRANSCRIPT_WORDS = 40_000;

/** An import of `count` files has the DESIGN.md budget only for the 200 files the budget names. */
const importAt = (extension: string, count: (s: Scale) => number | null, budgetFor200: number) => (s: Scale) => {
  const files = count(s) ?? 0;
  return { label: `import ${n(files)} ${extension} files`, budgetMs: files === 200 ? budgetFor200 : null };
};

/** Said once for all import rows. */
export const IMPORT_NOTE =
  "import rows: service call 'imports:paths' on a folder of generated files (duplicates: 'import') into a fresh 'vide' project, " +
  'read, parse, interpret and one transaction per file, checkpoint included; files written before the timing, ' +
  'from the page cache; every file is checked to be imported with the turns and grid answers it holds. ' +
  'The cancel probe (notes below) asks imports:cancel from a macrotask, as an IPC or worker-thread message arrives';

export const operations: Operation[] = [
  { id: 'create', label: 'create project', driver: 'nothing', budgetMs: null, note: null },
  {
    id: 'insert-documents',
    label: 'insert documents',
    driver: 'words',
    budgetMs: null,
    note: 'one transaction of insertDocument (text, units, full-text index); not an import from files (see the import rows)',
  },
  { id: 'insert-codings', label: 'bulk-insert codings', driver: 'codings', budgetMs: null, note: 'one transaction of insertCodings' },
  {
    id: 'open',
    label: 'open project',
    driver: 'file',
    budgetMs: null,
    note: 'ProjectSession.open: lock, quick_check, coder; the rolling backup it starts runs on in the background (see "backup+close")',
  },
  { id: 'list-codes', label: 'list codebook with counts', driver: 'codings', budgetMs: null, note: "service call 'codebook:list'" },
  {
    id: 'get-document',
    label: 'open largest document with codings',
    driver: 'document',
    budgetMs: null,
    note: "service call 'documents:get' on the most coded document: only the data side of \"open a 40,000-word transcript with 1,500 codings, first paint < 300 ms\"",
  },
  { id: 'info', label: 'project info counts', driver: 'codings', budgetMs: null, note: "service call 'projects:info'" },
  {
    id: 'import-txt',
    label: 'import .txt files',
    driver: 'input',
    budgetMs: null,
    note: 'transcripts of wordsPerDocument words with [hh:mm:ss] turns, a third each in UTF-8 (LF), Windows-1252 (CRLF) and UTF-8 with BOM (CRLF); DESIGN.md budget < 1 s for 200 files (medium), none claimed for other counts',
    files: (s) => ({ format: 'txt', files: s.importTxtFiles, words: s.wordsPerDocument }),
    at: importAt('.txt', (s) => s.importTxtFiles, 1_000),
  },
  {
    id: 'import-docx',
    label: 'import .docx files',
    driver: 'input',
    budgetMs: null,
    note: 'Word files of 1,500–3,000 words, half observation sheets (2- and 3-column grids, gridSpan block rows), half transcripts; DESIGN.md budget < 20 s for 200 files (medium), none claimed for other counts',
    files: (s) => (s.importDocxFiles === null ? null : { format: 'docx', files: s.importDocxFiles, words: null }),
    at: importAt('.docx', (s) => s.importDocxFiles, 20_000),
  },
  {
    id: 'import-long-docx',
    label: `import one ${n(LONG_TRANSCRIPT_WORDS)}-word transcript (.docx)`,
    driver: 'input',
    budgetMs: null,
    note: 'timed turns, in one folder of its own; DESIGN.md sets no budget for importing one long file, so none is claimed',
    files: (s) => (s.importLong ? { format: 'docx', files: 1, words: LONG_TRANSCRIPT_WORDS } : null),
  },
  {
    id: 'import-long-txt',
    label: `import one ${n(LONG_TRANSCRIPT_WORDS)}-word transcript (.txt)`,
    driver: 'input',
    budgetMs: null,
    note: 'timed turns, in one folder of its own; DESIGN.md sets no budget for importing one long file, so none is claimed',
    files: (s) => (s.importLong ? { format: 'txt', files: 1, words: LONG_TRANSCRIPT_WORDS } : null),
  },
];

operations.push(
  {
    id: 'apply-code',
    label: 'apply a code (service)',
    driver: 'codings',
    budgetMs: 50,
    note: "service calls 'codings:add' on a word range of the most coded document, then 'codings:forDocument' (what the view reloads); the page's share is the 'ui-apply-code' row",
  },
  {
    id: 'ui-open-transcript',
    label: 'open a 40,000-word transcript with 1,500 codings (page)',
    driver: 'nothing',
    budgetMs: 300,
    note: 'Chromium, web mode over loopback HTTP: click in the document list → first frame with the text, highlights and stripes (documents:get, codings, layout of the visible blocks; off-screen blocks use content-visibility:auto)',
    only: ['medium'],
  },
  {
    id: 'ui-scroll',
    label: 'scroll that transcript top to bottom (frame interval)',
    driver: 'nothing',
    budgetMs: null,
    note: 'scrollTop advanced at 1,200 px/s in requestAnimationFrame; the time is the median interval between frames (16.7 ms at 60 Hz), the detail gives p95, max and frames over 50 ms; DESIGN.md says « smooth » without a figure',
    only: ['medium'],
  },
  {
    id: 'ui-apply-code',
    label: 'apply a code with key 1 until its stripe shows (page)',
    driver: 'nothing',
    budgetMs: 50,
    note: 'Chromium, in that transcript, in the medium project (200 documents, 40,000 codings): keydown → first frame with the new stripe',
    only: ['medium'],
  },
  {
    id: 'ui-lexical-open',
    label: 'load that transcript into a Lexical editor (page)',
    driver: 'nothing',
    budgetMs: null,
    note: "the alternative the coding view did not take: « Modifier le texte » builds a plain Lexical tree of the whole text; compare with the 'open a 40,000-word transcript' row (no budget: editing mode)",
    only: ['medium'],
  },
);

operations.push(
  {
    id: 'extracts-code',
    label: 'all extracts of the largest code, with context',
    driver: 'codings',
    budgetMs: null,
    note: "DESIGN.md's row: service call 'extracts:list' (context on) for the code with the most codings (its own, sub-codes not included): codings, structure, cases and the paragraph or turn before and after each passage; the first call of a session also reads the documents' texts and structure (max column); DESIGN.md's budget is for its corpus, the medium scale",
    at: (s) => ({ label: 'all extracts of the largest code, with context', budgetMs: s.name === 'medium' ? 100 : null }),
  },
  {
    id: 'extracts-family',
    label: 'extracts of the largest code family as the browser asks (first 5,000 with context, all counted)',
    driver: 'codings',
    budgetMs: null,
    note: "service call 'extracts:list' (context on, limit 5,000: the Extraits codés view's first page; « Tout afficher » asks for the rest) for the family with the most codings, sub-codes included; DESIGN.md names no budget for it",
  },
);

/** The search rows: DESIGN.md's budget (< 10 ms, diacritics folded) is for its corpus, the medium scale. */
const searchAt = (label: string) => (s: Scale) => ({ label, budgetMs: s.name === 'medium' ? 10 : null });
const SEARCH_NOTE =
  "service call 'search:run' as the Recherche view makes it (500 keyword-in-context lines listed, every result counted), " +
  'on the project opened once; the first call reads the documents into the word cache (its time is in the detail), the median is of the calls after it';

operations.push(
  {
    id: 'search-word',
    label: 'search a common word, accents folded',
    driver: 'words',
    budgetMs: null,
    note: `query « telephone » (finds « téléphone »); ${SEARCH_NOTE}`,
    at: searchAt('search a common word, accents folded'),
  },
  {
    id: 'search-phrase',
    label: 'search an exact phrase',
    driver: 'words',
    budgetMs: null,
    note: 'query « "mot de passe" »; same call',
    at: searchAt('search an exact phrase'),
  },
  {
    id: 'search-prefix',
    label: 'search a prefix',
    driver: 'words',
    budgetMs: null,
    note: 'query « numéri* » (numérique, numériques…), the example of issue 5; same call',
    at: searchAt('search a prefix'),
  },
  {
    id: 'search-autocode',
    label: 'count what coding all results would code (sentences)',
    driver: 'words',
    budgetMs: null,
    note: "service call 'search:autocode' with preview, scope sentence, query « telephone »: every result widened to its sentence and checked against existing codings; no DESIGN.md budget",
  },
);

/** DESIGN.md's row « co-occurrence matrix, 150 codes, 40,000 codings: < 100 ms » is the medium scale (the issue allows 150 ms). */
const matrixAt = (label: string) => (s: Scale) => ({ label, budgetMs: s.name === 'medium' ? 100 : null });
const MATRIX_NOTE =
  "service call 'analysis:cooccurrence' for every code of the codebook (each its own codings, no filter): codings read, cases resolved, passages merged, " +
  'pairs counted by a sweep line per document, with documents, cases, Jaccard and c; the first call of a session reads what it needs (max column)';

operations.push(
  {
    id: 'cooccurrence-overlap',
    label: 'co-occurrence matrix of every code, by overlap',
    driver: 'codings',
    budgetMs: null,
    note: MATRIX_NOTE,
    at: matrixAt('co-occurrence matrix of every code, by overlap'),
  },
  {
    id: 'cooccurrence-unit',
    label: 'co-occurrence matrix of every code, same paragraph or turn',
    driver: 'codings',
    budgetMs: null,
    note: `${MATRIX_NOTE}; this mode also places each coding in the documents' reading units (structure cache)`,
    at: matrixAt('co-occurrence matrix of every code, same paragraph or turn'),
  },
);

/** Whether an operation has a row at a scale (import rows exist only at some scales). */
export function runsAt(op: Operation, scale: ScaleName): boolean {
  if (op.only && !op.only.includes(scale)) return false;
  return op.files === undefined || op.files(scales[scale]) !== null;
}

export function labelAt(op: Operation, scale: ScaleName): string {
  return op.at ? op.at(scales[scale]).label : op.label;
}

export function budgetAt(op: Operation, scale: ScaleName): number | null {
  return op.at ? op.at(scales[scale]).budgetMs : op.budgetMs;
}
