import { useEffect, useRef, useState } from 'react';
import { keepActive, moveActive, reviewColumns, type ActiveCell, type ReviewColumn, type ReviewMove } from './grid';

/** A stable DOM id for a cell of the review grid (the text is encoded: it may hold any character). */
export function reviewCellId(base: string, row: string, col: ReviewColumn): string {
  return `${base}-${encodeURIComponent(row).replace(/%/g, '_')}-${col}`;
}

/**
 * The review grid's one tab stop: the active cell, kept on the same candidate when lines are
 * filtered, decided or reloaded, and focused (scrolled into view) when the keyboard or a click moves it.
 */
export function useReviewCursor(base: string, rows: readonly string[]) {
  const [stored, setStored] = useState<{ cell: ActiveCell; rows: readonly string[] }>({ cell: { row: rows[0] ?? null, col: reviewColumns[0] }, rows });
  const [focusNonce, setFocusNonce] = useState(0);
  let current = stored;
  if (!same(stored.rows, rows)) {
    current = { cell: keepActive(stored.cell, stored.rows, rows), rows };
    setStored(current);
  }
  const active = keepActive(current.cell, current.rows, rows);

  // When the line that had the focus leaves the table (decided under a filter), the focus follows.
  const focused = useRef(false);
  const order = rows.join('\n');
  useEffect(() => {
    if (!focused.current || (document.activeElement && document.activeElement !== document.body)) return;
    if (active.row !== null) document.getElementById(reviewCellId(base, active.row, active.col))?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order]);
  const focusEvents = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: (event: { relatedTarget: EventTarget | null; currentTarget: HTMLElement }) => {
      if (event.relatedTarget !== null) focused.current = event.currentTarget.contains(event.relatedTarget as Node);
    },
  };

  useEffect(() => {
    if (focusNonce === 0 || active.row === null) return;
    const element = document.getElementById(reviewCellId(base, active.row, active.col));
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusNonce]);

  const activate = (cell: ActiveCell, focus = true) => {
    setStored({ cell, rows });
    if (focus) setFocusNonce((n) => n + 1);
  };
  const move = (direction: ReviewMove, page?: number) => activate(moveActive(active, direction, rows, page));

  return { active, activate, move, focusEvents };
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}
