import type { CooccurrenceMode } from './analysis';
import type { ExtractFilters } from './extract';

/** The charts a synthesis report can hold, drawn as images after the codes. */
export const reportCharts = ['matrix', 'crosstab', 'map'] as const;
export type ReportChart = (typeof reportCharts)[number];

/** What the researcher asks of a synthesis report (issue 7). */
export interface ReportRequest {
  /** The code whose family is reported: itself and every code under it, in codebook order. */
  familyId: number;
  /** The case attribute for the counts by value (« Branche »); none: no table by value. */
  attributeId?: number;
  charts: ReportChart[];
  /** When two codes co-occur, as in « Analyse ». */
  mode: CooccurrenceMode;
  /** For `near`: how many reading units apart, at most. */
  within: number;
  /** Default: « Rapport de synthèse — <famille> ». */
  title?: string;
  filters: ExtractFilters;
}

/** How far a long report has gone; `cancelled()` stops it at the next code. */
export interface ReportProgress {
  report(done: number, total: number): void;
  cancelled(): boolean;
}

/** Passages, documents and cases of one code under the filters (as `extracts:list` counts them). */
export interface ReportCounts {
  passages: number;
  documents: number;
  cases: number;
}

/** A code that co-occurs with a code of the report. */
export interface ReportPartner {
  codeId: number;
  path: string;
  color: string;
  /** Co-occurring passages (n12). */
  passages: number;
  /** The c-coefficient n12 / (n1 + n2 − n12). */
  c: number;
}

/** A key quotation (« citation clé ») with where it comes from. */
export interface ReportQuote {
  codingId: number | null;
  text: string;
  /** « document, cas, bloc › question ou locuteur, temps ». */
  source: string;
}

/** Everything the report says about one code. */
export interface ReportCode {
  codeId: number;
  name: string;
  path: string;
  color: string;
  /** 0 for the family itself. */
  depth: number;
  definition: string;
  inclusion: string;
  exclusion: string;
  /** Anchor examples chosen in the codebook (their text). */
  examples: string[];
  counts: ReportCounts;
  /** With the codings of its sub-codes; only for a code that has some. */
  withChildren: ReportCounts | null;
  /** Passages and cases per value of the chosen attribute, in the columns' order. */
  byValue: { passages: number; cases: number }[];
  partners: ReportPartner[];
  quotes: ReportQuote[];
  /** Key quotations left out of the report (beyond its maximum per code). */
  moreQuotes: number;
}
