/**
 * Where the theme map's nodes go: a d3-force simulation (links pull harder and closer the stronger
 * the co-occurrence, nodes repel each other, never overlap their labels, and stay around the centre).
 * No React and no DOM: the chart draws what this computes, and the drag handling moves it.
 * Coordinates are the map's own ("world"), centred on 0, 0; the view's pan and zoom are applied at drawing.
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { MapEdge, MapGraph, MapNode } from '../../../../shared/analysis/map-graph';
import { forceBoxCollide } from './collide';
import { labelLines, labelSize } from './label';

export interface Placed {
  x: number;
  y: number;
  pinned: boolean;
}

export interface LayoutNode extends SimulationNodeDatum {
  node: MapNode;
  lines: string[];
  /** A rough radius of the node with its label, for link lengths and the view's margins. */
  reach: number;
  /** The box of the circle and its label (see collide.ts). */
  halfWidth: number;
  above: number;
  below: number;
  pinned: boolean;
  x: number;
  y: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: LayoutNode;
  target: LayoutNode;
  edge: MapEdge;
  /** The edge's value over the largest value, 0–1. */
  weight: number;
}

export interface Layout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  /** The view's size when the layout was made: nodes are kept inside it, centred on 0, 0 (null: no bounds). */
  box: { width: number; height: number } | null;
}

/** Pushes nodes back inside the box (their circle and label), so that the map fits the view without zooming out. */
function forceInside(box: { width: number; height: number }) {
  let nodes: LayoutNode[] = [];
  const force = () => {
    const w = box.width / 2;
    const h = box.height / 2;
    for (const n of nodes) {
      const x = n.x + (n.vx ?? 0);
      const y = n.y + (n.vy ?? 0);
      const left = -w + n.halfWidth;
      const right = w - n.halfWidth;
      const top = -h + n.above;
      const bottom = h - n.below;
      // A box narrower than the node: its centre.
      if (left > right) n.vx = (n.vx ?? 0) - x * 0.5;
      else if (x < left) n.vx = (n.vx ?? 0) + (left - x) * 0.5;
      else if (x > right) n.vx = (n.vx ?? 0) + (right - x) * 0.5;
      if (top > bottom) n.vy = (n.vy ?? 0) - y * 0.5;
      else if (y < top) n.vy = (n.vy ?? 0) + (top - y) * 0.5;
      else if (y > bottom) n.vy = (n.vy ?? 0) + (bottom - y) * 0.5;
    }
  };
  force.initialize = (list: LayoutNode[]) => {
    nodes = list;
  };
  return force;
}

/** Settles sooner than d3's default (0.001): the last ticks only move nodes by a fraction of a pixel. */
const ALPHA_MIN = 0.005;
/** Room between two nodes' footprints. */
const GAP = 6;

/** The forces. Stopped: the caller ticks it (first layout) or restarts it (drag). */
export function createSimulation(layout: Layout): Simulation<LayoutNode, LayoutLink> {
  const degree = new Map<LayoutNode, number>();
  for (const link of layout.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const fewest = (link: LayoutLink) => Math.min(degree.get(link.source) ?? 1, degree.get(link.target) ?? 1);
  const simulation = forceSimulation<LayoutNode, LayoutLink>(layout.nodes)
    .alphaMin(ALPHA_MIN)
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(layout.links)
        // A strong pair sits close (its footprints plus 10 px), a weak one up to 80 px further.
        .distance((l) => l.source.reach + l.target.reach + 10 + 80 * (1 - l.weight))
        .strength((l) => (0.1 + 0.7 * l.weight) / Math.sqrt(fewest(l))),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-60).distanceMax(400))
    .force('collide', forceBoxCollide<LayoutNode>(GAP))
    // Centring: a gentle pull, so that codes with no link stay near the others.
    .force('x', forceX<LayoutNode>(0).strength(0.06))
    .force('y', forceY<LayoutNode>(0).strength(0.09))
    .stop();
  if (layout.box) simulation.force('inside', forceInside(layout.box));
  return simulation;
}

/** The nodes and links of a graph, placed where `known` says (pinned ones fixed), the others near their known neighbours. */
export function layoutOf(graph: MapGraph, known: ReadonlyMap<number, Placed>, fontSize: number, box: Layout['box'] = null): Layout {
  const nodes: LayoutNode[] = graph.nodes.map((node) => {
    const lines = labelLines(node.name, 18);
    const label = labelSize(lines, fontSize);
    // The label hangs under the node (its first baseline one font size under the circle).
    const halfWidth = Math.max(node.radius, label.width / 2);
    const below = node.radius + label.height + fontSize * 0.3;
    const reach = Math.max(halfWidth, (node.radius + below) / 2);
    const at = known.get(node.codeId);
    const placed: LayoutNode = {
      node,
      lines,
      reach,
      halfWidth,
      above: node.radius,
      below,
      pinned: at?.pinned ?? false,
      x: at?.x ?? Number.NaN,
      y: at?.y ?? Number.NaN,
    };
    if (at?.pinned) {
      placed.fx = at.x;
      placed.fy = at.y;
    }
    return placed;
  });
  const byId = new Map(nodes.map((n) => [n.node.codeId, n]));
  const links: LayoutLink[] = graph.edges.map((edge) => ({
    source: byId.get(edge.a)!,
    target: byId.get(edge.b)!,
    edge,
    weight: graph.maxValue > 0 ? edge.value / graph.maxValue : 0,
  }));
  // A new node starts beside the mean of its placed neighbours, else on a spiral round the centre.
  let spiral = 0;
  for (const n of nodes) {
    if (!Number.isNaN(n.x)) continue;
    const neighbours = links.flatMap((l) => (l.source === n ? [l.target] : l.target === n ? [l.source] : [])).filter((m) => known.has(m.node.codeId));
    if (neighbours.length > 0) {
      const angle = (n.node.codeId * 2.399963) % (2 * Math.PI);
      n.x = neighbours.reduce((s, m) => s + m.x, 0) / neighbours.length + 40 * Math.cos(angle);
      n.y = neighbours.reduce((s, m) => s + m.y, 0) / neighbours.length + 40 * Math.sin(angle);
    } else {
      const radius = 40 * Math.sqrt(0.5 + spiral);
      const angle = spiral * Math.PI * (3 - Math.sqrt(5));
      n.x = radius * Math.cos(angle);
      n.y = radius * Math.sin(angle);
      spiral += 1;
    }
  }
  return { nodes, links, box };
}

/**
 * The first layout: nodes already placed hold still while the new ones find their place (so a
 * filter or a threshold does not move what the researcher knows), then the unpinned ones are free again.
 * Nothing new: nothing moves.
 */
export function settleNewNodes(layout: Layout, known: ReadonlyMap<number, Placed>): void {
  const fresh = layout.nodes.filter((n) => !known.has(n.node.codeId));
  if (fresh.length === 0) return;
  const held = layout.nodes.filter((n) => known.has(n.node.codeId) && !n.pinned);
  for (const n of held) {
    n.fx = n.x;
    n.fy = n.y;
  }
  const simulation = createSimulation(layout);
  const ticks = Math.ceil(Math.log(ALPHA_MIN) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);
  // Then only collisions and the view's bounds, so that no label is left over another node.
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null).alpha(0.1).tick(40);
  for (const n of held) {
    n.fx = null;
    n.fy = null;
  }
}

/** Where every node is now, to save or to start the next layout from. */
export function placements(layout: Layout): Map<number, Placed> {
  return new Map(layout.nodes.map((n) => [n.node.codeId, { x: n.x, y: n.y, pinned: n.pinned }]));
}

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/**
 * The pan and zoom that show every node and its label in a `width` × `height` view with `margin`
 * round it (and `bottom` more at the bottom, for the legend). The zoom spreads the centres and keeps
 * sizes, so labels stay legible: at most 1.5, at least 0.15.
 */
export function fitTransform(layout: Layout, width: number, height: number, margin: number, bottom = 0): ViewTransform {
  const usable = height - bottom;
  const nodes = layout.nodes;
  if (nodes.length === 0 || width <= 0 || usable <= 0) return { k: 1, x: width / 2, y: Math.max(0, usable) / 2 };
  // At zoom k, the drawing spans from min(k·x − left part) to max(k·x + right part) on each axis.
  const span = (k: number, at: (n: LayoutNode) => number, before: (n: LayoutNode) => number, after: (n: LayoutNode) => number) => {
    let low = Infinity;
    let high = -Infinity;
    for (const n of nodes) {
      low = Math.min(low, k * at(n) - before(n));
      high = Math.max(high, k * at(n) + after(n));
    }
    return { low, high };
  };
  const spanX = (k: number) => span(k, (n) => n.x, (n) => n.halfWidth, (n) => n.halfWidth);
  const spanY = (k: number) => span(k, (n) => n.y, (n) => n.above, (n) => n.below);
  const fits = (k: number) => {
    const x = spanX(k);
    const y = spanY(k);
    return x.high - x.low <= width - 2 * margin && y.high - y.low <= usable - 2 * margin;
  };
  // The largest zoom that fits (the spans grow with k), found by halving.
  let k = 1.5;
  if (!fits(k)) {
    let low = 0.15;
    let high = 1.5;
    for (let i = 0; i < 30; i += 1) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    k = low;
  }
  const x = spanX(k);
  const y = spanY(k);
  return { k, x: width / 2 - (x.low + x.high) / 2, y: usable / 2 - (y.low + y.high) / 2 };
}
