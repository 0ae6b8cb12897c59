import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';

/** The documents open in tabs of the workspace, in tab order, and the one shown. */
export interface OpenDocuments {
  /** Open documents that still exist (all of them while the list loads). */
  ids: number[];
  /** The document shown, or null; only a document of the loaded list. */
  activeId: number | null;
  /** Opens a document in a new tab at the end, or shows its tab if it is open. */
  open(id: number): void;
  /** Shows an open document. */
  activate(id: number): void;
  /** Closes a tab; if it was shown, its right neighbour (else its left one) is shown. */
  close(id: number): void;
}

interface State {
  project: string;
  ids: number[];
  active: number | null;
}

const storageKey = (project: string) => `balise.openDocuments:${project}`;

/** Tabs survive a reload of the page (sessionStorage: this window only, gone with it). */
function restore(project: string): State {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(storageKey(project)) ?? 'null') as { ids?: unknown; active?: unknown } | null;
    const ids = Array.isArray(saved?.ids) ? saved.ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
    const active = typeof saved?.active === 'number' && ids.includes(saved.active) ? saved.active : (ids[ids.length - 1] ?? null);
    return { project, ids: [...new Set(ids)], active };
  } catch {
    return { project, ids: [], active: null };
  }
}

/** The tab shown after `closing` closes: the next one, else the previous one. */
export function neighbourAfterClose(ids: readonly number[], closing: number): number | null {
  const at = ids.indexOf(closing);
  if (at < 0) return null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}

/**
 * Several documents open in tabs. Documents closed or deleted from the project drop from the tabs
 * once the list is loaded; the tabs of a project are kept across a reload of the window.
 */
export function useOpenDocuments(projectPath: string, documents: readonly DocumentSummary[] | undefined): OpenDocuments {
  const [state, setState] = useState<State>(() => restore(projectPath));
  // Another project: its own tabs.
  let current = state;
  if (state.project !== projectPath) {
    current = restore(projectPath);
    setState(current);
  }

  const existing = useMemo(() => (documents ? new Set(documents.map((d) => d.id)) : null), [documents]);
  const ids = useMemo(() => (existing ? current.ids.filter((id) => existing.has(id)) : current.ids), [existing, current.ids]);
  let activeId: number | null = null;
  if (existing) {
    if (current.active !== null && existing.has(current.active)) activeId = current.active;
    else if (current.active !== null) {
      // The shown document was deleted: show a neighbour that still exists.
      const at = current.ids.indexOf(current.active);
      const after = current.ids.slice(at + 1).find((id) => existing.has(id));
      const before = current.ids.slice(0, Math.max(0, at)).reverse().find((id) => existing.has(id));
      activeId = after ?? before ?? null;
    }
  }

  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey(current.project), JSON.stringify({ ids, active: activeId ?? current.active }));
    } catch {
      // Storage full or refused: tabs simply do not survive a reload.
    }
  }, [current.project, current.active, ids, activeId]);

  const open = useCallback((id: number) => {
    setState((s) => ({ ...s, ids: s.ids.includes(id) ? s.ids : [...s.ids, id], active: id }));
  }, []);
  const activate = useCallback((id: number) => {
    setState((s) => (s.ids.includes(id) ? { ...s, active: id } : s));
  }, []);
  const close = useCallback(
    (id: number) => {
      setState((s) => {
        // Pick the neighbour among the tabs the researcher sees.
        const visible = existing ? s.ids.filter((other) => existing.has(other)) : s.ids;
        const active = s.active === id ? neighbourAfterClose(visible, id) : s.active;
        return { ...s, ids: s.ids.filter((other) => other !== id), active };
      });
    },
    [existing],
  );

  return { ids, activeId, open, activate, close };
}
