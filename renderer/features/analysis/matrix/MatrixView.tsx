import { useI18n } from '../../../app/I18n';
import type { AnalysisViewProps, ChartProps } from '../view';

/** Placeholder until the view lands: the chart alone, as in presentation mode. */
export function MatrixChart(props: ChartProps<'matrix'>) {
  const { t } = useI18n();
  return <p className="empty-note" data-kind={props.spec.kind}>{t('matrix.title')}</p>;
}

/** Placeholder until the view lands: settings beside the chart. */
export function MatrixView(props: AnalysisViewProps<'matrix'>) {
  return <MatrixChart spec={props.spec} dataKey={props.dataKey} codes={props.codes} presentation={false} onExportable={props.onExportable} onOpenExtracts={props.onOpenExtracts} />;
}
