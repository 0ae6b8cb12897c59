import { useEffect, useRef, useState } from 'react';
import { cellId, keepCell, moveCell, type CellRef, type GridColumnKey, type Move } from './gridModel';

/**
 * The grid's one tab stop: the active cell, kept on the same case when rows are sorted, filtered
 * or reloaded, and focused (scrolled into view) when the keyboard or a click moves it.
 */
export function useActiveCell(base: string, rows: readonly number[], columns: readonly GridColumnKey[]) {
  const [stored, setStored] = useState<{ cell: CellRef; rows: readonly number[] }>({ cell: { row: rows[0] ?? 'header', col: columns[1] ?? 'select' }, rows });
  const [focusNonce, setFocusNonce] = useState(0);
  let current = stored;
  if (!sameRows(stored.rows, rows)) {
    // The rows changed (sorted, filtered, reloaded): the active cell follows its case.
    current = { cell: keepCell(stored.cell, stored.rows, rows, columns), rows };
    setStored(current);
  }
  const active = keepCell(current.cell, current.rows, rows, columns);
  // Whether the grid has the keyboard focus: rows moved by a new order must not lose it.
  const focused = useRef(false);
  const order = rows.join(',');
  useEffect(() => {
    if (!focused.current || (document.activeElement && document.activeElement !== document.body)) return;
    document.getElementById(cellId(base, active))?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order]);
  const focusEvents = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: (event: { relatedTarget: EventTarget | null; currentTarget: HTMLElement }) => {
      // A blur towards nothing is a row moved in the DOM (or the window left): keep the flag.
      if (event.relatedTarget !== null) focused.current = event.currentTarget.contains(event.relatedTarget as Node);
    },
  };

  useEffect(() => {
    if (focusNonce === 0) return;
    const element = document.getElementById(cellId(base, active));
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Only a move asks for the focus; a reload keeps it where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusNonce]);

  /** Makes `cell` active; `focus` moves the keyboard focus there too. */
  const activate = (cell: CellRef, focus = true) => {
    setStored({ cell, rows });
    if (focus) setFocusNonce((n) => n + 1);
  };

  /** Moves from the active cell (or from `from`, the cell just edited) and focuses the cell reached. */
  const move = (direction: Move, page?: number, from: CellRef = active): CellRef => {
    const next = moveCell(from, direction, rows, columns, page);
    activate(next);
    return next;
  };

  return { active, activate, move, focusEvents };
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
