/**
 * Inter-coder agreement (issue 8): what is asked and what comes back. The figures are computed in
 * `shared/agreement/` (definitions there); the service only reads the codings.
 */

/** What is compared: each character of the text, or each structural unit (grid answer, turn, paragraph). */
export const agreementLevels = ['character', 'unit'] as const;
export type AgreementLevel = (typeof agreementLevels)[number];

/** Whether the text no coder coded counts (`include`) or is left out (`exclude`). */
export const uncodedChoices = ['include', 'exclude'] as const;
export type UncodedChoice = (typeof uncodedChoices)[number];

/** A coder who has coded something, with how much. */
export interface AgreementCoder {
  id: number;
  name: string;
  color: string;
  codings: number;
  documents: number;
}

export interface AgreementRequest {
  /** At least two coders, in the order their columns are shown (the first is « A » of the 2×2 table). */
  coderIds: number[];
  /** Default: the documents coded by at least two of the coders. */
  documentIds?: number[];
  /** Default: the codes the coders applied in those documents, each with its own codings. */
  codeIds?: number[];
  /** A chosen code also counts the codings of its sub-codes. */
  withChildren: boolean;
  level: AgreementLevel;
  uncoded: UncodedChoice;
}

/**
 * Two coders' 2×2 table, in characters (UTF-16 units) or in units: « both coded », « only the
 * first », « only the second », « neither ». Only where both coders coded the document.
 */
export interface AgreementTable {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

/**
 * Krippendorff's coincidence matrix for the values « coded » (1) and « not coded » (0): each
 * compared character or unit with m coders adds its m(m − 1) ordered pairs of values, each weighted
 * 1/(m − 1) (and by the segment's length at the character level). `mixed` is o₀₁ (= o₁₀).
 */
export interface AgreementCoincidences {
  coded: number;
  uncoded: number;
  mixed: number;
}

export interface AgreementCounts {
  /** Characters or units compared: those of documents at least two of the coders coded. */
  compared: number;
  /** Two coders only; null otherwise. */
  table: AgreementTable | null;
  coincidences: AgreementCoincidences;
}

/**
 * Why a figure is not defined: nothing to compare (`noData`: no document coded by two of the
 * coders, or no coded text once uncoded text is left out), or every compared value is the same
 * (`noVariation`: nobody applied the code, or perfect agreement on coded text only), where κ and α
 * divide zero by zero.
 */
export type UndefinedReason = 'noData' | 'noVariation';

export interface AgreementFigures {
  /** Share of agreeing pairs of values, 0..1 (two coders: the share of characters or units where they agree). */
  percent: number | null;
  /** Cohen's kappa; null with other than two coders, or undefined. */
  kappa: number | null;
  /** Krippendorff's alpha (nominal, see shared/agreement/coefficients.ts). */
  alpha: number | null;
  reason: UndefinedReason | null;
  counts: AgreementCounts;
}

export interface AgreementDocument {
  documentId: number;
  name: string;
  /** The chosen coders who coded the document (any code): the others count as absent, not as « not coded ». */
  coderIds: number[];
  /** Characters (UTF-16 units) or units of the document. */
  size: number;
}

export interface AgreementResult {
  coderIds: number[];
  level: AgreementLevel;
  uncoded: UncodedChoice;
  withChildren: boolean;
  documents: AgreementDocument[];
  /** One row per chosen code, in the codebook's order. */
  byCode: ({ codeId: number } & AgreementFigures)[];
  /** One row per document, every chosen code pooled. */
  byDocument: ({ documentId: number } & AgreementFigures)[];
  /** Every code and document pooled: the per-code tables added up. */
  overall: AgreementFigures;
}
