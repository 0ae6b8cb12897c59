import type { ExtractFilters } from './extract';

/**
 * When two codes co-occur (DESIGN: analysis):
 * - `overlap`: their codings share at least one character (touching ranges do not overlap);
 * - `unit`: their codings touch the same reading unit (grid answer, speaker turn, paragraph);
 * - `near`: their codings lie at most `within` reading units apart (0 is the same as `unit`);
 * - `document`: their codings lie in the same document.
 */
export const cooccurrenceModes = ['overlap', 'unit', 'near', 'document'] as const;
export type CooccurrenceMode = (typeof cooccurrenceModes)[number];

/**
 * What a matrix cell or a map edge shows:
 * - `count`: co-occurring passages (n12, see CooccurrencePair);
 * - `documents` / `cases`: in how many documents / for how many cases they co-occur;
 * - `jaccard`: documents where they co-occur over documents holding either code;
 * - `c`: the c-coefficient n12 / (n1 + n2 − n12), n1 and n2 counted as passages at the same grain.
 */
export const cooccurrenceMeasures = ['count', 'documents', 'cases', 'jaccard', 'c'] as const;
export type CooccurrenceMeasure = (typeof cooccurrenceMeasures)[number];

/** The codes an analysis is about: each code's row counts its sub-codes' codings too when `withChildren`. */
export interface CodeChoice {
  codeIds: number[];
  withChildren: boolean;
}

export interface CooccurrenceRequest extends CodeChoice {
  mode: CooccurrenceMode;
  /** For `near`: how many reading units apart, at most. */
  within: number;
  filters: ExtractFilters;
}

/** One code of a matrix, with its own counts under the same filters and grain. */
export interface CodeTotals {
  codeId: number;
  name: string;
  /** `Famille/Code`. */
  path: string;
  color: string;
  /** The top-level code (family) it belongs to; itself for a family. */
  familyId: number;
  /** n1: the code's passages at the grain of the mode (codings that meet are one passage). */
  passages: number;
  documents: number;
  cases: number;
}

/**
 * Two codes that co-occur at least once. `a` comes before `b` in the request's order.
 * A co-occurring passage is a connected group of passages of `a` and of `b` that meet (overlap,
 * share a unit, lie within N units, share the document), holding at least one of each; so
 * n12 ≤ min(n1, n2) and the c-coefficient stays within 0 and 1.
 */
export interface CooccurrencePair {
  a: number;
  b: number;
  /** n12. */
  passages: number;
  documents: number;
  /** Cases of both meeting passages (a case of the passage of `a` and of the passage of `b`). */
  cases: number;
  jaccard: number;
  c: number;
}

export interface CooccurrenceMatrix {
  mode: CooccurrenceMode;
  within: number;
  /** In the request's order; codes that no longer exist are left out. */
  codes: CodeTotals[];
  /** Only pairs that co-occur, each unordered pair once. */
  pairs: CooccurrencePair[];
}

/** The value a measure gives a pair. */
export function pairValue(pair: CooccurrencePair, measure: CooccurrenceMeasure): number {
  switch (measure) {
    case 'count':
      return pair.passages;
    case 'documents':
      return pair.documents;
    case 'cases':
      return pair.cases;
    case 'jaccard':
      return pair.jaccard;
    case 'c':
      return pair.c;
  }
}

/** What a code × attribute cell counts. `casePercent`: cases of the column with the code, over the column's cases. */
export const crosstabCells = ['passages', 'documents', 'cases', 'casePercent'] as const;
export type CrosstabCell = (typeof crosstabCells)[number];

export interface CrosstabRequest extends CodeChoice {
  /** One attribute, or a combination (Branche × Rôle): a column per combination of values. */
  attributeIds: number[];
  filters: ExtractFilters;
}

export interface CrosstabColumn {
  /** The value of each attribute of the request, in its order; null for a case without that value. */
  values: (string | null)[];
  /** How many cases (under the filters) have this combination. */
  cases: number;
}

export interface CrosstabCounts {
  passages: number;
  documents: number;
  cases: number;
}

export interface CrosstabRow {
  codeId: number;
  path: string;
  color: string;
  /** One per column, in the columns' order. */
  cells: CrosstabCounts[];
  /** The code over all columns (a passage with cases in two columns counts once). */
  total: CrosstabCounts;
}

/**
 * Codes × values of attributes. A passage counts in a column when one of its cases has that
 * column's values (the extract browser's attribute filter gives the same passages).
 */
export interface Crosstab {
  attributes: { id: number; name: string }[];
  columns: CrosstabColumn[];
  rows: CrosstabRow[];
}

/** Where a node of the theme map stays: saved with the project, the same for every slide. */
export interface MapPosition {
  codeId: number;
  x: number;
  y: number;
  pinned: boolean;
}

export const matrixOrders = ['alphabetical', 'frequency', 'similarity'] as const;
export type MatrixOrder = (typeof matrixOrders)[number];

export const crosstabDisplays = ['table', 'bars'] as const;
export type CrosstabDisplay = (typeof crosstabDisplays)[number];

/** Everything a view needs to draw itself again: what a slide keeps. */
export type AnalysisSpec =
  | {
      kind: 'matrix';
      codes: CodeChoice;
      mode: CooccurrenceMode;
      within: number;
      measure: CooccurrenceMeasure;
      order: MatrixOrder;
      filters: ExtractFilters;
    }
  | {
      kind: 'crosstab';
      codes: CodeChoice;
      attributeIds: number[];
      cell: CrosstabCell;
      display: CrosstabDisplay;
      filters: ExtractFilters;
    }
  | {
      kind: 'map';
      codes: CodeChoice;
      mode: CooccurrenceMode;
      within: number;
      measure: CooccurrenceMeasure;
      /** Edges below this value of the measure are hidden. */
      threshold: number;
      /**
       * While true (a new map), a map with more than 3 links per code is drawn at the threshold that
       * keeps about 2 links per code, the strongest (shared/analysis/map-graph.ts automaticThreshold):
       * 150 codes can meet in 11,000 pairs, a tangle nobody reads or drags. Moving the slider ends it.
       */
      autoThreshold?: boolean;
      filters: ExtractFilters;
    };

export type AnalysisKind = AnalysisSpec['kind'];
export const analysisKinds = ['matrix', 'crosstab', 'map'] as const;

/** A saved view of the seminar's sequence (« diapositive »). */
export interface Slide {
  id: number;
  title: string;
  spec: AnalysisSpec;
  /** Order in the sequence, from 0. */
  position: number;
  createdAt: string;
}
