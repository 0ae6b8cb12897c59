/** Merging another researcher's project (.balise or .qdpx) into this one (issue 8). Spread into `shared/contract.ts`. */
export const mergeCalls = {} as const;
