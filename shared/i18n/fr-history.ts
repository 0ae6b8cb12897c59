/** The history panel: going back to, or forward to, any point. */
export const frHistory = {
  'history.undoTo': 'Annuler jusqu’ici',
  'history.undoToHint': 'Annuler cette action et toutes celles qui l’ont suivie',
  'history.redoTo': 'Rétablir jusqu’ici',
  'history.redoToHint': 'Rétablir les actions annulées jusqu’à celle-ci',
  'history.undoneTo': 'Annulé jusqu’à : {label} ({count} actions)',
  'history.undoneTo.one': 'Annulé : {label}',
  'history.redoneTo': 'Rétabli jusqu’à : {label} ({count} actions)',
  'history.redoneTo.one': 'Rétabli : {label}',
} as const;
