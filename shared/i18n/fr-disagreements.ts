/** Disagreements between coders and the coder's identity (issue 8). */
export const frDisagreements = {} as const;
