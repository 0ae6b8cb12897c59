import type { AnalysisSpec, CodeChoice } from '../../../shared/domain/analysis';
import type { Code } from '../../../shared/domain/codebook';
import type { SpecOf } from './view';

/** Codes an analysis starts with: the codes right under the families (with their sub-codes), or the families themselves. */
export function defaultCodes(codes: readonly Code[]): CodeChoice {
  const roots = new Set(codes.filter((c) => c.parentId === null).map((c) => c.id));
  const second = codes.filter((c) => c.parentId !== null && roots.has(c.parentId));
  const chosen = (second.length > 0 ? second : codes.filter((c) => c.parentId === null)).slice(0, 60);
  return { codeIds: chosen.map((c) => c.id), withChildren: true };
}

export function defaultSpec<K extends AnalysisSpec['kind']>(kind: K, codes: readonly Code[]): SpecOf<K> {
  const choice = defaultCodes(codes);
  const spec: AnalysisSpec =
    kind === 'matrix'
      ? { kind, codes: choice, mode: 'unit', within: 1, measure: 'count', order: 'alphabetical', filters: {} }
      : kind === 'crosstab'
        ? { kind, codes: choice, attributeIds: [], cell: 'cases', display: 'table', filters: {} }
        : { kind: 'map', codes: choice, mode: 'unit', within: 1, measure: 'count', threshold: 1, autoThreshold: true, filters: {} };
  return spec as SpecOf<K>;
}
