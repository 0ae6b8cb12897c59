/** The coded-extract browser: code queries, filters, saved queries. */
export const frExtracts = {
} as const;
