/**
 * Where the nodes were last seen: seeded from the project's saved positions, kept up to date as the
 * map settles and as nodes are moved, so that a new filter or threshold starts from the same places.
 */
import type { MapPosition } from '../../../../shared/domain/analysis';
import type { MapGraph } from '../../../../shared/analysis/map-graph';
import { layoutOf, placements, settleNewNodes, type Layout, type Placed } from './layout';

const LIMIT = 1_000_000;
const clean = (v: number) => Math.round(Math.min(LIMIT, Math.max(-LIMIT, v)) * 10) / 10;

export class PositionBook {
  private readonly places = new Map<number, Placed>();
  private seededFrom: readonly MapPosition[] | null = null;

  /** Takes the saved positions once per load (a reload after « Réorganiser » brings an empty list). */
  seed(saved: readonly MapPosition[]): void {
    if (this.seededFrom === saved) return;
    this.seededFrom = saved;
    this.places.clear();
    for (const p of saved) this.places.set(p.codeId, { x: p.x, y: p.y, pinned: p.pinned });
  }

  record(layout: Layout): void {
    for (const [id, placed] of placements(layout)) this.places.set(id, placed);
  }

  /**
   * The layout of a graph from the places known: known nodes start where they were (pinned ones
   * stay), new ones settle round them. Records the result.
   */
  arrange(graph: MapGraph, fontSize: number, box: Layout['box']): Layout {
    const known = new Map(graph.nodes.flatMap((n) => (this.places.has(n.codeId) ? [[n.codeId, this.places.get(n.codeId)!] as const] : [])));
    const layout = layoutOf(graph, known, fontSize, box);
    settleNewNodes(layout, known);
    this.record(layout);
    return layout;
  }
}

/** What `map:savePositions` takes for a layout: every node, rounded to a tenth of a pixel. */
export function positionsToSave(layout: Layout): MapPosition[] {
  return layout.nodes
    .filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y))
    .map((n) => ({ codeId: n.node.codeId, x: clean(n.x), y: clean(n.y), pinned: n.pinned }));
}
