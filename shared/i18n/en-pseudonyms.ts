import type { frPseudonyms } from './fr-pseudonyms';

/** Pseudonymisation: detection, review table, replacement (issue 9). */
export const enPseudonyms: Record<keyof typeof frPseudonyms, string> = {};
