import type { Crosstab, CrosstabRequest } from '../../../../shared/domain/analysis';
import { useApi } from '../../../app/Services';
import { useAsync, type AsyncState } from '../../../app/useAsync';
import type { SpecOf } from '../view';

export interface CrosstabData extends AsyncState<Crosstab> {
  /** What the service is asked; null while a code or an attribute is missing. */
  request: CrosstabRequest | null;
  missing: 'codes' | 'attribute' | null;
}

/** The table for a spec, reloaded when the project changes (`liveKey`) or the spec does. */
export function useCrosstab(spec: SpecOf<'crosstab'>, liveKey: string | null): CrosstabData {
  const api = useApi();
  const missing = spec.codes.codeIds.length === 0 ? 'codes' : spec.attributeIds.length === 0 ? 'attribute' : null;
  const request: CrosstabRequest | null = missing
    ? null
    : { codeIds: spec.codes.codeIds, withChildren: spec.codes.withChildren, attributeIds: spec.attributeIds, filters: spec.filters };
  const key = liveKey && request ? `${liveKey}|${JSON.stringify(request)}` : null;
  const state = useAsync(key, () => api.analysis.crosstab(request!));
  return { ...state, data: request ? state.data : undefined, request, missing };
}
