/** Inter-coder agreement (issue 8): percent, Cohen's kappa, Krippendorff's alpha. Spread into `shared/contract.ts`. */
export const agreementCalls = {} as const;
