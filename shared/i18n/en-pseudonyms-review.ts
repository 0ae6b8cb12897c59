import type { frPseudonymsReview } from './fr-pseudonyms-review';

/** The « Pseudonymisation » view: review table, preview, apply (issue 9). */
export const enPseudonymsReview: Record<keyof typeof frPseudonymsReview, string> = {};
