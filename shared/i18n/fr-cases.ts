/** The case table: cases × attributes. */
export const frCases = {
} as const;
