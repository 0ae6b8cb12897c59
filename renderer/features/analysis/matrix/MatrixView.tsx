import type { AnalysisViewProps } from '../view';
import { MatrixChart } from './MatrixChart';
import { MatrixSettings } from './MatrixSettings';

export { MatrixChart };

/** « Cooccurrences »: the settings column beside the matrix. */
export function MatrixView(props: AnalysisViewProps<'matrix'>) {
  return (
    <div className="matrix-view" data-testid="matrix-view">
      <MatrixSettings spec={props.spec} codes={props.codes} dataKey={props.dataKey} onSpecChange={props.onSpecChange} />
      <MatrixChart
        spec={props.spec}
        dataKey={props.dataKey}
        codes={props.codes}
        presentation={false}
        onExportable={props.onExportable}
        onOpenExtracts={props.onOpenExtracts}
      />
    </div>
  );
}
