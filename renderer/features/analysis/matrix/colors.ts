import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';

/** Cell colours: from a pale blue (the smallest value above 0) to a deep blue (the largest). */
export function cellScale(max: number): (value: number) => string {
  const scale = scaleSequential((t: number) => interpolateBlues(0.12 + 0.83 * t)).domain([0, Math.max(max, Number.EPSILON)]);
  return (value) => scale(value);
}

export { textOn } from '../../../../shared/analysis/contrast';
