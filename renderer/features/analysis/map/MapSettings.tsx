import { useId } from 'react';
import { isDense, suggestedThreshold, SUGGESTED_LINKS_PER_CODE, type MapGraph } from '../../../../shared/analysis/map-graph';
import { cooccurrenceMeasures, cooccurrenceModes, type CooccurrenceMatrix, type CooccurrenceMeasure, type CooccurrenceMode } from '../../../../shared/domain/analysis';
import { Button } from '../../../ui/Button';
import { useI18n } from '../../../app/I18n';
import type { SpecOf } from '../view';
import { useMapWords } from './words';

const SUGGESTED = SUGGESTED_LINKS_PER_CODE;

interface Props {
  spec: SpecOf<'map'>;
  matrix: CooccurrenceMatrix | undefined;
  graph: MapGraph | null;
  threshold: number;
  /** The map is drawn above the spec's threshold because it was too dense (AnalysisSpec autoThreshold). */
  raised: boolean;
  onSpecChange: (spec: SpecOf<'map'>) => void;
}

/** Above the map: when codes meet, what the links measure, the threshold (live), and how many links it keeps. */
export function MapSettings({ spec, matrix, graph, threshold, raised, onSpecChange }: Props) {
  const { t, tc } = useI18n();
  const words = useMapWords();
  const id = useId();
  const range = graph?.range ?? { min: 0, max: 1, step: 1 };
  const dense = graph && matrix && isDense(graph);
  const suggested = dense ? suggestedThreshold(matrix, spec.measure, SUGGESTED * graph.nodes.length) : null;
  return (
    <div className="theme-map__toolbar" role="group" aria-label={t('map.settings')}>
      <div className="theme-map__setting">
        <label htmlFor={`${id}-mode`} className="field__label">
          {t('map.mode')}
        </label>
        <select id={`${id}-mode`} className="input" value={spec.mode} onChange={(event) => onSpecChange({ ...spec, mode: event.target.value as CooccurrenceMode })}>
          {cooccurrenceModes.map((mode) => (
            <option key={mode} value={mode}>
              {words.mode(mode)}
            </option>
          ))}
        </select>
      </div>
      {spec.mode === 'near' ? (
        <div className="theme-map__setting theme-map__setting--narrow">
          <label htmlFor={`${id}-within`} className="field__label">
            {t('map.within')}
          </label>
          <input
            id={`${id}-within`}
            className="input"
            type="number"
            min={0}
            max={1000}
            value={spec.within}
            onChange={(event) => {
              const within = Math.round(Number(event.target.value));
              if (Number.isFinite(within)) onSpecChange({ ...spec, within: Math.min(1000, Math.max(0, within)) });
            }}
          />
        </div>
      ) : null}
      <div className="theme-map__setting">
        <label htmlFor={`${id}-measure`} className="field__label">
          {t('map.measure')}
        </label>
        <select
          id={`${id}-measure`}
          className="input"
          value={spec.measure}
          // Another measure counts in other units: its threshold starts at its smallest value (every link).
          onChange={(event) => onSpecChange({ ...spec, measure: event.target.value as CooccurrenceMeasure, threshold: 0, autoThreshold: spec.autoThreshold })}
        >
          {cooccurrenceMeasures.map((measure) => (
            <option key={measure} value={measure}>
              {words.measure(measure)}
            </option>
          ))}
        </select>
      </div>
      <div className="theme-map__setting theme-map__threshold">
        <label htmlFor={`${id}-threshold`} className="field__label">
          {t('map.threshold')}
        </label>
        <div className="theme-map__slider">
          <input
            id={`${id}-threshold`}
            type="range"
            min={range.min}
            max={range.max}
            step={range.step}
            value={threshold}
            disabled={!graph || range.min === range.max}
            aria-label={t('map.thresholdLabel', { measure: words.measure(spec.measure) })}
            aria-valuetext={words.value(spec.measure, threshold)}
            onChange={(event) => onSpecChange({ ...spec, threshold: Number(event.target.value), autoThreshold: false })}
          />
          <output htmlFor={`${id}-threshold`} className="theme-map__threshold-value" data-testid="theme-map-threshold">
            {words.value(spec.measure, threshold)}
          </output>
        </div>
      </div>
      {graph ? (
        <p className="theme-map__edge-count" data-testid="theme-map-edges" aria-live="polite">
          {tc(graph.edges.length, 'map.edges', 'map.edges.one')}
          {graph.hiddenEdges > 0 ? ` · ${t('map.belowThreshold', { count: graph.hiddenEdges })}` : null}
        </p>
      ) : null}
      {raised ? (
        <p className="theme-map__raised" data-testid="theme-map-raised">
          {t('map.raised', { value: words.value(spec.measure, threshold) })}{' '}
          <Button size="sm" variant="ghost" onClick={() => onSpecChange({ ...spec, threshold, autoThreshold: false })}>
            {t('map.raisedKeep')}
          </Button>
        </p>
      ) : null}
      {!raised && suggested !== null && suggested !== threshold ? (
        <Button size="sm" onClick={() => onSpecChange({ ...spec, threshold: suggested, autoThreshold: false })} title={t('map.suggestHint', { count: SUGGESTED })}>
          {t('map.suggest', { value: words.value(spec.measure, suggested) })}
        </Button>
      ) : null}
      <p className="theme-map__hint">{t('map.hint')}</p>
    </div>
  );
}
