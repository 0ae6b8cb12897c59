import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../app/I18n';
import { Icon } from '../../ui/Icon';

export const rowActions = ['newChild', 'rename', 'sheet', 'color', 'move', 'merge', 'split', 'delete'] as const;
export type RowAction = (typeof rowActions)[number];

const labels: Record<RowAction, MessageKey> = {
  newChild: 'codebook.newChild',
  rename: 'codebook.rename',
  sheet: 'codebook.sheet',
  color: 'codebook.color',
  move: 'codebook.moveMenu',
  merge: 'codebook.merge',
  split: 'codebook.split',
  delete: 'codebook.delete',
};

interface Props {
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAction: (action: RowAction) => void;
}

/**
 * The « … » menu of a code row (WAI-ARIA menu button): arrows move between items, Escape closes
 * and gives the focus back to the button, a click outside closes. Placed with fixed coordinates so
 * the scrolling panel does not clip it.
 */
export function RowMenu({ label, open, onOpenChange, onAction }: Props) {
  const t = useT();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) return;
    const rect = buttonRef.current.getBoundingClientRect();
    const height = menuRef.current?.offsetHeight ?? 0;
    const top = rect.bottom + height + 8 > window.innerHeight ? Math.max(8, rect.top - height - 4) : rect.bottom + 4;
    setPlace({ top, left: Math.max(8, rect.right - 200) });
  }, [open]);

  // Once placed (visible), the first item takes the focus.
  const placed = open && place !== null;
  useEffect(() => {
    if (placed) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [placed]);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) onOpenChange(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onOpenChange]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      onOpenChange(false);
      buttonRef.current?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="icon-btn code-row__menu"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        draggable={false}
        onClick={(event) => {
          event.stopPropagation();
          onOpenChange(!open);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
      >
        <Icon name="more" />
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className="row-menu"
          style={place ? { top: place.top, left: place.left } : { visibility: 'hidden', top: 0, left: 0 }}
          onKeyDown={onKeyDown}
          onClick={(event) => event.stopPropagation()}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          {rowActions.map((action) => (
            <li key={action} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`row-menu__item ${action === 'delete' ? 'row-menu__item--danger' : ''}`}
                onClick={() => {
                  onOpenChange(false);
                  onAction(action);
                }}
              >
                {t(labels[action])}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
