/** The code × attribute tables. */
export const frCrosstab = {
  'crosstab.title': '…',
} as const;
