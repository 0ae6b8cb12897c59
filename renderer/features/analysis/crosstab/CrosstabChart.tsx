import { useRef } from 'react';
import { useLiveKey } from '../../extracts/useLiveKey';
import type { ChartProps } from '../view';
import { CrosstabFigure } from './CrosstabFigure';
import { useCrosstab } from './useCrosstab';

/** The table or the bars alone, as presentation mode and slides show them. */
export function CrosstabChart({ dataKey, codes: _codes, ...props }: ChartProps<'crosstab'>) {
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const data = useCrosstab(props.spec, liveKey);
  return (
    <div ref={rootRef} className={`crosstab__chart ${props.presentation ? 'crosstab__chart--presentation' : ''}`} data-testid="crosstab-chart">
      <CrosstabFigure {...props} data={data} />
    </div>
  );
}
