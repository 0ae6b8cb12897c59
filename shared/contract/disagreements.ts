/** Passages where coders differ, and their resolution (issue 8); the coder's identity. Spread into `shared/contract.ts`. */
export const disagreementCalls = {} as const;
