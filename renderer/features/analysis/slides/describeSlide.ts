import { filterPhrases } from '../../../../shared/analysis/caption';
import type { AnalysisKind, AnalysisSpec } from '../../../../shared/domain/analysis';
import type { ExtractFacets } from '../../../../shared/domain/extract';
import type { Language, MessageKey } from '../../../../shared/i18n';
import type { TranslateCount } from '../../../app/I18n';

/** The tab name of each kind of view, also the label of a slide's kind. */
export const kindLabel = {
  matrix: 'analysis.tab.matrix',
  crosstab: 'analysis.tab.crosstab',
  map: 'analysis.tab.map',
} as const satisfies Record<AnalysisKind, MessageKey>;

/** A slide in a few words: « 12 codes · Branche = Missions locales · Codé par Alice ». */
export function describeSpec(spec: AnalysisSpec, facets: ExtractFacets | null, lang: Language, tc: TranslateCount): string {
  const parts = [tc(spec.codes.codeIds.length, 'present.describe.codes', 'present.describe.codes.one')];
  if (spec.kind === 'crosstab') {
    const names = spec.attributeIds.map((id) => facets?.attributes.find((a) => a.id === id)?.name ?? `#${id}`);
    if (names.length > 0) parts.push(names.join(' × '));
  }
  parts.push(...filterPhrases(spec.filters, facets, lang));
  return parts.join(' · ');
}
