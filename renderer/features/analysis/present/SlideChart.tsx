import type { AnalysisSpec } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { CrosstabChart } from '../crosstab/CrosstabView';
import { ThemeMapChart } from '../map/ThemeMapView';
import { MatrixChart } from '../matrix/MatrixView';
import type { Exportable } from '../view';

interface Props {
  spec: AnalysisSpec;
  dataKey: string;
  codes: readonly Code[] | undefined;
  onExportable: (exportable: Exportable | null) => void;
}

const ignore = () => {};

/** The chart of a slide's kind, for the room: high contrast, large labels, nothing to edit. */
export function SlideChart({ spec, dataKey, codes, onExportable }: Props) {
  const common = { dataKey, codes, presentation: true, onExportable, onOpenExtracts: ignore };
  switch (spec.kind) {
    case 'matrix':
      return <MatrixChart spec={spec} {...common} />;
    case 'crosstab':
      return <CrosstabChart spec={spec} {...common} />;
    case 'map':
      return <ThemeMapChart spec={spec} {...common} />;
  }
}
