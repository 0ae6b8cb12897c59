/**
 * Moving the theme map's nodes by hand: dragging with the mouse (or a pen, a finger), nudging with
 * the arrow keys, releasing. A node moved by hand stays where it was left (pinned) until released.
 * While a node is held, only it and its links are drawn again (the rest of the map stays still, and
 * a frame costs little even at 150 codes); once dropped, the forces make room round it.
 * Plain DOM events and the d3-force simulation; no React.
 */
import type { Simulation } from 'd3-force';
import type { LayoutLink, LayoutNode } from './layout';

type MapSimulation = Simulation<LayoutNode, LayoutLink>;

/** Under this many pixels, a press and release is a click, not a drag. */
const CLICK_SLOP = 4;
/** After a drop, how warm the simulation is restarted: enough for neighbours to make room, not to reshuffle the map. */
const DROP_ALPHA = 0.08;

export interface DragHandlers {
  simulation: MapSimulation;
  /** From the pointer's page coordinates to the map's. */
  toWorld: (clientX: number, clientY: number) => [number, number];
  /** Draws the moved node and its links (the rest of the map holds still while a node is held). */
  onMove: (node: LayoutNode) => void;
  onDragStart: (node: LayoutNode) => void;
  /** The node was dropped: it is pinned where it is. */
  onDrop: (node: LayoutNode) => void;
  /** A press and release without moving. */
  onClick: (node: LayoutNode, event: PointerEvent) => void;
}

/** Follows one pointer from its press on a node until it is released. */
export function beginNodeDrag(event: PointerEvent, element: Element, node: LayoutNode, handlers: DragHandlers): void {
  if (event.button !== 0) return;
  const startX = event.clientX;
  const startY = event.clientY;
  let dragging = false;
  element.setPointerCapture(event.pointerId);

  const move = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    if (!dragging) {
      if (Math.hypot(e.clientX - startX, e.clientY - startY) < CLICK_SLOP) return;
      dragging = true;
      handlers.simulation.stop();
      handlers.onDragStart(node);
    }
    const [x, y] = handlers.toWorld(e.clientX, e.clientY);
    node.fx = x;
    node.fy = y;
    node.x = x;
    node.y = y;
    handlers.onMove(node);
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    element.removeEventListener('pointermove', move as EventListener);
    element.removeEventListener('pointerup', end as EventListener);
    element.removeEventListener('pointercancel', end as EventListener);
    if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
    if (dragging) {
      pin(node);
      handlers.simulation.alpha(DROP_ALPHA).restart();
      handlers.onDrop(node);
    } else if (e.type === 'pointerup') {
      handlers.onClick(node, e);
    }
  };
  element.addEventListener('pointermove', move as EventListener);
  element.addEventListener('pointerup', end as EventListener);
  element.addEventListener('pointercancel', end as EventListener);
}

/** Holds the node where it is. */
export function pin(node: LayoutNode): void {
  node.fx = node.fx ?? node.x;
  node.fy = node.fy ?? node.y;
  node.x = node.fx;
  node.y = node.fy;
  node.pinned = true;
}

/** Lets the forces move the node again; the map settles round it. */
export function release(node: LayoutNode, simulation: MapSimulation): void {
  node.fx = null;
  node.fy = null;
  node.pinned = false;
  simulation.alpha(0.3).restart();
}

/** Moves a node by the arrow keys (and pins it there); the neighbours adjust a little. */
export function nudge(node: LayoutNode, dx: number, dy: number, simulation: MapSimulation): void {
  node.fx = node.x + dx;
  node.fy = node.y + dy;
  pin(node);
  simulation.alpha(Math.max(simulation.alpha(), 0.05)).restart();
}
