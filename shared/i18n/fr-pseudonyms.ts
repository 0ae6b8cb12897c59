/** Pseudonymisation: detection, review table, replacement (issue 9). */
export const frPseudonyms = {} as const;
