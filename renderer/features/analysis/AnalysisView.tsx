import { useState } from 'react';
import { useI18n } from '../../app/I18n';
import { Tabs } from '../../ui/Tabs';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { CrosstabView } from './crosstab/CrosstabView';
import { ExtractsDrawer } from './ExtractsDrawer';
import { ThemeMapView } from './map/ThemeMapView';
import { MatrixView } from './matrix/MatrixView';
import { defaultSpec } from './spec';
import type { AnalysisTab, ExtractsRequest, SpecOf } from './view';

/** Scaffold of the « Analyse » view: its tabs and each view's spec (the shell with export, slides and presentation replaces it). */
export function AnalysisView(props: WorkspaceViewProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<AnalysisTab>('matrix');
  const codes = props.codes ?? [];
  const [matrix, setMatrix] = useState<SpecOf<'matrix'> | null>(null);
  const [crosstab, setCrosstab] = useState<SpecOf<'crosstab'> | null>(null);
  const [map, setMap] = useState<SpecOf<'map'> | null>(null);
  const [request, setRequest] = useState<ExtractsRequest | null>(null);
  const common = { ...props, onExportable: () => {}, onOpenExtracts: setRequest };
  return (
    <div className="analysis" data-testid="analysis-view">
      <Tabs<AnalysisTab>
        label={t('analysis.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'matrix', label: t('analysis.tab.matrix') },
          { id: 'crosstab', label: t('analysis.tab.crosstab') },
          { id: 'map', label: t('analysis.tab.map') },
          { id: 'slides', label: t('analysis.tab.slides') },
        ]}
        panels={{
          matrix: <MatrixView {...common} spec={matrix ?? defaultSpec('matrix', codes)} onSpecChange={setMatrix} />,
          crosstab: <CrosstabView {...common} spec={crosstab ?? defaultSpec('crosstab', codes)} onSpecChange={setCrosstab} />,
          map: <ThemeMapView {...common} spec={map ?? defaultSpec('map', codes)} onSpecChange={setMap} />,
          slides: <p className="empty-note">{t('present.title')}</p>,
        }}
      />
      <ExtractsDrawer request={request} onClose={() => setRequest(null)} onShowPassage={props.onShowPassage} />
    </div>
  );
}
