/** Merging another researcher's work (issue 8). */
export const frMerge = {} as const;
