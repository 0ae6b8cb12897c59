import type { frAnalysis } from './fr-analysis';

export const enAnalysis: Record<keyof typeof frAnalysis, string> = {
  'history.addSlide': 'Add the slide “{title}”',
  'history.editSlide': 'Edit the slide “{title}”',
  'history.moveSlide': 'Move the slide “{title}”',
  'history.deleteSlide': 'Delete the slide “{title}”',
  'workspace.view.analysis': 'Analysis',
  'analysis.savedQuery': 'Use the filters of a saved query',
  'analysis.savedQuery.choose': 'Choose a query…',
  'analysis.tabs': 'Analysis views',
  'analysis.tab.matrix': 'Co-occurrence',
  'analysis.tab.crosstab': 'Codes × attributes',
  'analysis.tab.map': 'Theme map',
  'analysis.tab.slides': 'Slides',
};
