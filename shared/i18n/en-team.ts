import type { frTeam } from './fr-team';

/** The « Équipe » view's shell (issue 8) and the « Pseudonymisation » view's tab (issue 9). */
export const enTeam: Record<keyof typeof frTeam, string> = {
  'workspace.view.team': 'Team',
  'workspace.view.pseudonyms': 'Pseudonymisation',
  'team.tabs': 'Team work',
  'team.tab.agreement': 'Inter-coder agreement',
  'team.tab.disagreements': 'Disagreements',
  'team.tab.merge': 'Merge a project',
};
