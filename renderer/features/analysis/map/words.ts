import { useMemo } from 'react';
import type { MapNode } from '../../../../shared/analysis/map-graph';
import { isRatio } from '../../../../shared/analysis/map-graph';
import type { CooccurrenceMeasure, CooccurrenceMode } from '../../../../shared/domain/analysis';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';

export const measureKeys: Record<CooccurrenceMeasure, MessageKey> = {
  count: 'map.measure.count',
  documents: 'map.measure.documents',
  cases: 'map.measure.cases',
  jaccard: 'map.measure.jaccard',
  c: 'map.measure.c',
};

export const modeKeys: Record<CooccurrenceMode, MessageKey> = {
  overlap: 'map.mode.overlap',
  unit: 'map.mode.unit',
  near: 'map.mode.near',
  document: 'map.mode.document',
};

/** The map's words: a measure's name, a value as the reader expects it (0,25; 1 234), a code's counts and path. */
export function useMapWords() {
  const { t, tc, lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
    const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      measure: (measure: CooccurrenceMeasure) => t(measureKeys[measure]),
      mode: (mode: CooccurrenceMode) => t(modeKeys[mode]),
      value: (measure: CooccurrenceMeasure, value: number) => (isRatio(measure) ? ratio.format(value) : whole.format(value)),
      ratio: (value: number) => ratio.format(value),
      counts: (node: Pick<MapNode, 'passages' | 'documents' | 'cases'>) =>
        t('map.counts', {
          passages: tc(node.passages, 'extracts.passages', 'extracts.passages.one'),
          documents: tc(node.documents, 'extracts.documents', 'extracts.documents.one'),
          cases: tc(node.cases, 'extracts.cases', 'extracts.cases.one'),
        }),
      /** `Freins/Liés aux publics` as the extract browser writes it: « Freins › Liés aux publics ». */
      path: (node: Pick<MapNode, 'path'>) => node.path.split('/').join(' › '),
    };
  }, [t, tc, lang]);
}
