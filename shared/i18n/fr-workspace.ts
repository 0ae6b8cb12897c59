/** The workspace views: the documents and the retrieval tools. */
export const frWorkspace = {
  'workspace.views': 'Vues de l’espace de travail',
  'workspace.view.documents': 'Codage',
  'workspace.view.cases': 'Tableau des cas',
  'workspace.view.extracts': 'Extraits codés',
  'workspace.view.search': 'Recherche',
} as const;
