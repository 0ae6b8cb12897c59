/** The synthesis report (issue 7): a DOCX per code family. Spread into `shared/contract.ts`. */
export const reportCalls = {} as const;
