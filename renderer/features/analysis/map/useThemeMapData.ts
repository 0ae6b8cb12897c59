import { useMemo } from 'react';
import { automaticThreshold, defaultScales, mapGraph, type MapGraph, type MapScales } from '../../../../shared/analysis/map-graph';
import type { CooccurrenceMatrix, CooccurrenceRequest } from '../../../../shared/domain/analysis';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import type { SpecOf } from '../view';

/** Bigger nodes and wider links for a room. */
const presentationScales: MapScales = { minRadius: 10, maxRadius: 46, minWidth: 2, maxWidth: 14 };

export function requestOf(spec: SpecOf<'map'>): CooccurrenceRequest {
  return { codeIds: spec.codes.codeIds, withChildren: spec.codes.withChildren, mode: spec.mode, within: spec.within, filters: spec.filters };
}

export interface ThemeMapData {
  matrix: CooccurrenceMatrix | undefined;
  loading: boolean;
  /** Null until the matrix arrives. */
  graph: MapGraph | null;
  /** The threshold drawn: the spec's within the slider's range, or the automatic one (see AnalysisSpec). */
  threshold: number;
  /** True when the map is drawn above the spec's threshold because it was too dense. */
  raised: boolean;
}

/** The co-occurrence matrix of the spec (reloaded when the project, the codes, the mode or the filters change) as a graph. */
export function useThemeMapData(spec: SpecOf<'map'>, liveKey: string | null, presentation: boolean): ThemeMapData {
  const api = useApi();
  const request = requestOf(spec);
  const requestKey = liveKey && request.codeIds.length > 0 ? `${liveKey}|${JSON.stringify(request)}` : null;
  const result = useAsync(requestKey, () => api.analysis.cooccurrence(request));
  const matrix = requestKey ? result.data : undefined;
  const { measure } = spec;
  const auto = spec.autoThreshold === true;
  const drawn = useMemo(() => (matrix ? automaticThreshold(matrix, measure, spec.threshold, auto) : null), [matrix, measure, spec.threshold, auto]);
  const threshold = drawn?.threshold ?? spec.threshold;
  const graph = useMemo(
    () => (matrix ? mapGraph(matrix, measure, threshold, presentation ? presentationScales : defaultScales) : null),
    [matrix, measure, threshold, presentation],
  );
  return { matrix, loading: result.loading, graph, threshold, raised: drawn?.raised ?? false };
}
