/** The « Pseudonymisation » view: review table, preview, apply (issue 9). */
export const frPseudonymsReview = {} as const;
