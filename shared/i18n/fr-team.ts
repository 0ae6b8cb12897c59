/** The « Équipe » view's shell (issue 8) and the « Pseudonymisation » view's tab (issue 9). */
export const frTeam = {
  'workspace.view.team': 'Équipe',
  'workspace.view.pseudonyms': 'Pseudonymisation',
  'team.tabs': 'Travail en équipe',
  'team.tab.agreement': 'Accord inter-codeurs',
  'team.tab.disagreements': 'Désaccords',
  'team.tab.merge': 'Fusionner un projet',
} as const;
