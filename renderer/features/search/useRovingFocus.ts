import { useCallback, useState, type KeyboardEvent } from 'react';

const PAGE = 10;

/**
 * One tab stop for a long list of buttons (results, words): ↑ ↓ move the focus, Page↑ Page↓ by
 * ten, Home and End to the ends; the button that had the focus last keeps the tab stop. Items
 * carry `data-roving={index}` inside the element that gets `onKeyDown`.
 */
export function useRovingFocus(count: number): {
  active: number;
  setActive: (index: number) => void;
  tabIndex: (index: number) => 0 | -1;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
} {
  const [chosen, setActive] = useState(0);
  const active = Math.min(chosen, Math.max(0, count - 1));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const steps: Record<string, (i: number) => number> = {
        ArrowDown: (i) => i + 1,
        ArrowUp: (i) => i - 1,
        PageDown: (i) => i + PAGE,
        PageUp: (i) => i - PAGE,
        Home: () => 0,
        End: () => count - 1,
      };
      const step = steps[event.key];
      const current = (event.target as HTMLElement).closest<HTMLElement>('[data-roving]');
      if (!step || !current || event.altKey || event.ctrlKey || event.metaKey || count === 0) return;
      event.preventDefault();
      const next = Math.max(0, Math.min(count - 1, step(Number(current.dataset.roving))));
      setActive(next);
      event.currentTarget.querySelector<HTMLElement>(`[data-roving="${next}"]`)?.focus();
    },
    [count],
  );

  return { active, setActive, tabIndex: (index) => (index === active ? 0 : -1), onKeyDown };
}
