import type { CooccurrenceMeasure } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import type { LayoutLink, LayoutNode } from './layout';
import { useMapWords } from './words';

/** What the pointer (or the focus) is on; `x`, `y` inside the map's box. */
export type Hovered = { kind: 'node'; node: LayoutNode; x: number; y: number } | { kind: 'link'; link: LayoutLink; x: number; y: number };

/** The counts of a node (passages, documents, cases) or of a link (the measure, then every count). */
export function MapTooltip({ hovered, measure }: { hovered: Hovered; measure: CooccurrenceMeasure }) {
  const { t } = useI18n();
  const words = useMapWords();
  const style = { left: hovered.x + 14, top: hovered.y + 14 };
  if (hovered.kind === 'node') {
    const { node, pinned } = hovered.node;
    return (
      <div className="theme-map__tip" role="tooltip" style={style} data-testid="theme-map-tip">
        <strong>{words.path(node)}</strong>
        <span>{words.counts(node)}</span>
        {pinned ? <span className="theme-map__tip-note">{t('map.tip.pinned')}</span> : null}
      </div>
    );
  }
  const { edge, source, target } = hovered.link;
  const { pair } = edge;
  return (
    <div className="theme-map__tip" role="tooltip" style={style} data-testid="theme-map-tip">
      <strong>{t('map.tip.pair', { a: words.path(source.node), b: words.path(target.node) })}</strong>
      <span>{t('map.tip.value', { measure: words.measure(measure), value: words.value(measure, edge.value) })}</span>
      <span>{t('map.tip.passages', { count: pair.passages })}</span>
      <span>{t('map.tip.documents', { count: pair.documents })}</span>
      <span>{t('map.tip.cases', { count: pair.cases })}</span>
      <span>{t('map.tip.ratios', { jaccard: words.ratio(pair.jaccard), c: words.ratio(pair.c) })}</span>
    </div>
  );
}
