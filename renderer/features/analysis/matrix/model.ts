/** The matrix's numbers as the chart draws them: codes in order, each cell's value, the diagonal and the row totals. */
import { orderCodes } from '../../../../shared/analysis/order';
import { pairValue, type CodeTotals, type CooccurrenceMatrix, type CooccurrenceMeasure, type CooccurrencePair, type MatrixOrder } from '../../../../shared/domain/analysis';
import { diagonalOf } from './words';

export interface MatrixModel {
  codes: CodeTotals[];
  /** values[i][j]: the measure for codes i and j (0 when they never meet); the diagonal holds the code's own total. */
  values: number[][];
  /** The pair behind each cell off the diagonal, if they meet. */
  pairs: (CooccurrencePair | undefined)[][];
  /** The largest value off the diagonal (the colour scale's top); 0 when nothing meets. */
  max: number;
  /** Per row: the sum of its values off the diagonal for counts, their maximum for ratios. */
  rowTotals: number[];
  totalIsMax: boolean;
}

export function isRatio(measure: CooccurrenceMeasure): boolean {
  return measure === 'jaccard' || measure === 'c';
}

export function matrixModel(matrix: CooccurrenceMatrix, measure: CooccurrenceMeasure, order: MatrixOrder): MatrixModel {
  const codes = orderCodes(matrix.codes, matrix.pairs, order, measure);
  const at = new Map(codes.map((c, i) => [c.codeId, i]));
  const n = codes.length;
  const diagonal = diagonalOf(measure);
  const values = codes.map((code, i) => Array.from({ length: n }, (_, j) => (i === j ? code[diagonal] : 0)));
  const pairs = codes.map(() => new Array<CooccurrencePair | undefined>(n).fill(undefined));
  let max = 0;
  for (const pair of matrix.pairs) {
    const i = at.get(pair.a);
    const j = at.get(pair.b);
    if (i === undefined || j === undefined || i === j) continue;
    const value = pairValue(pair, measure);
    values[i]![j] = value;
    values[j]![i] = value;
    pairs[i]![j] = pair;
    pairs[j]![i] = pair;
    max = Math.max(max, value);
  }
  const totalIsMax = isRatio(measure);
  const rowTotals = values.map((row, i) => {
    const others = row.filter((_, j) => j !== i);
    return totalIsMax ? Math.max(0, ...others) : others.reduce((sum, v) => sum + v, 0);
  });
  return { codes, values, pairs, max, rowTotals, totalIsMax };
}
