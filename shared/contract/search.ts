/** Full-text search over the documents, autocoding of its hits, word frequencies. Spread into `shared/contract.ts`. */
export const searchCalls = {} as const;
