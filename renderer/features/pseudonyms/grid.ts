/**
 * The review grid's active cell without React (WAI-ARIA grid pattern): one line per candidate,
 * keyed by its text so that the active cell survives filters, decisions and reloads.
 */
export const reviewColumns = ['original', 'kind', 'count', 'documents', 'context', 'decision', 'pseudonym'] as const;
export type ReviewColumn = (typeof reviewColumns)[number];

export interface ActiveCell {
  /** The candidate's text (`original`), or null when the table is empty. */
  row: string | null;
  col: ReviewColumn;
}

export type ReviewMove = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

/** Arrows move one step and stop at the edges; Home/End go to the ends of the line; Ctrl+Home/End to the first and last line. */
export function moveActive(from: ActiveCell, move: ReviewMove, rows: readonly string[], page = 10): ActiveCell {
  if (rows.length === 0) return { row: null, col: from.col };
  const at = Math.max(0, from.row === null ? 0 : rows.indexOf(from.row));
  const col = reviewColumns.indexOf(from.col);
  const row = (index: number) => rows[Math.max(0, Math.min(rows.length - 1, index))]!;
  const column = (index: number) => reviewColumns[Math.max(0, Math.min(reviewColumns.length - 1, index))]!;
  switch (move) {
    case 'up':
      return { row: row(at - 1), col: from.col };
    case 'down':
      return { row: row(at + 1), col: from.col };
    case 'left':
      return { row: row(at), col: column(col - 1) };
    case 'right':
      return { row: row(at), col: column(col + 1) };
    case 'rowStart':
      return { row: row(at), col: column(0) };
    case 'rowEnd':
      return { row: row(at), col: column(reviewColumns.length - 1) };
    case 'top':
      return { row: row(0), col: from.col };
    case 'bottom':
      return { row: row(rows.length - 1), col: from.col };
    case 'pageUp':
      return { row: row(at - page), col: from.col };
    case 'pageDown':
      return { row: row(at + page), col: from.col };
  }
}

/** The active cell once the lines changed: the same candidate if still shown, else the line that took its place. */
export function keepActive(cell: ActiveCell, previousRows: readonly string[], rows: readonly string[]): ActiveCell {
  if (rows.length === 0) return { row: null, col: cell.col };
  if (cell.row !== null && rows.includes(cell.row)) return cell;
  const index = cell.row === null ? 0 : previousRows.indexOf(cell.row);
  return { row: rows[Math.min(Math.max(index, 0), rows.length - 1)]!, col: cell.col };
}

/** The key of a grid key press without modifiers, or null when the grid leaves it to others (Ctrl+Z…). */
export function plainKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
