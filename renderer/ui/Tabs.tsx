import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  id: K;
  label: string;
  /** A small count after the label (documents, codes…). */
  badge?: number;
}

interface TabsProps<K extends string> {
  /** Accessible name of the tab list. */
  label: string;
  tabs: TabDef<K>[];
  selected: K;
  onSelect: (id: K) => void;
  /** Every panel is rendered (hidden when not selected), so each keeps its state (a filter, a scroll). */
  panels: Record<K, ReactNode>;
  className?: string;
}

/**
 * ARIA tabs (WAI-ARIA Authoring Practices, automatic activation): one tab stop for the whole list,
 * Left/Right arrows move and select, Home/End jump to the ends.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, panels, className }: TabsProps<K>) {
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (id: K) => `${base}-tab-${id}`;
  const panelId = (id: K) => `${base}-panel-${id}`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // From the tab that has the focus (usually the selected one).
    const focusedId = (event.target as HTMLElement).id;
    const focusedIndex = tabs.findIndex((tab) => tabId(tab.id) === focusedId);
    const index = focusedIndex >= 0 ? focusedIndex : tabs.findIndex((tab) => tab.id === selected);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const target = next === null ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    listRef.current?.querySelector<HTMLElement>(`[id="${tabId(target.id)}"]`)?.focus();
  }

  return (
    <div className={`tabs ${className ?? ''}`}>
      <div ref={listRef} role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              className="tabs__tab"
              aria-selected={active}
              aria-controls={panelId(tab.id)}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.id)}
            >
              <span>{tab.label}</span>
              {tab.badge !== undefined ? <span className="tabs__badge">{tab.badge}</span> : null}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={panelId(tab.id)}
          role="tabpanel"
          aria-labelledby={tabId(tab.id)}
          className="tabs__panel"
          hidden={tab.id !== selected}
        >
          {panels[tab.id]}
        </div>
      ))}
    </div>
  );
}
