import { useEffect, useState } from 'react';
import { z } from 'zod';
import { codeQuerySchema, extractFiltersSchema } from '../../../shared/contract/extracts';
import type { ExtractFilters, ExtractSelection } from '../../../shared/domain/extract';
import { cleanFilters } from './filters';
import { builderFromQuery, combines, emptyBuilder, MAX_WITHIN, type Builder } from './query';

/** What the extract browser shows: the builder's codes, the filters, and the saved query last loaded. */
export interface SelectionState {
  builder: Builder;
  filters: ExtractFilters;
  /** The saved query last loaded or saved, offered as the name when saving again. */
  savedId: number | null;
}

const emptyState: SelectionState = { builder: emptyBuilder, filters: {}, savedId: null };

const builderSchema = z.object({
  codes: z.array(z.object({ codeId: z.number().int().positive(), withChildren: z.boolean(), side: z.enum(['a', 'b']) })).max(200),
  combine: z.enum(combines),
  within: z.number().int().min(0).max(MAX_WITHIN),
  advanced: codeQuerySchema.nullable(),
});

const storedSchema = z.object({ builder: builderSchema, filters: extractFiltersSchema, savedId: z.number().int().positive().nullable() });

/** The stored selection of a project, or nothing when it is missing or unreadable (another version wrote it). */
export function parseStoredSelection(raw: string | null): SelectionState | null {
  if (!raw) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { builder: parsed.data.builder, filters: cleanFilters(parsed.data.filters), savedId: parsed.data.savedId } : null;
  } catch {
    return null;
  }
}

const storageKey = (project: string) => `balise.extracts:${project}`;

function restore(project: string): SelectionState {
  try {
    return parseStoredSelection(window.sessionStorage.getItem(storageKey(project))) ?? emptyState;
  } catch {
    return emptyState;
  }
}

/** The project of a `dataKey` (`path#revision`). */
export function projectOfDataKey(dataKey: string): string {
  const at = dataKey.lastIndexOf('#');
  return at < 0 ? dataKey : dataKey.slice(0, at);
}

export interface ExtractSelectionApi extends SelectionState {
  setBuilder(update: (builder: Builder) => Builder): void;
  setFilters(filters: ExtractFilters): void;
  /** A saved query: its selection replaces the current one. */
  load(selection: ExtractSelection, savedId: number): void;
  setSavedId(id: number | null): void;
  reset(): void;
}

/**
 * The current selection (query and filters) of a project's extract browser. It survives switching
 * views and reloading the window (sessionStorage: this window only, gone with it).
 */
export function useExtractSelection(project: string): ExtractSelectionApi {
  const [state, setState] = useState<{ project: string; value: SelectionState }>(() => ({ project, value: restore(project) }));
  let current = state;
  if (state.project !== project) {
    current = { project, value: restore(project) };
    setState(current);
  }
  const { value } = current;

  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey(current.project), JSON.stringify(value));
    } catch {
      // Storage full or refused: the selection simply does not survive a reload.
    }
  }, [current.project, value]);

  const update = (change: (previous: SelectionState) => SelectionState) => setState((s) => ({ project: s.project, value: change(s.value) }));
  return {
    ...value,
    setBuilder: (change) => update((v) => ({ ...v, builder: change(v.builder) })),
    setFilters: (filters) => update((v) => ({ ...v, filters: cleanFilters(filters) })),
    load: (selection, savedId) => update(() => ({ builder: builderFromQuery(selection.query), filters: cleanFilters(selection.filters), savedId })),
    setSavedId: (savedId) => update((v) => ({ ...v, savedId })),
    reset: () => update(() => emptyState),
  };
}
