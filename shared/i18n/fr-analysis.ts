/** The « Analyse » view: its tabs, the extracts drawer, exports, slides and presentation mode. */
export const frAnalysis = {
  'history.addSlide': 'Ajouter la diapositive « {title} »',
  'history.editSlide': 'Modifier la diapositive « {title} »',
  'history.moveSlide': 'Déplacer la diapositive « {title} »',
  'history.deleteSlide': 'Supprimer la diapositive « {title} »',
  'workspace.view.analysis': 'Analyse',
  'analysis.savedQuery': 'Reprendre les filtres d’une requête enregistrée',
  'analysis.savedQuery.choose': 'Choisir une requête…',
  'analysis.tabs': 'Vues d’analyse',
  'analysis.tab.matrix': 'Co-occurrences',
  'analysis.tab.crosstab': 'Codes × attributs',
  'analysis.tab.map': 'Carte des thèmes',
  'analysis.tab.slides': 'Diaporama',
} as const;
