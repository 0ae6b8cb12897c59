/** Full-text search, autocoding of its hits, word frequencies. */
export const frSearch = {
} as const;
