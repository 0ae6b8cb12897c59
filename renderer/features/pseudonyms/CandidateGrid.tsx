import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CandidateContext, PseudonymCandidate } from '../../../shared/domain/pseudonym';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { CandidateRow } from './CandidateRow';
import { plainKey, reviewColumns, type ReviewColumn, type ReviewMove } from './grid';
import type { Decision } from './review';
import { useReviewCursor } from './useReviewCursor';

/** Narrow columns show a short header; its full name is the accessible one. */
const shortHeaders: Partial<Record<ReviewColumn, MessageKey>> = {
  count: 'pseudonymsReview.column.countShort',
  documents: 'pseudonymsReview.column.documentsShort',
};

const headers: Record<ReviewColumn, MessageKey> = {
  original: 'pseudonymsReview.column.original',
  kind: 'pseudonymsReview.column.kind',
  count: 'pseudonymsReview.column.count',
  documents: 'pseudonymsReview.column.documents',
  context: 'pseudonymsReview.column.context',
  decision: 'pseudonymsReview.column.decision',
  pseudonym: 'pseudonymsReview.column.pseudonym',
};

const moves: Record<string, ReviewMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'rowStart',
  End: 'rowEnd',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};
const ROW_HEIGHT = 40;
/** Lines drawn at once: a large corpus finds thousands of words; the rest come on request (or through the filters). */
export const PAGE_ROWS = 200;

interface Props {
  rows: PseudonymCandidate[];
  /** « Saisie libre »: accepting asks for the pseudonym instead of making one up. */
  freeScheme: boolean;
  onDecide: (candidate: PseudonymCandidate, decision: Decision, pseudonym?: string) => Promise<boolean>;
  onShow: (context: CandidateContext) => void;
  /** Shown in place of the lines when the filters hide every candidate. */
  noRows: ReactNode;
  /** The id of the line that lists the keys. */
  describedBy?: string;
}

/**
 * The review table as an ARIA grid: one tab stop; arrows, Home/End, Ctrl+Home/End and PageUp/Down
 * move; A accepts, R rejects, Suppr sets back to « À revoir »; E or F2 edits the pseudonym (Enter
 * saves, Escape gives up); Enter on the context opens the list of passages, elsewhere the first passage.
 */
export function CandidateGrid({ rows: all, freeScheme, onDecide, onShow, noRows, describedBy }: Props) {
  const { t, tc } = useI18n();
  const [limit, setLimit] = useState(PAGE_ROWS);
  const rows = all.length > limit ? all.slice(0, limit) : all;
  const base = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const keys = rows.map((r) => r.original);
  const { active, activate, move, focusEvents } = useReviewCursor(base, keys);
  const [editing, setEditing] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusList, setFocusList] = useState<string | null>(null);
  const activeRow = rows.find((r) => r.original === active.row);

  const toggle = (original: string, open?: boolean) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (open ?? !next.has(original)) next.add(original);
      else next.delete(original);
      return next;
    });

  function edit(row: PseudonymCandidate) {
    activate({ row: row.original, col: 'pseudonym' }, false);
    setEditing(row.original);
  }

  /** Accepting keeps the pseudonym shown on the line (the one proposed): what is seen is what is stored. */
  function decide(row: PseudonymCandidate, decision: Decision) {
    // The line already says so: no action, nothing to undo.
    if (decision === row.decision) return;
    if (decision === 'accepted' && freeScheme && !row.pseudonym) edit(row);
    else void onDecide(row, decision, decision === 'accepted' ? (row.pseudonym ?? undefined) : undefined);
  }

  /** Enter on the context: the passages listed, the first one focused once drawn (ContextCell does it). */
  function openContexts(row: PseudonymCandidate) {
    toggle(row.original, true);
    setFocusList(row.original);
  }

  function onContextKey(event: KeyboardEvent<HTMLTableElement>, row: PseudonymCandidate): boolean {
    const target = event.target as HTMLElement;
    if (!target.closest('.pseudo-context__list')) return false;
    const buttons = [...(target.closest('.pseudo-context__list')?.querySelectorAll<HTMLElement>('button') ?? [])];
    const at = buttons.indexOf(target);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') {
      toggle(row.original, false);
      activate({ row: row.original, col: 'context' });
    } else return event.key === 'Enter' || event.key === ' ';
    event.preventDefault();
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const row = activeRow;
    if (row && onContextKey(event, row)) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = plainKey(event);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    if (ctrl && !event.altKey && event.key === 'Home') move('top');
    else if (ctrl && !event.altKey && event.key === 'End') move('bottom');
    else if (key && moves[key]) move(moves[key]!, page);
    else if (!row || key === null) return;
    else if (key === 'a') decide(row, 'accepted');
    else if (key === 'r') decide(row, 'rejected');
    else if (key === 'Delete' || key === 'Backspace') decide(row, 'pending');
    else if (key === 'e' || key === 'F2') edit(row);
    else if (key === 'Escape' && expanded.has(row.original)) toggle(row.original, false);
    else if (key === 'Enter' && active.col === 'pseudonym') edit(row);
    else if (key === 'Enter' && active.col === 'context' && row.contexts.length > 1) openContexts(row);
    else if (key === 'Enter' && row.contexts[0]) onShow(row.contexts[0]);
    else return;
    event.preventDefault();
  }

  return (
    <div ref={scroller} className="pseudo-grid__scroller">
      <table role="grid" className="pseudo-grid" aria-label={t('pseudonymsReview.grid.label')} aria-describedby={describedBy} aria-rowcount={all.length + 1} onKeyDown={onKeyDown} {...focusEvents}>
        <thead>
          <tr>
            {reviewColumns.map((col) => (
              <th
                key={col}
                role="columnheader"
                scope="col"
                className={`pseudo-grid__head pseudo-grid__cell--${col}`}
                aria-label={shortHeaders[col] ? t(headers[col]) : undefined}
                title={shortHeaders[col] ? t(headers[col]) : undefined}
              >
                {t(shortHeaders[col] ?? headers[col])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CandidateRow
              key={row.original}
              base={base}
              candidate={row}
              active={active.row === row.original ? active.col : null}
              editing={editing === row.original}
              expanded={expanded.has(row.original)}
              focusList={focusList === row.original}
              onListFocused={() => setFocusList(null)}
              onFocusCell={(col) => activate({ row: row.original, col }, false)}
              onDecide={(decision) => decide(row, decision)}
              onEdit={() => edit(row)}
              onSave={async (pseudonym) => {
                const saved = await onDecide(row, 'accepted', pseudonym);
                if (saved) {
                  setEditing(null);
                  activate({ row: row.original, col: 'pseudonym' });
                }
                return saved;
              }}
              onCancelEdit={(refocus) => {
                setEditing(null);
                activate({ row: row.original, col: 'pseudonym' }, refocus);
              }}
              onToggleContexts={() => toggle(row.original)}
              onShow={onShow}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? noRows : null}
      {all.length > rows.length ? (
        <div className="pseudo-grid__more">
          <Button size="sm" onClick={() => setLimit((n) => n + PAGE_ROWS)}>
            {t('pseudonymsReview.more', { shown: rows.length, total: all.length, next: tc(Math.min(PAGE_ROWS, all.length - rows.length), 'pseudonymsReview.more.next', 'pseudonymsReview.more.next.one') })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
