import { useEffect, useEffectEvent, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import { documentKindIcon } from './kinds';
import type { OpenDocuments } from './useOpenDocuments';

interface Props {
  tabs: OpenDocuments;
  documents: readonly DocumentSummary[] | undefined;
}

/**
 * The open documents as a WAI-ARIA tablist above the workspace (automatic activation): one tab
 * stop, Left/Right/Home/End move and show, Delete closes the focused tab, a middle click or the
 * cross closes one, Ctrl+W (⌘W) closes the shown tab while the focus is in the workspace (the
 * element that holds the tabs). The cross is for the mouse only — a button inside a tab would be
 * a control inside a control —; the keyboard has Delete and Ctrl+W, said in the tab's tooltip.
 */
export function DocumentTabs({ tabs, documents }: Props) {
  const t = useT();
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const byId = new Map(documents?.map((d) => [d.id, d] as const) ?? []);
  // Tabs of documents the list has not loaded yet are not drawn.
  const shown = tabs.ids.filter((id) => byId.has(id));
  const tabId = (id: number) => `${base}-tab-${id}`;

  const focusTab = (id: number) => listRef.current?.querySelector<HTMLElement>(`[id="${tabId(id)}"]`)?.focus();

  function closeAndFocus(id: number) {
    const at = shown.indexOf(id);
    const next = shown[at + 1] ?? shown[at - 1];
    tabs.close(id);
    if (next !== undefined) requestAnimationFrame(() => focusTab(next));
  }

  const onWorkspaceKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.key.toLowerCase() !== 'w' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
    const active = tabs.activeId;
    if (active === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (listRef.current?.contains(event.target as Node)) closeAndFocus(active);
    else tabs.close(active);
  });

  const visible = shown.length > 0;
  useEffect(() => {
    const workspace = listRef.current?.parentElement;
    if (!workspace) return;
    const listener = (event: globalThis.KeyboardEvent) => onWorkspaceKey(event);
    workspace.addEventListener('keydown', listener);
    return () => workspace.removeEventListener('keydown', listener);
  }, [visible]);

  function onTabKeyDown(event: KeyboardEvent<HTMLDivElement>, id: number) {
    const index = shown.indexOf(id);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = shown[(index + 1) % shown.length];
    else if (event.key === 'ArrowLeft') next = shown[(index - 1 + shown.length) % shown.length];
    else if (event.key === 'Home') next = shown[0];
    else if (event.key === 'End') next = shown[shown.length - 1];
    else if (event.key === 'Delete') {
      event.preventDefault();
      closeAndFocus(id);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    tabs.activate(next);
    focusTab(next);
  }

  function onAuxClick(event: MouseEvent, id: number) {
    if (event.button !== 1) return;
    event.preventDefault();
    tabs.close(id);
  }

  if (!visible) return null;
  return (
    <div ref={listRef} role="tablist" aria-label={t('tabs.label')} className="doc-tabs" data-testid="document-tabs">
      {shown.map((id) => {
        const doc = byId.get(id)!;
        const selected = id === tabs.activeId;
        return (
          <div
            key={id}
            id={tabId(id)}
            role="tab"
            className="doc-tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            title={`${doc.name}\n${t('tabs.hint')}`}
            onClick={() => tabs.activate(id)}
            onKeyDown={(event) => onTabKeyDown(event, id)}
            onMouseDown={(event) => {
              // No autoscroll cursor on a middle click.
              if (event.button === 1) event.preventDefault();
            }}
            onAuxClick={(event) => onAuxClick(event, id)}
          >
            <Icon name={documentKindIcon[doc.kind]} className="doc-tab__icon" />
            <span className="doc-tab__name">{doc.name}</span>
            <span
              className="doc-tab__close"
              aria-hidden="true"
              title={t('tabs.close', { name: doc.name })}
              data-testid="close-tab"
              onClick={(event) => {
                event.stopPropagation();
                tabs.close(id);
              }}
            >
              <Icon name="close" size={14} />
            </span>
          </div>
        );
      })}
    </div>
  );
}
