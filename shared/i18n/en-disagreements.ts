import type { frDisagreements } from './fr-disagreements';

/** Disagreements between coders and the coder's identity (issue 8). */
export const enDisagreements: Record<keyof typeof frDisagreements, string> = {};
