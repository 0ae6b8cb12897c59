/** The co-occurrence matrix. */
export const frMatrix = {
  'matrix.title': '…',
} as const;
