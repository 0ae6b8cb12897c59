/** One user action in the undo history. */
export interface HistoryEntry {
  id: number;
  label: string;
  coder: string;
  at: string;
  undone: boolean;
}

export interface HistoryState {
  entries: HistoryEntry[];
  canUndo: boolean;
  canRedo: boolean;
}
