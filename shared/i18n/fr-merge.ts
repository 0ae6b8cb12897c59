/** Merging another researcher's work (issue 8). */
export const frMerge = {
  'history.merge': 'Fusion du projet « {file} »',
} as const;
