import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isActive, type CaseColumnKey, type CaseFilters, type CaseSort } from '../../../shared/cases/table';
import type { CaseRow } from '../../../shared/domain/case';
import { useT } from '../../app/I18n';
import type { LocalText } from '../../app/Toasts';
import { CaseCell, cellText } from './CaseCell';
import { CellEditor, type CommitMove } from './CellEditor';
import { cellId, rangeBetween, type CellRef, type GridColumn, type Move } from './gridModel';
import { HeaderCell } from './HeaderCell';
import { useActiveCell } from './useActiveCell';

interface Props {
  columns: GridColumn[];
  /** The cases shown, sorted and filtered. */
  rows: CaseRow[];
  columnLabel: (column: GridColumn) => string;
  documentNames: ReadonlyMap<number, string>;
  sort: CaseSort | null;
  filters: CaseFilters;
  selection: ReadonlySet<number>;
  onSelection: (ids: ReadonlySet<number>) => void;
  /** Existing values of a column, offered while editing a category. */
  choices: (column: GridColumn) => string[];
  onSort: (key: CaseColumnKey) => void;
  /** Saves a typed value; resolves to the refusal to show, or null. */
  onCommit: (row: CaseRow, column: GridColumn, text: string) => Promise<LocalText | null>;
  onClear: (row: CaseRow, column: GridColumn) => void;
  onMenu: (column: GridColumn, anchor: HTMLElement) => void;
  onLinks: (row: CaseRow) => void;
  /** A case to move to once it is shown (one just created): its name cell becomes active. */
  reveal: number | null;
  /** Shown in place of the rows when the filters hide every case. */
  noRows: ReactNode;
}

const moves: Record<string, Move> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'rowStart',
  End: 'rowEnd',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};
const commitMoves: Record<Exclude<CommitMove, 'none'>, Move> = { down: 'down', up: 'up', right: 'right', left: 'left' };
const ROW_HEIGHT = 31;

/**
 * The case table as an ARIA grid: one tab stop; arrows, Home/End, Ctrl+Home/End and PageUp/PageDown
 * move; Enter or F2 edits a cell, typing replaces its value, Delete empties it; Space selects the
 * row (Shift extends), Ctrl+A selects every case shown; Enter on a header sorts, Alt+↓ opens its menu.
 */
export function CaseGrid(props: Props) {
  const { columns, rows, selection, onSelection } = props;
  const t = useT();
  const base = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const rowIds = rows.map((r) => r.id);
  const { active, activate, move, focusEvents } = useActiveCell(base, rowIds, columns.map((c) => c.key));
  const [editing, setEditing] = useState<{ row: number; col: GridColumn['key']; typed: string | null } | null>(null);
  const anchor = useRef<number | null>(null);

  const revealShown = props.reveal !== null && rowIds.includes(props.reveal);
  useEffect(() => {
    if (revealShown && props.reveal !== null) activate({ row: props.reveal, col: 'name' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.reveal, revealShown]);

  const rowOf = (cell: CellRef) => (cell.row === 'header' ? undefined : rows.find((r) => r.id === cell.row));
  const columnOf = (cell: CellRef) => columns.find((c) => c.key === cell.col)!;

  const select = (id: number, how: 'toggle' | 'range') => {
    const next = new Set(selection);
    if (how === 'range' && anchor.current !== null) for (const rowId of rangeBetween(rowIds, anchor.current, id)) next.add(rowId);
    else if (next.has(id)) next.delete(id);
    else next.add(id);
    if (how === 'toggle') anchor.current = id;
    onSelection(next);
  };
  const allShown = rows.length > 0 && rows.every((r) => selection.has(r.id));
  const toggleAll = () => onSelection(allShown ? new Set() : new Set(rowIds));

  function startEdit(cell: CellRef, typed: string | null) {
    const column = columnOf(cell);
    if (cell.row === 'header' || !column.editable) return;
    setEditing({ row: cell.row, col: column.key, typed });
  }

  function activateCell(cell: CellRef) {
    const row = rowOf(cell);
    const column = columnOf(cell);
    if (cell.row === 'header') {
      if (column.key === 'select') toggleAll();
      else props.onSort(column.key);
    } else if (row && column.key === 'select') select(row.id, 'toggle');
    else if (row && column.key === 'links') props.onLinks(row);
    else startEdit(cell, null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const ctrl = event.ctrlKey || event.metaKey;
    const row = rowOf(active);
    const column = columnOf(active);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2);
    if (event.key === 'Home' && ctrl) move('top');
    else if (event.key === 'End' && ctrl) move('bottom');
    else if (moves[event.key] && event.altKey && event.key === 'ArrowDown' && active.row === 'header') openMenu(column);
    else if (moves[event.key] && !event.altKey) {
      const next = move(moves[event.key]!, page);
      // Shift+↑/↓ extends the selection to the case reached.
      if (event.shiftKey && typeof next.row === 'number' && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        if (row && anchor.current === null) anchor.current = row.id;
        if (anchor.current !== null) onSelection(new Set([...selection, ...rangeBetween(rowIds, anchor.current, next.row)]));
      }
    } else if (event.key === 'Enter' || event.key === 'F2') activateCell(event.key === 'F2' && active.row === 'header' ? { ...active, col: 'select' } : active);
    else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') openMenu(column);
    else if (event.key === ' ' && row) select(row.id, event.shiftKey ? 'range' : 'toggle');
    else if (event.key === ' ' && active.row === 'header' && column.key === 'select') toggleAll();
    else if (ctrl && event.key.toLowerCase() === 'a') onSelection(new Set(rowIds));
    else if ((event.key === 'Delete' || event.key === 'Backspace') && row && column.editable && column.key !== 'name') props.onClear(row, column);
    else if (event.key === 'Escape' && selection.size > 0) onSelection(new Set());
    else if (event.key.length === 1 && !ctrl && !event.altKey && row && column.editable) startEdit(active, event.key);
    else return;
    event.preventDefault();
  }

  function openMenu(column: GridColumn) {
    if (column.key === 'select') return;
    const cell = document.getElementById(cellId(base, { row: 'header', col: column.key }));
    if (cell) props.onMenu(column, cell);
  }

  async function commit(row: CaseRow, column: GridColumn, text: string, how: CommitMove): Promise<LocalText | null> {
    if (text !== cellText(row, column)) {
      const refusal = await props.onCommit(row, column, text);
      if (refusal) return refusal;
    }
    setEditing(null);
    if (how !== 'none') move(commitMoves[how], undefined, { row: row.id, col: column.key });
    return null;
  }

  return (
    <div ref={scroller} className="case-grid__scroller">
      <table
        role="grid"
        className="case-grid"
        aria-label={t('caseTable.label')}
        aria-multiselectable="true"
        aria-rowcount={rows.length + 1}
        onKeyDown={onKeyDown}
        {...focusEvents}
      >
        <thead>
          <tr>
            {columns.map((column) =>
              column.key === 'select' ? (
                <th
                  key="select"
                  id={cellId(base, { row: 'header', col: 'select' })}
                  role="columnheader"
                  className="case-grid__head case-grid__select"
                  tabIndex={active.row === 'header' && active.col === 'select' ? 0 : -1}
                  onMouseDown={() => activate({ row: 'header', col: 'select' })}
                >
                  <input type="checkbox" tabIndex={-1} checked={allShown} aria-label={t('caseTable.selectAll')} onChange={toggleAll} disabled={rows.length === 0} />
                </th>
              ) : (
                <HeaderCell
                  key={column.key}
                  column={column}
                  label={props.columnLabel(column)}
                  id={cellId(base, { row: 'header', col: column.key })}
                  active={active.row === 'header' && active.col === column.key}
                  sort={props.sort}
                  filtered={isActive(props.filters.columns[column.key])}
                  onFocusCell={() => activate({ row: 'header', col: column.key })}
                  onSort={() => column.key !== 'select' && props.onSort(column.key)}
                  onMenu={(cell) => props.onMenu(column, cell)}
                />
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} aria-selected={selection.has(row.id)} className={selection.has(row.id) ? 'case-grid__row--selected' : undefined}>
              {columns.map((column) => {
                const cell = { row: row.id, col: column.key };
                const isEditing = editing?.row === row.id && editing.col === column.key;
                return (
                  <CaseCell
                    key={column.key}
                    id={cellId(base, cell)}
                    row={row}
                    column={column}
                    active={active.row === row.id && active.col === column.key}
                    selected={selection.has(row.id)}
                    documentNames={props.documentNames}
                    onFocusCell={() => activate(cell)}
                    onToggle={(shift) => select(row.id, shift ? 'range' : 'toggle')}
                    onOpen={() => (column.key === 'links' ? props.onLinks(row) : startEdit(cell, null))}
                  >
                    {isEditing ? (
                      <CellEditor
                        label={`${props.columnLabel(column)} — ${row.name}`}
                        type={column.type ?? 'text'}
                        original={cellText(row, column)}
                        typed={editing.typed}
                        choices={props.choices(column)}
                        onCommit={(text, how) => commit(row, column, text, how)}
                        onCancel={(refocus) => {
                          setEditing(null);
                          activate(cell, refocus);
                        }}
                      />
                    ) : null}
                  </CaseCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? props.noRows : null}
    </div>
  );
}
