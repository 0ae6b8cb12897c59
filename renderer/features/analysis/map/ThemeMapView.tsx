import { useCallback, useMemo, useRef, useState } from 'react';
import type { ExtractFilters } from '../../../../shared/domain/extract';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { Tabs } from '../../../ui/Tabs';
import { CodePicker } from '../../extracts/CodePicker';
import { FilterPanel } from '../../extracts/FilterPanel';
import { activeFilterCount } from '../../extracts/filters';
import { codeLabels, type ChosenCode } from '../../extracts/query';
import { projectOfDataKey } from '../../extracts/useExtractSelection';
import { useLiveKey } from '../../extracts/useLiveKey';
import { SavedQueryFilters } from '../SavedQueryFilters';
import type { AnalysisViewProps, ChartProps } from '../view';
import type { LayoutLink, LayoutNode } from './layout';
import { MapSettings } from './MapSettings';
import { ThemeMapCanvas } from './ThemeMapCanvas';
import { requestOf, useThemeMapData, type ThemeMapData } from './useThemeMapData';
import { useMapWords } from './words';

type PaneTab = 'codes' | 'filters';

interface BodyProps extends Omit<ChartProps<'map'>, 'dataKey'> {
  data: ThemeMapData;
  projectKey: string;
}

/** The map with what it gives the shell: its extracts (a node's passages, a link's meeting passages) and its export. */
function ThemeMapBody({ spec, data, projectKey, codes, presentation, onExportable, onOpenExtracts }: BodyProps) {
  const { t, tc } = useI18n();
  const api = useApi();
  const words = useMapWords();
  const { graph } = data;
  const counts = graph ? t('map.summary', { codes: tc(graph.nodes.length, 'map.codes', 'map.codes.one'), edges: tc(graph.edges.length, 'map.edges', 'map.edges.one') }) : '';

  const onSvg = useCallback(
    (svg: (() => SVGSVGElement | null) | null) => onExportable(svg ? { svg, counts } : null),
    [onExportable, counts],
  );
  const onOpenNode = (node: LayoutNode) => {
    const { codeId } = node.node;
    const { withChildren } = spec.codes;
    onOpenExtracts({
      title: words.path(node.node),
      load: () => api.extracts.list({ query: { op: 'code', codeId, withChildren }, filters: spec.filters, context: true }),
    });
  };
  const onOpenLink = (link: LayoutLink) => {
    const request = requestOf(spec);
    const a = link.edge.a;
    const b = link.edge.b;
    onOpenExtracts({
      title: t('map.extracts.edge', { a: words.path(link.source.node), b: words.path(link.target.node), mode: words.mode(spec.mode) }),
      load: () => api.analysis.cooccurrenceExtracts({ ...request, a, b }),
    });
  };
  return (
    <ThemeMapCanvas
      graph={graph}
      measure={spec.measure}
      threshold={data.threshold}
      loading={data.loading}
      needsCodes={spec.codes.codeIds.length === 0}
      projectKey={projectKey}
      codes={codes}
      presentation={presentation}
      onOpenNode={onOpenNode}
      onOpenLink={onOpenLink}
      onSvg={onSvg}
    />
  );
}

/** The map alone, as presentation mode shows it. */
export function ThemeMapChart(props: ChartProps<'map'>) {
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, props.dataKey);
  const data = useThemeMapData(props.spec, liveKey, props.presentation);
  return (
    <div ref={rootRef} className="theme-map theme-map--chart" data-testid="theme-map-chart">
      <ThemeMapBody {...props} data={data} projectKey={projectOfDataKey(props.dataKey)} />
    </div>
  );
}

/**
 * « Carte des thèmes »: the codes to map and the extract browser's filters on the left; when codes
 * meet, what links measure and the threshold above the map. Every change redraws the map live, and
 * nodes keep their places.
 */
export function ThemeMapView(props: AnalysisViewProps<'map'>) {
  const { spec, onSpecChange, dataKey, codes } = props;
  const { t } = useI18n();
  const api = useApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const data = useThemeMapData(spec, liveKey, false);
  const facets = useAsync(liveKey, () => api.extracts.facets({}));
  const [paneTab, setPaneTab] = useState<PaneTab>('codes');

  const labels = useMemo(() => codeLabels(codes ?? []), [codes]);
  const codeIds = codes ? spec.codes.codeIds.filter((id) => labels.has(id)) : spec.codes.codeIds;
  const chosen: ChosenCode[] = codeIds.map((codeId) => ({ codeId, withChildren: spec.codes.withChildren, side: 'a' }));
  const setCodes = (ids: number[], withChildren = spec.codes.withChildren) => onSpecChange({ ...spec, codes: { codeIds: ids, withChildren } });
  const setFilters = (filters: ExtractFilters) => onSpecChange({ ...spec, filters });

  return (
    <div ref={rootRef} className="theme-map" data-testid="theme-map-view">
      <aside className="theme-map__pane" aria-label={t('map.settings')}>
        <Tabs<PaneTab>
          label={t('map.tabs')}
          selected={paneTab}
          onSelect={setPaneTab}
          tabs={[
            { id: 'codes', label: t('map.tab.codes'), badge: codeIds.length || undefined },
            { id: 'filters', label: t('map.tab.filters'), badge: activeFilterCount(spec.filters) || undefined },
          ]}
          panels={{
            codes: (
              <CodePicker
                codes={codes}
                labels={labels}
                chosen={chosen}
                onToggle={(code) => setCodes(codeIds.includes(code.id) ? codeIds.filter((id) => id !== code.id) : [...codeIds, code.id])}
                // The request has one « avec sous-codes » for all its codes: each family's box sets it.
                onWithChildren={(_codeId, withChildren) => setCodes(codeIds, withChildren)}
              />
            ),
            filters: (
              <FilterPanel facets={facets.data} filters={spec.filters} onChange={setFilters} header={<SavedQueryFilters dataKey={liveKey} onApply={setFilters} />} />
            ),
          }}
        />
      </aside>
      <div className="theme-map__main">
        <MapSettings spec={spec} matrix={data.matrix} graph={data.graph} threshold={data.threshold} raised={data.raised} onSpecChange={onSpecChange} />
        <ThemeMapBody
          spec={spec}
          data={data}
          projectKey={projectOfDataKey(dataKey)}
          codes={codes}
          presentation={false}
          onExportable={props.onExportable}
          onOpenExtracts={props.onOpenExtracts}
        />
      </div>
    </div>
  );
}
