import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentGroup } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { Icon, type IconName } from '../../ui/Icon';

export interface GroupMenuTarget {
  /** The documents the menu acts on: one row, or the selection. */
  documentIds: number[];
  /** The button that opened the menu: it gets the focus back. */
  anchor: HTMLElement;
}

interface Props {
  target: GroupMenuTarget;
  groups: DocumentGroup[];
  /** Adds the documents to a group (member) or removes them from it. */
  onToggle: (group: DocumentGroup, member: boolean) => void;
  onNewGroup: () => void;
  onManage: () => void;
  onClose: () => void;
}

/**
 * A document's menu (WAI-ARIA menu button pattern): one checkbox item per group — checked when
 * every chosen document is in it, mixed when some are — then « Nouveau groupe… » and « Gérer les
 * groupes… ». Up/Down/Home/End move, Enter or Space choose, Escape or Tab close and give the focus
 * back to the button; a click elsewhere closes it. Drawn in a layer over the panels, under its button.
 */
export function GroupMenu({ target, groups, onToggle, onNewGroup, onManage, onClose }: Props) {
  const { t } = useI18n();
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const rect = target.anchor.getBoundingClientRect();
    const width = menu.current?.offsetWidth ?? 240;
    const height = menu.current?.offsetHeight ?? 200;
    const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8));
    const below = rect.bottom + 4;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 4) : below;
    setPosition({ top, left });
  }, [target.anchor]);

  // Once placed (a hidden element cannot take the focus), the first item gets it.
  const placed = position !== null;
  useEffect(() => {
    if (placed) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [placed]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !target.anchor.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [target.anchor, onClose]);

  const close = (refocus = true) => {
    onClose();
    if (refocus && target.anchor.isConnected) target.anchor.focus();
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = items[(at + 1) % items.length];
    else if (event.key === 'ArrowUp') next = items[(at - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    } else if (event.key === 'Tab') {
      close(false);
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  const ids = target.documentIds;
  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={t('documents.menu.groups')}
      className="doc-menu"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      data-testid="document-menu"
    >
      {groups.length > 0 ? (
        <div role="group" aria-label={t('documents.menu.groups')} className="doc-menu__group">
          <p className="doc-menu__heading" aria-hidden="true">
            {t('documents.menu.groups')}
          </p>
          {groups.map((group) => {
            const members = ids.filter((id) => group.documentIds.includes(id)).length;
            const checked = members === ids.length ? true : members === 0 ? false : 'mixed';
            return (
              <button
                key={group.id}
                type="button"
                role="menuitemcheckbox"
                aria-checked={checked}
                tabIndex={-1}
                className="doc-menu__item"
                onClick={() => {
                  onToggle(group, checked !== true);
                  close();
                }}
              >
                <span className="doc-menu__check" aria-hidden="true">
                  {checked === true ? <Icon name="check" size={14} /> : checked === 'mixed' ? <span className="doc-menu__dash" /> : null}
                </span>
                <span className="doc-menu__label">{group.name}</span>
              </button>
            );
          })}
        </div>
      ) : null}
      {groups.length > 0 ? <div role="separator" className="doc-menu__separator" /> : null}
      <MenuAction
        icon="plus"
        label={t('documents.menu.newGroup')}
        onClick={() => {
          close(false);
          onNewGroup();
        }}
      />
      <MenuAction
        icon="edit"
        label={t('documents.menu.manageGroups')}
        onClick={() => {
          close(false);
          onManage();
        }}
      />
    </div>,
    document.body,
  );
}

/** A command of the menu, after the groups: its icon in the check column, then its label. */
function MenuAction({ icon, label, onClick }: { icon: IconName; label: string; onClick: () => void }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="doc-menu__item" onClick={onClick}>
      <span className="doc-menu__check" aria-hidden="true">
        <Icon name={icon} size={14} />
      </span>
      <span className="doc-menu__label">{label}</span>
    </button>
  );
}
