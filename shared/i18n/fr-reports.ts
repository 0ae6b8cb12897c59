/** The synthesis report (issue 7). */
export const frReports = {} as const;
