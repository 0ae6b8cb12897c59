/** Inter-coder agreement (issue 8). */
export const frAgreement = {} as const;
