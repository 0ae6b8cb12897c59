/**
 * Known answers for the agreement coefficients (shared/agreement/coefficients.ts).
 */
import { describe, expect, it } from 'vitest';
import { addSegment, binaryAlpha, cohenKappa, emptyTally, figuresOf, nominalAlpha } from '../../../shared/agreement/coefficients';

/**
 * Cohen's kappa computed here from raw pairs, independently of the service's tally: observed
 * agreement is the share of equal pairs, expected agreement Σ over values of the product of the two
 * coders' shares of that value.
 */
function kappaFromPairs(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length;
  const values = new Set(pairs.flat());
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  let expected = 0;
  for (const value of values) expected += (pairs.filter(([a]) => a === value).length / n) * (pairs.filter(([, b]) => b === value).length / n);
  return (observed - expected) / (1 - expected);
}

function repeat<T>(item: T, times: number): T[] {
  return Array.from({ length: times }, () => item);
}

/** A deterministic pseudo-random sequence (no timing, no Math.random): the same data on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('Cohen’s kappa', () => {
  // The worked example of the Wikipedia article « Cohen's kappa » (section « Simple example »): 50
  // grant proposals read by A and B. 20 both yes, 5 A yes / B no, 10 A no / B yes, 15 both no.
  // p_o = (20 + 15) / 50 = 0.70; p_A(yes) = 25/50 = 0.5, p_B(yes) = 30/50 = 0.6;
  // p_e = 0.5·0.6 + 0.5·0.4 = 0.30 + 0.20 = 0.50; κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
  const table = { both: 20, onlyFirst: 5, onlySecond: 10, neither: 15 };
  const pairs: [string, string][] = [...repeat<[string, string]>(['oui', 'oui'], 20), ...repeat<[string, string]>(['oui', 'non'], 5), ...repeat<[string, string]>(['non', 'oui'], 10), ...repeat<[string, string]>(['non', 'non'], 15)];

  it('reproduces the textbook 2×2 example: p_o = 0.70, p_e = 0.50, κ = 0.40', () => {
    expect(cohenKappa(table)).toBeCloseTo(0.4, 12);
    const tally = emptyTally();
    for (const [a, b] of pairs) addSegment(tally, 1, [a === 'oui' ? 1 : 0, b === 'oui' ? 1 : 0]);
    const figures = figuresOf(tally, 2);
    expect(figures.counts.table).toEqual(table);
    expect(figures.percent).toBeCloseTo(0.7, 12);
    expect(figures.kappa).toBeCloseTo(0.4, 12);
    expect(kappaFromPairs(pairs)).toBeCloseTo(0.4, 12);
  });

  it('agrees with an independent computation from raw pairs on many tables', () => {
    const random = lcg(8);
    for (let trial = 0; trial < 50; trial++) {
      const pairs: [string, string][] = [];
      const tally = emptyTally();
      const size = 5 + Math.floor(random() * 60);
      const bias = random();
      for (let i = 0; i < size; i++) {
        const a = random() < bias ? 1 : 0;
        const b = random() < 0.7 ? a : random() < 0.5 ? 1 : 0;
        const weight = 1 + Math.floor(random() * 4);
        // A segment of `weight` characters is `weight` pairs.
        for (let w = 0; w < weight; w++) pairs.push([String(a), String(b)]);
        addSegment(tally, weight, [a as 0 | 1, b as 0 | 1]);
      }
      const independent = kappaFromPairs(pairs);
      const figures = figuresOf(tally, 2);
      if (Number.isFinite(independent)) expect(figures.kappa).toBeCloseTo(independent, 10);
      else expect(figures.kappa).toBeNull();
    }
  });
});

describe('Krippendorff’s alpha', () => {
  // Krippendorff (2011), « Computing Krippendorff's Alpha-Reliability », section C: 4 observers,
  // 12 units, values 1–5, missing data (unit 12 has one value and is not pairable). Published:
  // α nominal = 0.743.
  const _ = null;
  const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
  const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
  const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
  const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
  const units = A.map((_v, u) => [A[u]!, B[u]!, C[u]!, D[u]!]);

  it('reproduces Krippendorff’s nominal example with missing values: α = 0.743', () => {
    expect(nominalAlpha(units)!.toFixed(3)).toBe('0.743');
  });

  it('the binary tally (weighted segments, absent coders) equals nominal alpha on the same values', () => {
    const random = lcg(2011);
    for (let trial = 0; trial < 40; trial++) {
      const coders = 2 + Math.floor(random() * 3);
      const tally = emptyTally();
      const expanded: (0 | 1 | null)[][] = [];
      for (let s = 0; s < 3 + Math.floor(random() * 20); s++) {
        const values = Array.from({ length: coders }, () => (random() < 0.15 ? null : random() < 0.4 ? 1 : 0)) as (0 | 1 | null)[];
        const weight = 1 + Math.floor(random() * 5);
        addSegment(tally, weight, values);
        for (let w = 0; w < weight; w++) expanded.push(values);
      }
      const expected = nominalAlpha(expanded);
      if (expected === null) expect(binaryAlpha(tally)).toBeNull();
      else expect(binaryAlpha(tally)).toBeCloseTo(expected, 10);
    }
  });

  it('two coders on the kappa example: α from the coincidence matrix (here it happens to equal κ)', () => {
    // Coincidences: o₁₁ = 2·20 = 40, o₀₀ = 2·15 = 30, o₀₁ = 5 + 10 = 15; n₁ = 55, n₀ = 45, n = 100.
    // α = 1 − (n − 1)·o₀₁ / (n₀·n₁) = 1 − 99·15 / (45·55) = 1 − 1485/2475 = 0.4.
    const tally = { coded: 40, uncoded: 30, mixed: 15 };
    expect(binaryAlpha(tally)).toBeCloseTo(0.4, 12);
  });
});

describe('undefined figures', () => {
  it('nothing compared: every figure is null, reason noData', () => {
    const figures = figuresOf(emptyTally(), 2);
    expect(figures).toMatchObject({ percent: null, kappa: null, alpha: null, reason: 'noData' });
  });

  it('one value everywhere (perfect agreement on coded text only): 100 %, κ and α undefined', () => {
    const tally = emptyTally();
    addSegment(tally, 12, [1, 1]);
    expect(figuresOf(tally, 2)).toMatchObject({ percent: 1, kappa: null, alpha: null, reason: 'noVariation' });
  });

  it('a value without a second coder is not pairable; three coders have no kappa', () => {
    const tally = emptyTally();
    addSegment(tally, 5, [1, null, null]);
    expect(tally.compared).toBe(0);
    addSegment(tally, 4, [1, 1, 0]);
    addSegment(tally, 6, [0, 0, null]);
    const figures = figuresOf(tally, 3);
    expect(figures.kappa).toBeNull();
    expect(figures.counts.table).toBeNull();
    expect(figures.counts.compared).toBe(10);
    // [1,1,0] ×4: o₁₁ = 4·2/2 = 4, o₀₁ = 4·2/2 = 4 (each mixed cell); [0,0] ×6: o₀₀ = 6·2/1 = 12.
    expect(figures.counts.coincidences).toEqual({ coded: 4, uncoded: 12, mixed: 4 });
    // Pairs n = 4 + 12 + 2·4 = 24; agreeing 16 → 2/3. n₁ = 8, n₀ = 16: α = 1 − 23·4/(16·8) = 1 − 92/128 = 0.28125.
    expect(figures.percent).toBeCloseTo(2 / 3, 12);
    expect(figures.alpha).toBeCloseTo(0.28125, 12);
  });
});
