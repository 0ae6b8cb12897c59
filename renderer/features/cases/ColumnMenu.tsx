import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  id: string;
  label: string;
  /** A radio item (the attribute's type) shows whether it is the chosen one. */
  checked?: boolean;
  danger?: boolean;
  disabled?: boolean;
  /** A line above the item, to group the items. */
  separated?: boolean;
}

interface Props {
  label: string;
  items: MenuItem[];
  /** The button or cell that opened the menu: the menu sits under it and gives it the focus back. */
  anchor: HTMLElement;
  onChoose: (id: string) => void;
  onClose: () => void;
}

/**
 * A column's menu (WAI-ARIA menu button pattern): Up/Down/Home/End move, Enter or Space choose,
 * Escape or Tab close and give the focus back; a click elsewhere closes it. Drawn over everything
 * (a portal), under its anchor, kept inside the window.
 */
export function ColumnMenu({ label, items, anchor, onChoose, onClose }: Props) {
  const menu = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const width = menu.current?.offsetWidth ?? 220;
    const height = menu.current?.offsetHeight ?? 300;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const top = rect.bottom + height + 8 > window.innerHeight ? Math.max(8, rect.top - height - 4) : rect.bottom + 4;
    setPlace({ top, left });
  }, [anchor]);

  const placed = place !== null;
  useEffect(() => {
    if (placed) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [placed]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !anchor.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [anchor, onClose]);

  const close = () => {
    onClose();
    anchor.focus();
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return createPortal(
    <ul
      ref={menu}
      role="menu"
      aria-label={label}
      className="row-menu case-menu"
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li key={item.id} role="none" className={item.separated ? 'case-menu__group' : undefined}>
          <button
            type="button"
            role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
            aria-checked={item.checked}
            aria-disabled={item.disabled || undefined}
            tabIndex={-1}
            className={`row-menu__item case-menu__item ${item.danger ? 'row-menu__item--danger' : ''}`}
            onClick={() => {
              if (item.disabled) return;
              close();
              onChoose(item.id);
            }}
          >
            {item.checked !== undefined ? <span className="case-menu__check" aria-hidden="true">{item.checked ? '●' : ''}</span> : null}
            {item.label}
          </button>
        </li>
      ))}
    </ul>,
    document.body,
  );
}
