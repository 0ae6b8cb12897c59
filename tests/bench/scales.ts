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
}

export const SEED = 0xba115e;

export const scales: Record<ScaleName, Scale> = {
  small: {
    name: 'small', documents: 20, wordsPerDocument: 2_000, codings: 2_000, families: 4, perFamily: 10, codes: 40,
    coders: 3, writeReps: 5, readReps: 15, memoryBudgetMb: null,
  },
  // The corpus of DESIGN.md: 200 documents × 6,000 words, 150 codes, 40,000 codings.
  medium: {
    name: 'medium', documents: 200, wordsPerDocument: 6_000, codings: 40_000, families: 10, perFamily: 15, codes: 150,
    coders: 3, writeReps: 3, readReps: 11, memoryBudgetMb: null,
  },
  large: {
    name: 'large', documents: 2_000, wordsPerDocument: 6_000, codings: 100_000, families: 10, perFamily: 20, codes: 200,
    coders: 3, writeReps: 1, readReps: 5, memoryBudgetMb: 500,
  },
};

export const scaleNames = Object.keys(scales) as ScaleName[];

export function describeScale(s: Scale): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return `${n(s.documents)} docs × ${n(s.wordsPerDocument)} words, ${n(s.codings)} codings, ${s.codes} codes`;
}

export type OperationId = 'create' | 'insert-documents' | 'insert-codings' | 'open' | 'list-codes' | 'get-document' | 'info';

/** What a cost should grow with, for the growth table. */
export type Driver = 'nothing' | 'words' | 'codings' | 'file' | 'document';

export interface Operation {
  id: OperationId;
  label: string;
  driver: Driver;
  /** A DESIGN.md time budget for this exact operation; none of the budgets is (see `note`). */
  budgetMs: number | null;
  note: string | null;
}

export const operations: Operation[] = [
  { id: 'create', label: 'create project', driver: 'nothing', budgetMs: null, note: null },
  {
    id: 'insert-documents',
    label: 'insert documents',
    driver: 'words',
    budgetMs: null,
    note: 'one transaction of insertDocument (text, units, full-text index); not an import from files, so not the "import 200 .txt < 1 s" budget',
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
];
