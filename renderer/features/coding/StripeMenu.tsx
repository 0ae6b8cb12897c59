import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { Icon, type IconName } from '../../ui/Icon';

export interface StripeAction {
  id: string;
  label: string;
  icon: IconName;
  run: () => void;
  danger?: boolean;
}

interface Props {
  coding: DocumentCoding;
  code: Code | undefined;
  coderName: string | null;
  excerpt: string;
  /** Where the menu opens: the stripe clicked, or the caret. */
  anchor: DOMRect;
  actions: StripeAction[];
  onClose: () => void;
}

/**
 * What can be done with one coding, opened from its stripe or from the caret (Maj+F10): select
 * the passage, change its code, comment it, remove it. A WAI-ARIA menu: arrows move, Enter runs,
 * Échap closes and gives the focus back.
 */
export function StripeMenu({ coding, code, coderName, excerpt, anchor, actions, onClose }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ top: anchor.top, left: anchor.right + 8 });

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    const left = anchor.right + 8 + width > window.innerWidth ? Math.max(8, anchor.left - width - 8) : anchor.right + 8;
    const top = Math.max(8, Math.min(anchor.top, window.innerHeight - height - 8));
    setPosition({ top, left });
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [anchor]);

  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      event.preventDefault();
    }
  }

  return (
    <div
      ref={ref}
      className="stripe-menu"
      role="menu"
      aria-label={t('coding.menu.label', { code: code?.path ?? '' })}
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKey}
      data-coding-id={coding.id}
    >
      <div className="stripe-menu__header" role="presentation">
        <p className="stripe-menu__code">
          <span className="swatch" style={{ backgroundColor: code?.color }} aria-hidden="true" />
          <span>{code?.path}</span>
        </p>
        {coderName ? <p className="stripe-menu__meta">{t('coding.menu.coder', { name: coderName })}</p> : null}
        <p className="stripe-menu__excerpt">{excerpt}</p>
      </div>
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`stripe-menu__item ${action.danger ? 'stripe-menu__item--danger' : ''}`}
          onClick={() => {
            onClose();
            action.run();
          }}
        >
          <Icon name={action.icon} size={16} />
          <span>{action.label}</span>
        </button>
      ))}
    </div>
  );
}
