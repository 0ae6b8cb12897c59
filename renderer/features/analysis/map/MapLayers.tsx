import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { Translate } from '../../../app/I18n';
import type { LayoutLink, LayoutNode } from './layout';
import type { MapPalette } from './palette';
import type { useMapWords } from './words';

/** What the layers do with the pointer and the keys: stable functions, so the layers draw again only when the map changes. */
export interface LayerActions {
  nodePointerDown: (event: PointerEvent<SVGGElement>, node: LayoutNode) => void;
  nodeClick: (event: MouseEvent<SVGGElement>, node: LayoutNode) => void;
  nodeDoubleClick: (node: LayoutNode) => void;
  nodeMenu: (event: MouseEvent<SVGGElement>, node: LayoutNode) => void;
  nodeKeyDown: (event: KeyboardEvent<SVGGElement>, node: LayoutNode) => void;
  nodeEnter: (event: PointerEvent<SVGGElement>, node: LayoutNode) => void;
  nodeFocus: (event: FocusEvent<SVGGElement>, node: LayoutNode) => void;
  leave: () => void;
  linkEnter: (event: PointerEvent<SVGLineElement>, link: LayoutLink) => void;
  linkLeave: (event: PointerEvent<SVGLineElement>) => void;
  linkClick: (link: LayoutLink) => void;
}

/** Between a label's lines, so that its text reads as the name (and matches the accessible name). */
const BETWEEN_LINES = ' ';

/** One visible line and one wider transparent line (easier to point at) per link; positions are set by the scene. */
export const MapLinks = memo(function MapLinks({ links, palette, actions }: { links: readonly LayoutLink[]; palette: MapPalette; actions: LayerActions }) {
  return (
    <g data-layer="links">
      {links.map((link, i) => (
        <g key={`${link.edge.a}-${link.edge.b}`}>
          <line data-edge={i} stroke={palette.edge} strokeOpacity={palette.edgeOpacity} strokeWidth={link.edge.width} strokeLinecap="round" />
          <line
            data-edge={i}
            data-edge-hit={`${link.edge.a}-${link.edge.b}`}
            stroke="#000000"
            strokeOpacity={0}
            strokeWidth={Math.max(10, link.edge.width + 6)}
            className="theme-map__edge-hit"
            onPointerEnter={(event) => actions.linkEnter(event, link)}
            onPointerLeave={(event) => actions.linkLeave(event)}
            onClick={() => actions.linkClick(link)}
          />
        </g>
      ))}
    </g>
  );
});

interface NodesProps {
  nodes: readonly LayoutNode[];
  /** Changes when a node is pinned or released, so that marks and names are drawn again. */
  pins: number;
  familyColor: ReadonlyMap<number, string>;
  palette: MapPalette;
  fontSize: number;
  focusable: boolean;
  t: Translate;
  words: ReturnType<typeof useMapWords>;
  actions: LayerActions;
}

/** The codes: a circle in the family's colour, a pin mark when pinned, the name under it with a halo. Positions are set by the scene. */
export const MapNodes = memo(function MapNodes({ nodes, familyColor, palette, fontSize, focusable, t, words, actions }: NodesProps) {
  return (
    <g data-layer="nodes">
      {nodes.map((n) => {
        const r = n.node.radius;
        return (
          <g
            key={n.node.codeId}
            data-node={n.node.codeId}
            data-pinned={n.pinned ? 'true' : 'false'}
            className="theme-map__node"
            tabIndex={focusable ? 0 : -1}
            role="button"
            aria-label={t(n.pinned ? 'map.node.pinned' : 'map.node', { path: words.path(n.node), counts: words.counts(n.node) })}
            aria-haspopup="menu"
            onPointerDown={(event) => actions.nodePointerDown(event, n)}
            onClick={(event) => actions.nodeClick(event, n)}
            onDoubleClick={() => actions.nodeDoubleClick(n)}
            onContextMenu={(event) => actions.nodeMenu(event, n)}
            onKeyDown={(event) => actions.nodeKeyDown(event, n)}
            onPointerEnter={(event) => actions.nodeEnter(event, n)}
            onPointerLeave={actions.leave}
            onFocus={(event) => actions.nodeFocus(event, n)}
            onBlur={actions.leave}
          >
            <circle className="theme-map__focus" r={r + 5} fill="none" stroke="none" />
            {/* A code without passages under these filters stays on the map, faded. */}
            <circle r={r} fill={familyColor.get(n.node.familyId) ?? n.node.color} fillOpacity={n.node.passages > 0 ? 1 : 0.3} stroke={palette.nodeStroke} strokeWidth={palette.nodeStrokeWidth} />
            {n.pinned ? <circle data-pin="" cx={r * 0.75} cy={-r * 0.75} r={fontSize > 20 ? 7 : 4.5} fill={palette.pin} stroke={palette.halo} strokeWidth={1.5} /> : null}
            <text
              y={r + fontSize}
              textAnchor="middle"
              fontSize={fontSize}
              fontWeight={palette.labelWeight}
              fill={palette.text}
              stroke={palette.halo}
              strokeWidth={palette.haloWidth}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {n.lines.map((line, i) => (
                <tspan key={i} x={0} dy={i === 0 ? 0 : fontSize * 1.2}>
                  {i < n.lines.length - 1 ? line + BETWEEN_LINES : line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
});
