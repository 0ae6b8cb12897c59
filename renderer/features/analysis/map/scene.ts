/**
 * The live map once React has drawn it: the simulation's ticks, the pan and the zoom move the
 * elements React made by setting their attributes directly (no React render per frame), and the
 * simulation stops by itself when the map has settled.
 */
import type { Simulation } from 'd3-force';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { createSimulation, type Layout, type LayoutLink, type LayoutNode, type ViewTransform } from './layout';

export class MapScene {
  readonly simulation: Simulation<LayoutNode, LayoutLink>;
  private svg: SVGSVGElement | null = null;
  private nodeElements: (SVGGElement | null)[] = [];
  private edgeElements: SVGLineElement[][] = [];
  /** The links of each node, by index in the layout. */
  private readonly incident = new Map<LayoutNode, number[]>();
  private zoomBehaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private frame = 0;

  constructor(
    readonly layout: Layout,
    /** Kept across layouts by the chart, so that a reload does not move the view. */
    private view: { transform: ViewTransform },
    private readonly onSettled: () => void,
  ) {
    this.simulation = createSimulation(layout);
    layout.links.forEach((link, i) => {
      for (const end of [link.source, link.target]) this.incident.set(end, [...(this.incident.get(end) ?? []), i]);
    });
  }

  /** Finds the elements React drew for this layout and starts following the simulation and the zoom. */
  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    const byId = new Map<string, SVGGElement>();
    for (const el of svg.querySelectorAll<SVGGElement>('g[data-node]')) byId.set(el.dataset.node!, el);
    this.nodeElements = this.layout.nodes.map((n) => byId.get(String(n.node.codeId)) ?? null);
    const edges = new Map<string, SVGLineElement[]>();
    for (const el of svg.querySelectorAll<SVGLineElement>('line[data-edge]')) {
      const list = edges.get(el.dataset.edge!) ?? [];
      list.push(el);
      edges.set(el.dataset.edge!, list);
    }
    this.edgeElements = this.layout.links.map((_, i) => edges.get(String(i)) ?? []);
    this.simulation.on('tick', () => this.draw()).on('end', () => this.onSettled());

    this.zoomBehaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 6])
      // Pressing a node drags the node, not the map.
      .filter((event: Event) => {
        const target = event.target as Element | null;
        if (event.type !== 'wheel' && target?.closest('[data-node]')) return false;
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: { transform: ViewTransform }) => {
        this.view.transform = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
        this.draw();
      });
    select(svg).call(this.zoomBehaviour).on('dblclick.zoom', null);
    // The zoom starts from the view kept across layouts.
    const t = this.view.transform;
    select(svg).call(this.zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    this.draw();
  }

  detach(): void {
    this.simulation.stop();
    this.simulation.on('tick', null).on('end', null);
    if (this.svg) select(this.svg).on('.zoom', null);
    cancelAnimationFrame(this.frame);
    this.svg = null;
  }

  /** Shows the view `t` (a fit, a reset). */
  setTransform(t: ViewTransform): void {
    if (!this.svg || !this.zoomBehaviour) {
      this.view.transform = t;
      return;
    }
    select(this.svg).call(this.zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  /** Page coordinates to the map's (`rect`: the map's box, when the caller has it already). */
  toWorld(clientX: number, clientY: number, rect: DOMRect | undefined = this.svg?.getBoundingClientRect()): [number, number] {
    const t = this.view.transform;
    return [(clientX - (rect?.left ?? 0) - t.x) / t.k, (clientY - (rect?.top ?? 0) - t.y) / t.k];
  }

  /** Where a node is on screen, relative to the map's box. */
  screenOf(node: LayoutNode): [number, number] {
    const t = this.view.transform;
    return [t.x + t.k * node.x, t.y + t.k * node.y];
  }

  /** Draws at the next frame (after a nudge or a release, when the simulation may not tick). */
  requestDraw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Puts every node and edge where the simulation and the view say: attributes only. */
  draw(): void {
    const nodes = this.layout.nodes;
    for (let i = 0; i < nodes.length; i += 1) this.placeNode(i);
    for (let i = 0; i < this.layout.links.length; i += 1) this.placeLink(i);
  }

  /** Only one node and its links (while it is dragged). */
  drawNode(node: LayoutNode): void {
    this.placeNode(this.layout.nodes.indexOf(node));
    for (const i of this.incident.get(node) ?? []) this.placeLink(i);
  }

  private placeNode(i: number): void {
    const { k, x: tx, y: ty } = this.view.transform;
    const el = this.nodeElements[i];
    const n = this.layout.nodes[i];
    if (el && n) el.setAttribute('transform', `translate(${(tx + k * n.x).toFixed(1)},${(ty + k * n.y).toFixed(1)})`);
  }

  private placeLink(i: number): void {
    const { k, x: tx, y: ty } = this.view.transform;
    const l = this.layout.links[i]!;
    const x1 = (tx + k * l.source.x).toFixed(1);
    const y1 = (ty + k * l.source.y).toFixed(1);
    const x2 = (tx + k * l.target.x).toFixed(1);
    const y2 = (ty + k * l.target.y).toFixed(1);
    for (const el of this.edgeElements[i]!) {
      el.setAttribute('x1', x1);
      el.setAttribute('y1', y1);
      el.setAttribute('x2', x2);
      el.setAttribute('y2', y2);
    }
  }
}
