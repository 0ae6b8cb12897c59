import { useEffect, useEffectEvent } from 'react';
import type { WorkspaceView } from './workspaceView';

/** Alt+1…7 show the workspace views (documents, cases, extracts, search, analysis, team, pseudonyms); Ctrl+Maj+F the search. */
const byDigit: Record<string, WorkspaceView> = { '1': 'documents', '2': 'cases', '3': 'extracts', '4': 'search', '5': 'analysis', '6': 'team', '7': 'pseudonyms' };

export function useViewShortcuts(show: (view: WorkspaceView) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.altKey && !ctrl && !event.shiftKey && byDigit[event.key]) {
      event.preventDefault();
      show(byDigit[event.key]!);
      return;
    }
    if (ctrl && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      show('search');
      // The search view focuses its field when it is shown (it listens for this event).
      requestAnimationFrame(() => window.dispatchEvent(new CustomEvent('balise:focus-search')));
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
