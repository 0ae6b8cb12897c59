import type { frWorkspace } from './fr-workspace';

export const enWorkspace: Record<keyof typeof frWorkspace, string> = {
  'workspace.views': 'Workspace views',
  'workspace.view.documents': 'Coding',
  'workspace.view.cases': 'Case table',
  'workspace.view.extracts': 'Coded extracts',
  'workspace.view.search': 'Search',
};
