import type { CaseColumnKey } from '../../../shared/cases/table';
import type { AttributeType, CaseAttribute } from '../../../shared/domain/case';

/**
 * The case table's grid, without React: its columns (a selection checkbox, the case's name, its
 * documents, one per attribute, its description) and how the active cell moves (WAI-ARIA grid pattern).
 */
export type GridColumnKey = 'select' | CaseColumnKey;

export interface GridColumn {
  key: GridColumnKey;
  /** The attribute of an attribute column. */
  attribute?: CaseAttribute;
  /** How its values read, sort and filter (null: the selection column). */
  type: AttributeType | null;
  /** Enter, F2 or typing edits the cell in place. */
  editable: boolean;
}

export function gridColumns(attributes: readonly CaseAttribute[]): GridColumn[] {
  return [
    { key: 'select', type: null, editable: false },
    { key: 'name', type: 'text', editable: true },
    { key: 'links', type: 'number', editable: false },
    ...attributes.map((attribute): GridColumn => ({ key: `a${attribute.id}`, attribute, type: attribute.type, editable: true })),
    { key: 'description', type: 'text', editable: true },
  ];
}

/** A row of the grid: the header, or a case by its id (so the active cell survives sorting and reloads). */
export type RowKey = number | 'header';

export interface CellRef {
  row: RowKey;
  col: GridColumnKey;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

/**
 * Where the active cell goes: arrows one step (stopping at the edges), Home/End to the ends of the
 * row, Ctrl+Home/End to the first and last case, PageUp/PageDown by `page` rows. The header row
 * sits above the first case.
 */
export function moveCell(from: CellRef, move: Move, rows: readonly number[], columns: readonly GridColumnKey[], page = 10): CellRef {
  const keys: RowKey[] = ['header', ...rows];
  const clampRow = (index: number) => keys[Math.max(0, Math.min(keys.length - 1, index))]!;
  const clampCol = (index: number) => columns[Math.max(0, Math.min(columns.length - 1, index))]!;
  const row = Math.max(0, keys.indexOf(from.row));
  const col = Math.max(0, columns.indexOf(from.col));
  switch (move) {
    case 'up':
      return { row: clampRow(row - 1), col: from.col };
    case 'down':
      return { row: clampRow(row + 1), col: from.col };
    case 'left':
      return { row: keys[row]!, col: clampCol(col - 1) };
    case 'right':
      return { row: keys[row]!, col: clampCol(col + 1) };
    case 'rowStart':
      return { row: keys[row]!, col: clampCol(0) };
    case 'rowEnd':
      return { row: keys[row]!, col: clampCol(columns.length - 1) };
    case 'top':
      return { row: clampRow(1), col: from.col };
    case 'bottom':
      return { row: clampRow(keys.length - 1), col: from.col };
    case 'pageUp':
      return { row: clampRow(Math.max(1, row - page)), col: from.col };
    case 'pageDown':
      return { row: clampRow(row + page), col: from.col };
  }
}

/** The active cell once the rows changed: the same case if still shown, else the row that took its place. */
export function keepCell(cell: CellRef, previousRows: readonly number[], rows: readonly number[], columns: readonly GridColumnKey[]): CellRef {
  const col = columns.includes(cell.col) ? cell.col : (columns[1] ?? 'select');
  if (cell.row === 'header' || rows.includes(cell.row)) return { row: cell.row, col };
  const index = previousRows.indexOf(cell.row);
  const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
  return { row: row ?? 'header', col };
}

/** The cases from `anchor` to `to` in the shown order, for Shift+click and Shift+arrows. */
export function rangeBetween(rows: readonly number[], anchor: number, to: number): number[] {
  const a = rows.indexOf(anchor);
  const b = rows.indexOf(to);
  if (a < 0 || b < 0) return [to];
  return rows.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** A stable DOM id for a cell, for focusing it and for aria-activedescendant-free roving tabindex. */
export function cellId(base: string, cell: CellRef): string {
  return `${base}-${cell.row}-${cell.col}`;
}
