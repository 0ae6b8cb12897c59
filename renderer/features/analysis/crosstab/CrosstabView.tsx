import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../../app/Announcer';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { useAsync } from '../../../app/useAsync';
import { Tabs } from '../../../ui/Tabs';
import { FilterPanel } from '../../extracts/FilterPanel';
import { SavedQueryFilters } from '../SavedQueryFilters';
import { activeFilterCount } from '../../extracts/filters';
import { useLiveKey } from '../../extracts/useLiveKey';
import type { AnalysisViewProps } from '../view';
import { AttributeChoice } from './AttributeChoice';
import { CodeChoicePane } from './CodeChoicePane';
import { CrosstabFigure, useCrosstabCounts, useCrosstabTitle } from './CrosstabFigure';
import { CrosstabToolbar } from './CrosstabToolbar';
import { downloadCsv, downloadWorkbook } from './exportTable';
import { useCrosstab } from './useCrosstab';

export { CrosstabChart } from './CrosstabChart';

type PaneTab = 'codes' | 'columns' | 'filters';

/**
 * « Codes × attributs »: codes in rows, the values of one to three case attributes in columns,
 * cells counting passages, documents, cases or the share of each column's cases; a table or bars;
 * a cell opens its extracts; CSV and Excel exports.
 */
export function CrosstabView({ spec, onSpecChange, dataKey, codes, onExportable, onOpenExtracts }: AnalysisViewProps<'crosstab'>) {
  const { t, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const [paneTab, setPaneTab] = useState<PaneTab>(spec.attributeIds.length === 0 ? 'columns' : 'codes');
  const facets = useAsync(liveKey, () => api.extracts.facets({}));
  const data = useCrosstab(spec, liveKey);
  const title = useCrosstabTitle(data.data, spec.cell);
  const counts = useCrosstabCounts(data.data);

  // The counts of a new table are said once it arrives.
  const said = useRef('');
  useEffect(() => {
    if (data.loading || !counts || said.current === `${title}|${counts}`) return;
    said.current = `${title}|${counts}`;
    announce(`${title} · ${counts}`);
  }, [data.loading, title, counts, announce]);
  const canExport = data.data !== undefined && data.request !== null && data.data.columns.length > 0 && data.data.rows.length > 0;

  const exported = (fileName: string) => {
    toasts.showInfo('crosstab.export.done', { name: fileName });
    announce(t('crosstab.export.done', { name: fileName }));
  };
  const exportCsv = () => {
    if (data.data) exported(downloadCsv(data.data, spec.cell, title, lang));
  };
  const exportWorkbook = async () => {
    if (!data.request) return;
    try {
      exported(await downloadWorkbook(api, data.request, spec.cell, title));
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <div ref={rootRef} className="crosstab" data-testid="crosstab-view">
      <aside className="crosstab__pane" aria-label={t('crosstab.pane')}>
        <Tabs<PaneTab>
          label={t('crosstab.tabs')}
          selected={paneTab}
          onSelect={setPaneTab}
          tabs={[
            { id: 'codes', label: t('crosstab.tab.codes'), badge: spec.codes.codeIds.length || undefined },
            { id: 'columns', label: t('crosstab.tab.columns'), badge: spec.attributeIds.length || undefined },
            { id: 'filters', label: t('crosstab.tab.filters'), badge: activeFilterCount(spec.filters) || undefined },
          ]}
          panels={{
            codes: <CodeChoicePane codes={codes} choice={spec.codes} onChange={(choice) => onSpecChange({ ...spec, codes: choice })} />,
            columns: <AttributeChoice facets={facets.data} chosen={spec.attributeIds} onChange={(attributeIds) => onSpecChange({ ...spec, attributeIds })} />,
            filters: (
              <FilterPanel
                facets={facets.data}
                filters={spec.filters}
                onChange={(filters) => onSpecChange({ ...spec, filters })}
                header={<SavedQueryFilters dataKey={liveKey} onApply={(filters) => onSpecChange({ ...spec, filters })} />}
              />
            ),
          }}
        />
      </aside>
      <div className="crosstab__main">
        <CrosstabToolbar
          cell={spec.cell}
          display={spec.display}
          canExport={canExport}
          onCell={(cell) => onSpecChange({ ...spec, cell })}
          onDisplay={(display) => onSpecChange({ ...spec, display })}
          onCsv={exportCsv}
          onWorkbook={() => void exportWorkbook()}
        />
        <div className="crosstab__chart">
          <CrosstabFigure spec={spec} data={data} presentation={false} onExportable={onExportable} onOpenExtracts={onOpenExtracts} />
        </div>
      </div>
    </div>
  );
}
