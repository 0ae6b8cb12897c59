import { describe, expect, it } from 'vitest';
import { automaticThreshold, clampThreshold, edgeWidth, mapGraph, nodeRadius, suggestedThreshold, thresholdRange } from '../../../shared/analysis/map-graph';
import type { CodeTotals, CooccurrenceMatrix, CooccurrencePair } from '../../../shared/domain/analysis';

const code = (codeId: number, name: string, familyId: number, passages: number, documents = 1, cases = 1): CodeTotals => ({
  codeId,
  name,
  path: `F${familyId}/${name}`,
  color: `#00000${codeId}`,
  familyId,
  passages,
  documents,
  cases,
});
const pair = (a: number, b: number, passages: number, documents: number, cases: number, jaccard: number, c: number): CooccurrencePair => ({ a, b, passages, documents, cases, jaccard, c });

/**
 * Four codes, A (100 passages), B (25), C (0), D (4); three pairs:
 * A–B 10 passages, 4 documents, 3 cases, Jaccard 0.5, c 10 / (100 + 25 − 10) = 0.087;
 * A–D 2 passages, 2 documents, 2 cases, Jaccard 0.25, c 2 / 102 = 0.0196;
 * B–D 5 passages, 1 document, 1 case, Jaccard 1/3, c 5 / 24 = 0.2083.
 */
const matrix: CooccurrenceMatrix = {
  mode: 'unit',
  within: 1,
  codes: [code(1, 'A', 10, 100), code(2, 'B', 10, 25), code(3, 'C', 20, 0), code(4, 'D', 20, 4)],
  pairs: [pair(1, 2, 10, 4, 3, 0.5, 10 / 115), pair(1, 4, 2, 2, 2, 0.25, 2 / 102), pair(2, 4, 5, 1, 1, 1 / 3, 5 / 24)],
};

describe('theme map graph', () => {
  it('sizes nodes on a square-root scale of their passages: 6 px for none, 30 px for the largest', () => {
    // sqrt(25/100) = 0.5 → 6 + 24 × 0.5 = 18; sqrt(4/100) = 0.2 → 6 + 24 × 0.2 = 10.8.
    expect(nodeRadius(100, 100)).toBe(30);
    expect(nodeRadius(25, 100)).toBe(18);
    expect(nodeRadius(4, 100)).toBeCloseTo(10.8, 10);
    expect(nodeRadius(0, 100)).toBe(6);
    expect(nodeRadius(0, 0)).toBe(6);
    const graph = mapGraph(matrix, 'count', 1);
    expect(graph.nodes.map((n) => [n.codeId, n.familyId, n.radius])).toEqual([
      [1, 10, 30],
      [2, 10, 18],
      [3, 20, 6],
      [4, 20, 6 + 24 * 0.2],
    ]);
    expect(graph.maxPassages).toBe(100);
  });

  it('keeps the pairs whose value reaches the threshold, the weakest first, widths proportional from 1 to 10 px', () => {
    // Passages: 10 (A–B), 2 (A–D), 5 (B–D); the largest, 10, is 10 px; 5 → 1 + 9 × 0.5 = 5.5; 2 → 1 + 9 × 0.2 = 2.8.
    const all = mapGraph(matrix, 'count', 1);
    expect(all.edges.map((e) => [e.a, e.b, e.value])).toEqual([
      [1, 4, 2],
      [2, 4, 5],
      [1, 2, 10],
    ]);
    expect(all.edges.map((e) => e.width)).toEqual([1 + 9 * 0.2, 5.5, 10]);
    expect(all.hiddenEdges).toBe(0);
    expect(all.maxValue).toBe(10);

    const five = mapGraph(matrix, 'count', 5);
    expect(five.edges.map((e) => [e.a, e.b])).toEqual([
      [2, 4],
      [1, 2],
    ]);
    expect(five.hiddenEdges).toBe(1);
    // Every code stays, even C which co-occurs with nothing.
    expect(five.nodes).toHaveLength(4);

    expect(mapGraph(matrix, 'count', 11).edges).toEqual([]);
    expect(mapGraph(matrix, 'count', 11).hiddenEdges).toBe(3);
  });

  it('reads the value of the chosen measure: documents, cases, Jaccard, c', () => {
    expect(mapGraph(matrix, 'documents', 2).edges.map((e) => [e.a, e.b, e.value])).toEqual([
      [1, 4, 2],
      [1, 2, 4],
    ]);
    expect(mapGraph(matrix, 'cases', 3).edges.map((e) => [e.a, e.b, e.value])).toEqual([[1, 2, 3]]);
    // Jaccard 0.33 on the slider keeps B–D (1/3) and A–B (0.5), not A–D (0.25).
    expect(mapGraph(matrix, 'jaccard', 0.33).edges.map((e) => [e.a, e.b])).toEqual([
      [2, 4],
      [1, 2],
    ]);
    // A threshold made by adding steps (0.1 + 0.15 = 0.25000000000000006) keeps a pair of exactly 0.25.
    expect(mapGraph(matrix, 'jaccard', 0.1 + 0.15).edges).toHaveLength(3);
    // c: 0.2083 is the largest → 10 px; 0.087 → 1 + 9 × 0.087 / 0.2083 = 4.757.
    const c = mapGraph(matrix, 'c', 0.05);
    expect(c.edges.map((e) => [e.a, e.b])).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(c.edges[0]!.width).toBeCloseTo(1 + (9 * (10 / 115)) / (5 / 24), 10);
    expect(c.edges[0]!.width).toBeCloseTo(4.757, 3);
  });

  it('offers a slider from the smallest to the largest value: whole steps for counts, hundredths for ratios', () => {
    expect(thresholdRange(matrix, 'count')).toEqual({ min: 2, max: 10, step: 1 });
    expect(thresholdRange(matrix, 'documents')).toEqual({ min: 1, max: 4, step: 1 });
    expect(thresholdRange(matrix, 'cases')).toEqual({ min: 1, max: 3, step: 1 });
    // 0.25 stays 0.25 (no rounding down to 0.24), 0.5 stays 0.5.
    expect(thresholdRange(matrix, 'jaccard')).toEqual({ min: 0.25, max: 0.5, step: 0.01 });
    // c: 0.0196 → 0.01 (down), 0.2083 → 0.21 (up).
    expect(thresholdRange(matrix, 'c')).toEqual({ min: 0.01, max: 0.21, step: 0.01 });
    const empty: CooccurrenceMatrix = { ...matrix, pairs: [] };
    expect(thresholdRange(empty, 'count')).toEqual({ min: 1, max: 1, step: 1 });
    expect(thresholdRange(empty, 'c')).toEqual({ min: 0, max: 1, step: 0.01 });
    expect(clampThreshold(1, thresholdRange(matrix, 'count'))).toBe(2);
    expect(clampThreshold(0.9, thresholdRange(matrix, 'jaccard'))).toBe(0.5);
    expect(clampThreshold(0.3, thresholdRange(matrix, 'jaccard'))).toBe(0.3);
  });

  it('has nothing to draw for an empty matrix, and ignores pairs of codes it does not list', () => {
    const empty = mapGraph({ mode: 'overlap', within: 1, codes: [], pairs: [] }, 'count', 1);
    expect(empty).toMatchObject({ nodes: [], edges: [], hiddenEdges: 0, maxPassages: 0, maxValue: 0 });
    const stray = mapGraph({ ...matrix, pairs: [...matrix.pairs, pair(1, 99, 50, 1, 1, 1, 1)] }, 'count', 1);
    expect(stray.edges).toHaveLength(3);
    expect(stray.maxValue).toBe(10);
    expect(edgeWidth(3, 0)).toBe(1);
  });

  it('suggests the smallest threshold that keeps at most N links, the strongest', () => {
    // Passages 10, 5, 2: one link → above 5, that is 6 (keeps 10); two → above 2, that is 3 (keeps 10 and 5); three → every pair, 2.
    expect(suggestedThreshold(matrix, 'count', 1)).toBe(6);
    expect(mapGraph(matrix, 'count', 6).edges.map((e) => e.value)).toEqual([10]);
    expect(suggestedThreshold(matrix, 'count', 2)).toBe(3);
    expect(mapGraph(matrix, 'count', 3).edges.map((e) => e.value)).toEqual([5, 10]);
    expect(suggestedThreshold(matrix, 'count', 3)).toBe(2);
    expect(suggestedThreshold(matrix, 'count', 50)).toBe(2);
    // Jaccard 0.5, 1/3, 0.25: one link → above 0.333…, that is 0.34 on the slider.
    expect(suggestedThreshold(matrix, 'jaccard', 1)).toBe(0.34);
    expect(mapGraph(matrix, 'jaccard', 0.34).edges.map((e) => e.value)).toEqual([0.5]);
    // None at all: the slider's maximum keeps the strongest (never an empty map by suggestion).
    expect(suggestedThreshold(matrix, 'count', 0)).toBe(10);
  });
});

describe('automatic threshold of a dense map', () => {
  /**
   * Ten codes, every pair co-occurring (45 pairs): pair (i, j) has i + j passages, from 3 (1–2) to
   * 19 (9–10). 45 links > 3 × 10, so a new map keeps about 2 × 10 = 20, the strongest. Pairs per
   * sum, from 19 down to 12: 1, 1, 2, 2, 3, 3, 4, 4 (20 pairs reach 12); 5 pairs sum to 11, so the
   * 21st value is 11, the threshold 12, and 20 links remain.
   */
  const ten: CooccurrenceMatrix = {
    mode: 'unit',
    within: 0,
    codes: Array.from({ length: 10 }, (_, i) => code(i + 1, `C${i + 1}`, 1, 20)),
    pairs: Array.from({ length: 10 }, (_, i) => i + 1).flatMap((a) => Array.from({ length: 10 - a }, (_, k) => a + k + 1).map((b) => pair(a, b, a + b, 1, 1, 0.5, 0.5))),
  };

  it('raises a new map’s threshold so that about two links per code remain', () => {
    expect(ten.pairs).toHaveLength(45);
    const drawn = automaticThreshold(ten, 'count', 1, true);
    expect(drawn).toEqual({ threshold: 12, raised: true });
    expect(mapGraph(ten, 'count', drawn.threshold).edges).toHaveLength(20);
  });

  it('keeps the researcher’s threshold once chosen, and leaves sparse or small maps alone', () => {
    expect(automaticThreshold(ten, 'count', 1, false)).toEqual({ threshold: 3, raised: false });
    // At 13 the map keeps 16 links (≤ 30): nothing to raise.
    expect(automaticThreshold(ten, 'count', 13, true)).toEqual({ threshold: 13, raised: false });
    // Four codes are never « dense », however many links.
    expect(automaticThreshold(matrix, 'count', 1, true)).toEqual({ threshold: 2, raised: false });
  });
});
