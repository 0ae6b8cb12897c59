import type { frMerge } from './fr-merge';

/** Merging another researcher's work (issue 8). */
export const enMerge: Record<keyof typeof frMerge, string> = {
  'history.merge': 'Merge of project “{file}”',
};
