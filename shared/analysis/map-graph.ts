/**
 * The theme map as a graph, from a co-occurrence matrix: one node per code (its area grows with its
 * passages), one edge per pair whose value of the chosen measure reaches the threshold (its width
 * grows with the value), and the range the threshold slider offers. Pure: no d3, no DOM.
 */
import { pairValue, type CodeTotals, type CooccurrenceMatrix, type CooccurrenceMeasure, type CooccurrencePair } from '../domain/analysis';

export interface MapNode {
  codeId: number;
  name: string;
  path: string;
  /** The code's own colour; the map paints the family's (see `familyId`). */
  color: string;
  familyId: number;
  passages: number;
  documents: number;
  cases: number;
  /** Radius in pixels: the square root of the passages, so that the area is proportional to them. */
  radius: number;
}

export interface MapEdge {
  /** Ends, as code ids, in the matrix's order. */
  a: number;
  b: number;
  /** The measure's value for this pair. */
  value: number;
  /** Stroke width in pixels: proportional to the value between `minWidth` (value 0) and `maxWidth` (the largest value). */
  width: number;
  pair: CooccurrencePair;
}

export interface ThresholdRange {
  min: number;
  max: number;
  step: number;
}

export interface MapGraph {
  nodes: MapNode[];
  /** Kept edges, the strongest last (drawn on top). */
  edges: MapEdge[];
  /** Pairs that co-occur but fall under the threshold (said under the map, never hidden silently). */
  hiddenEdges: number;
  range: ThresholdRange;
  /** The largest passages of a node and the largest value of an edge (for the legend). */
  maxPassages: number;
  maxValue: number;
}

export interface MapScales {
  minRadius: number;
  maxRadius: number;
  minWidth: number;
  maxWidth: number;
}

export const defaultScales: MapScales = { minRadius: 6, maxRadius: 30, minWidth: 1, maxWidth: 10 };

/** Counts (passages, documents, cases) move by whole units; Jaccard and c are ratios between 0 and 1. */
export function isRatio(measure: CooccurrenceMeasure): boolean {
  return measure === 'jaccard' || measure === 'c';
}

/**
 * What the threshold slider offers: from the smallest to the largest value of the measure over the
 * pairs (ratios rounded outwards to the hundredth, step 0.01; counts step 1). No pair: 1–1 for counts, 0–1 for ratios.
 */
export function thresholdRange(matrix: CooccurrenceMatrix, measure: CooccurrenceMeasure): ThresholdRange {
  const values = matrix.pairs.map((p) => pairValue(p, measure));
  const ratio = isRatio(measure);
  if (values.length === 0) return ratio ? { min: 0, max: 1, step: 0.01 } : { min: 1, max: 1, step: 1 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (ratio) return { min: Math.floor(low * 100 + 1e-9) / 100, max: Math.ceil(high * 100 - 1e-9) / 100, step: 0.01 };
  return { min: Math.floor(low), max: Math.ceil(high), step: 1 };
}

/** The threshold within the range (a slide saved with another corpus may carry one outside it). */
export function clampThreshold(threshold: number, range: ThresholdRange): number {
  return Math.min(range.max, Math.max(range.min, threshold));
}

/** Radius of a node of `passages`, on a square-root scale from 0 → minRadius to `maxPassages` → maxRadius. */
export function nodeRadius(passages: number, maxPassages: number, scales: MapScales = defaultScales): number {
  if (maxPassages <= 0) return scales.minRadius;
  return scales.minRadius + (scales.maxRadius - scales.minRadius) * Math.sqrt(Math.max(0, passages) / maxPassages);
}

/** Width of an edge of `value`, on a linear scale from 0 → minWidth to `maxValue` → maxWidth. */
export function edgeWidth(value: number, maxValue: number, scales: MapScales = defaultScales): number {
  if (maxValue <= 0) return scales.minWidth;
  return scales.minWidth + (scales.maxWidth - scales.minWidth) * (Math.max(0, value) / maxValue);
}

function toNode(code: CodeTotals, maxPassages: number, scales: MapScales): MapNode {
  return {
    codeId: code.codeId,
    name: code.name,
    path: code.path,
    color: code.color,
    familyId: code.familyId,
    passages: code.passages,
    documents: code.documents,
    cases: code.cases,
    radius: nodeRadius(code.passages, maxPassages, scales),
  };
}

/**
 * Nodes for every code of the matrix (a code without any pair stays, alone), edges for the pairs whose
 * value is at least `threshold` (a threshold of 0 keeps every pair that co-occurs).
 */
export function mapGraph(matrix: CooccurrenceMatrix, measure: CooccurrenceMeasure, threshold: number, scales: MapScales = defaultScales): MapGraph {
  const maxPassages = Math.max(0, ...matrix.codes.map((c) => c.passages));
  const nodes = matrix.codes.map((code) => toNode(code, maxPassages, scales));
  const present = new Set(nodes.map((n) => n.codeId));
  const pairs = matrix.pairs.filter((p) => present.has(p.a) && present.has(p.b));
  const maxValue = Math.max(0, ...pairs.map((p) => pairValue(p, measure)));
  // A slider value such as 0.1 + 0.2 must still keep a pair of exactly 0.3.
  const reaches = (v: number) => v + 1e-9 >= threshold;
  const edges = pairs
    .map((pair) => {
      const value = pairValue(pair, measure);
      return { a: pair.a, b: pair.b, value, width: edgeWidth(value, maxValue, scales), pair };
    })
    .filter((edge) => edge.value > 0 && reaches(edge.value))
    .sort((x, y) => x.value - y.value);
  return { nodes, edges, hiddenEdges: pairs.length - edges.length, range: thresholdRange(matrix, measure), maxPassages, maxValue };
}

/**
 * The smallest threshold that keeps at most `maxEdges` links (the strongest), on the slider's steps:
 * above the value of the first pair left out. Every pair fits: the slider's minimum.
 */
export function suggestedThreshold(matrix: CooccurrenceMatrix, measure: CooccurrenceMeasure, maxEdges: number): number {
  const range = thresholdRange(matrix, measure);
  const values = matrix.pairs.map((p) => pairValue(p, measure)).sort((x, y) => y - x);
  if (values.length <= maxEdges) return range.min;
  const cut = values[Math.max(0, maxEdges)]!;
  const above = isRatio(measure) ? (Math.floor(cut * 100 + 1e-9) + 1) / 100 : Math.floor(cut) + 1;
  return clampThreshold(above, range);
}

/** Above this many links per code, a map is a tangle (and slow to drag). */
export const DENSE_LINKS_PER_CODE = 3;
/** The threshold for a dense map keeps about this many links per code, the strongest. */
export const SUGGESTED_LINKS_PER_CODE = 2;

/** Whether a map of ten codes or more draws more than DENSE_LINKS_PER_CODE links per code. */
export function isDense(graph: Pick<MapGraph, 'nodes' | 'edges'>): boolean {
  return graph.nodes.length >= 10 && graph.edges.length > DENSE_LINKS_PER_CODE * graph.nodes.length;
}

/**
 * The threshold a map is drawn at: the researcher's, or, while `auto` holds and the map would be
 * dense at it, the one that keeps about SUGGESTED_LINKS_PER_CODE links per code.
 */
export function automaticThreshold(matrix: CooccurrenceMatrix, measure: CooccurrenceMeasure, threshold: number, auto: boolean): { threshold: number; raised: boolean } {
  const range = thresholdRange(matrix, measure);
  const chosen = clampThreshold(threshold, range);
  if (!auto) return { threshold: chosen, raised: false };
  const nodes = matrix.codes.length;
  const kept = matrix.pairs.filter((p) => pairValue(p, measure) > 0 && pairValue(p, measure) >= chosen).length;
  if (nodes < 10 || kept <= DENSE_LINKS_PER_CODE * nodes) return { threshold: chosen, raised: false };
  const suggested = suggestedThreshold(matrix, measure, SUGGESTED_LINKS_PER_CODE * nodes);
  return suggested > chosen ? { threshold: suggested, raised: true } : { threshold: chosen, raised: false };
}
