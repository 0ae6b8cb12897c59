import type { frDisagreements } from './fr-disagreements';

/** Disagreements between coders and the coder's identity (issue 8). */
export const enDisagreements: Record<keyof typeof frDisagreements, string> = {
  'disagreements.history.keep': 'Disagreement in “{document}”: keep {coder}’s coding',
  'disagreements.history.keepBoth': 'Disagreement in “{document}”: keep both codings',
};
