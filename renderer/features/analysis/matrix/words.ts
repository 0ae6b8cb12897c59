/** The French names of the matrix's choices, as catalogue keys (each written out, so the catalogue test sees them). */
import type { CooccurrenceMeasure, CooccurrenceMode, MatrixOrder } from '../../../../shared/domain/analysis';
import type { MessageKey } from '../../../../shared/i18n';

export const modeLabel: Record<CooccurrenceMode, MessageKey> = {
  overlap: 'matrix.mode.overlap',
  unit: 'matrix.mode.unit',
  near: 'matrix.mode.near',
  document: 'matrix.mode.document',
};

/** The mode inside a sentence: « Freins/Liés aux publics × Savoir-faire/Mise en capacité — même unité ». */
export const modeShort: Record<CooccurrenceMode, MessageKey> = {
  overlap: 'matrix.modeShort.overlap',
  unit: 'matrix.modeShort.unit',
  near: 'matrix.modeShort.near',
  document: 'matrix.modeShort.document',
};

export const measureLabel: Record<CooccurrenceMeasure, MessageKey> = {
  count: 'matrix.measure.count',
  documents: 'matrix.measure.documents',
  cases: 'matrix.measure.cases',
  jaccard: 'matrix.measure.jaccard',
  c: 'matrix.measure.c',
};

export const measureHelp: Record<CooccurrenceMeasure, MessageKey> = {
  count: 'matrix.measureHelp.count',
  documents: 'matrix.measureHelp.documents',
  cases: 'matrix.measureHelp.cases',
  jaccard: 'matrix.measureHelp.jaccard',
  c: 'matrix.measureHelp.c',
};

export const orderLabel: Record<MatrixOrder, MessageKey> = {
  alphabetical: 'matrix.order.alphabetical',
  frequency: 'matrix.order.frequency',
  similarity: 'matrix.order.similarity',
};

/** What the diagonal shows for a measure: the code's own documents or cases, else its passages. */
export function diagonalOf(measure: CooccurrenceMeasure): 'passages' | 'documents' | 'cases' {
  return measure === 'documents' ? 'documents' : measure === 'cases' ? 'cases' : 'passages';
}

export const diagonalWord: Record<'passages' | 'documents' | 'cases', MessageKey> = {
  passages: 'matrix.legend.passages',
  documents: 'matrix.legend.documents',
  cases: 'matrix.legend.cases',
};

/** Ratios with two decimals, counts as whole numbers, in the language's digits (« 0,67 », « 1 234 »). */
export function formatValue(value: number, measure: CooccurrenceMeasure, lang: 'fr' | 'en'): string {
  const ratio = measure === 'jaccard' || measure === 'c';
  return value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', ratio ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 });
}
