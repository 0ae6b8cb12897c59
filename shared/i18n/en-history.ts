import type { frHistory } from './fr-history';

export const enHistory: Record<keyof typeof frHistory, string> = {
  'history.undoTo': 'Undo back to here',
  'history.undoToHint': 'Undo this action and every one after it',
  'history.redoTo': 'Redo up to here',
  'history.redoToHint': 'Redo the undone actions up to this one',
  'history.undoneTo': 'Undone back to: {label} ({count} actions)',
  'history.undoneTo.one': 'Undone: {label}',
  'history.redoneTo': 'Redone up to: {label} ({count} actions)',
  'history.redoneTo.one': 'Redone: {label}',
};
