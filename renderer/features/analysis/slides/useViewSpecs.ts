import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { analysisSpecSchema } from '../../../../shared/contract/analysis';
import type { AnalysisKind, AnalysisSpec } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { defaultCodes, defaultSpec } from '../spec';
import type { SpecOf } from '../view';

/** What each analysis view shows (its spec, its title) for one project, as stored. */
export interface StoredViews {
  specs: Partial<{ [K in AnalysisKind]: SpecOf<K> }>;
  titles: Partial<Record<AnalysisKind, string>>;
}

const empty: StoredViews = { specs: {}, titles: {} };
const titleSchema = z.string().trim().min(1).max(200);

/** The stored views of a project; anything unreadable (another version wrote it) is left out, view by view. */
export function parseStoredViews(raw: string | null): StoredViews {
  if (!raw) return empty;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (typeof data !== 'object' || data === null) return empty;
  const { specs, titles } = data as { specs?: Record<string, unknown>; titles?: Record<string, unknown> };
  const result: StoredViews = { specs: {}, titles: {} };
  for (const kind of ['matrix', 'crosstab', 'map'] as const) {
    const spec = analysisSpecSchema.safeParse(specs?.[kind]);
    if (spec.success && spec.data.kind === kind) (result.specs as Record<string, AnalysisSpec>)[kind] = spec.data;
    const title = titleSchema.safeParse(titles?.[kind]);
    if (title.success) result.titles[kind] = title.data;
  }
  return result;
}

/** The spec without codes that no longer exist; none left, the view starts again from the default codes. */
export function keepExistingCodes<S extends AnalysisSpec>(spec: S, codes: readonly Code[] | undefined): S {
  if (!codes) return spec;
  const known = new Set(codes.map((c) => c.id));
  const codeIds = spec.codes.codeIds.filter((id) => known.has(id));
  if (codeIds.length === spec.codes.codeIds.length) return spec;
  return { ...spec, codes: codeIds.length > 0 ? { ...spec.codes, codeIds } : defaultCodes(codes) };
}

const storageKey = (project: string) => `balise.analysis:${project}`;

function restore(project: string): StoredViews {
  try {
    return parseStoredViews(window.sessionStorage.getItem(storageKey(project)));
  } catch {
    return empty;
  }
}

export interface ViewSpecs {
  spec<K extends AnalysisKind>(kind: K): SpecOf<K>;
  /** The title the researcher gave the view, or null (the view's own name is shown). */
  title(kind: AnalysisKind): string | null;
  setSpec<K extends AnalysisKind>(kind: K, spec: SpecOf<K>): void;
  setTitle(kind: AnalysisKind, title: string | null): void;
  /** A slide's spec and title replace the view's. */
  load(spec: AnalysisSpec, title: string): void;
}

/**
 * The spec and title of each analysis view of a project. They survive switching views and
 * reloading the window (sessionStorage: this window only, gone with it), like the extract browser's selection.
 */
export function useViewSpecs(project: string, codes: readonly Code[] | undefined): ViewSpecs {
  const [state, setState] = useState<{ project: string; value: StoredViews }>(() => ({ project, value: restore(project) }));
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
      // Storage full or refused: the views simply start again after a reload.
    }
  }, [current.project, value]);

  // The same objects from render to render while nothing changes, so a chart does not reload for nothing.
  const specs: { [K in AnalysisKind]: SpecOf<K> } = useMemo(
    () => ({
      matrix: keepExistingCodes(value.specs.matrix ?? defaultSpec('matrix', codes ?? []), codes),
      crosstab: keepExistingCodes(value.specs.crosstab ?? defaultSpec('crosstab', codes ?? []), codes),
      map: keepExistingCodes(value.specs.map ?? defaultSpec('map', codes ?? []), codes),
    }),
    [value.specs, codes],
  );

  const update = (change: (previous: StoredViews) => StoredViews) => setState((s) => ({ project: s.project, value: change(s.value) }));
  return {
    spec: <K extends AnalysisKind>(kind: K) => specs[kind] as unknown as SpecOf<K>,
    title: (kind) => value.titles[kind] ?? null,
    setSpec: (kind, spec) => update((v) => ({ ...v, specs: { ...v.specs, [kind]: spec } })),
    setTitle: (kind, title) => update((v) => ({ ...v, titles: { ...v.titles, [kind]: title?.trim() ? title : undefined } })),
    load: (spec, title) => update((v) => ({ specs: { ...v.specs, [spec.kind]: spec }, titles: { ...v.titles, [spec.kind]: title } })),
  };
}
