/** The case table: cases, typed attributes, values, and links of cases to documents or parts of them. Spread into `shared/contract.ts`. */
export const caseCalls = {} as const;
