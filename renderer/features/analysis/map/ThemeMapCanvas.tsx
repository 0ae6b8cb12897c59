import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MapGraph } from '../../../../shared/analysis/map-graph';
import type { CooccurrenceMeasure } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { useAsync } from '../../../app/useAsync';
import { Button } from '../../../ui/Button';
import { fitTransform, type LayoutLink, type LayoutNode, type ViewTransform } from './layout';
import { legendLayout, MapLegend, type LegendFamily } from './MapLegend';
import { MapTooltip, type Hovered } from './MapTooltip';
import { NodeMenu, type MenuItem } from './NodeMenu';
import { presentationPalette, workspacePalette } from './palette';
import { beginNodeDrag, nudge, pin, release } from './pinning';
import { PositionBook, positionsToSave } from './positions';
import { MapScene } from './scene';
import { useMapWords } from './words';

interface Props {
  graph: MapGraph | null;
  measure: CooccurrenceMeasure;
  threshold: number;
  loading: boolean;
  needsCodes: boolean;
  /** The project's path: saved positions are the project's. */
  projectKey: string;
  codes: readonly Code[] | undefined;
  presentation: boolean;
  onOpenNode: (node: LayoutNode) => void;
  onOpenLink: (link: LayoutLink) => void;
  /** The map's <svg>, or null while there is nothing to draw. */
  onSvg: (svg: (() => SVGSVGElement | null) | null) => void;
}

/** How long after the last move the positions are saved. */
const SAVE_DELAY = 400;
/** A click waits this long for a second one (a double-click releases the node instead). */
const DOUBLE_CLICK = 250;

/**
 * The map itself: React draws the nodes, links, labels and legend; the scene moves them. Nodes are
 * buttons (Tab, Enter, arrows, Maj+F10); links answer the pointer.
 */
export function ThemeMapCanvas(props: Props) {
  const { graph, measure, threshold, loading, needsCodes, projectKey, codes, presentation, onOpenNode, onOpenLink, onSvg } = props;
  const { t } = useI18n();
  const words = useMapWords();
  const api = useApi();
  const toasts = useToasts();
  const palette = presentation ? presentationPalette : workspacePalette;
  const fontSize = presentation ? 24 : 13;

  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const sceneRef = useRef<MapScene | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setSize({ width: box.clientWidth, height: box.clientHeight }));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Saved positions: loaded once per project, and again after « Réorganiser ».
  const [generation, setGeneration] = useState(0);
  const saved = useAsync(`${projectKey}|${generation}`, () => api.map.positions({}));
  const [book] = useState(() => new PositionBook());
  // The pan and zoom, kept across layouts (the scene writes it); `fitted` once the view has been fitted.
  const viewRef = useRef<{ transform: ViewTransform; fitted: boolean }>({ transform: { k: 1, x: 0, y: 0 }, fitted: false });
  const savedPositions = saved.data;
  const layout = useMemo(() => {
    if (!graph || !savedPositions) return null;
    book.seed(savedPositions);
    return book.arrange(graph, fontSize);
  }, [graph, savedPositions, book, fontSize]);

  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [menu, setMenu] = useState<{ node: LayoutNode; items: MenuItem[]; x: number; y: number } | null>(null);
  // Pins live on the layout's nodes; this only draws their marks again.
  const [, setPins] = useState(0);
  const dragging = useRef(false);
  const justDragged = useRef(false);
  const clickTimer = useRef(0);
  const saveTimer = useRef(0);

  const scheduleSave = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      const scene = sceneRef.current;
      if (!scene) return;
      book.record(scene.layout);
      api.map.savePositions({ positions: positionsToSave(scene.layout) }).catch((error: unknown) => toasts.showError(error));
    }, SAVE_DELAY);
  }, [api, book, toasts]);

  const families: LegendFamily[] = useMemo(() => {
    const byId = new Map((codes ?? []).map((c) => [c.id, c]));
    const seen = new Map<number, LegendFamily>();
    for (const n of graph?.nodes ?? []) {
      if (seen.has(n.familyId)) continue;
      const family = byId.get(n.familyId);
      seen.set(n.familyId, { id: n.familyId, name: family?.name ?? n.path.split('/')[0] ?? n.name, color: family?.color ?? n.color });
    }
    return [...seen.values()];
  }, [codes, graph]);
  const familyColor = useMemo(() => new Map(families.map((f) => [f.id, f.color])), [families]);

  const legend = {
    title: t('map.legend.families'),
    size: t('map.legend.size', { max: graph?.maxPassages ?? 0 }),
    width: t('map.legend.width', { measure: words.measure(measure), max: words.value(measure, graph?.maxValue ?? 0) }),
    threshold: t('map.legend.threshold', { threshold: words.value(measure, threshold) }),
    pinned: t('map.legend.pin'),
  };
  const legendFont = presentation ? 22 : 12;
  const legendBox = legendLayout(families, legend, legendFont, Math.max(200, size.width - 40));
  const legendRoom = families.length > 0 ? legendBox.height + 24 : 0;

  // The scene follows each new layout; the view is fitted the first time, after « Réorganiser » and on « Recadrer ».
  const fit = useCallback(() => {
    const scene = sceneRef.current;
    const box = boxRef.current;
    if (!scene || !box || box.clientWidth === 0) return;
    scene.setTransform(fitTransform(scene.layout, box.clientWidth, box.clientHeight, presentation ? 24 : 16, legendRoom));
    viewRef.current.fitted = true;
  }, [legendRoom, presentation]);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!layout || !svg) return;
    const scene = new MapScene(layout, viewRef.current, () => {
      book.record(layout);
      scheduleSave();
    });
    sceneRef.current = scene;
    scene.attach(svg);
    scheduleSave();
    return () => {
      scene.detach();
      if (sceneRef.current === scene) sceneRef.current = null;
    };
  }, [layout, book, scheduleSave]);

  useLayoutEffect(() => {
    if (layout && layout.nodes.length > 0 && !viewRef.current.fitted && size.width > 0) fit();
  }, [layout, size, fit]);

  useEffect(() => {
    onSvg(layout && layout.nodes.length > 0 ? () => svgRef.current : null);
  }, [layout, onSvg]);
  useEffect(() => () => onSvg(null), [onSvg]);
  useEffect(
    () => () => {
      window.clearTimeout(clickTimer.current);
    },
    [],
  );

  const reorganise = async () => {
    try {
      await api.map.resetPositions({});
      viewRef.current.fitted = false;
      setGeneration((g) => g + 1);
    } catch (error) {
      toasts.showError(error);
    }
  };

  const pinsChanged = () => {
    setPins((n) => n + 1);
    scheduleSave();
  };

  const focusNode = (node: LayoutNode) => svgRef.current?.querySelector<SVGGElement>(`g[data-node="${node.node.codeId}"]`)?.focus();

  const openMenu = (node: LayoutNode) => {
    const scene = sceneRef.current;
    if (!scene) return;
    const [x, y] = scene.screenOf(node);
    setHovered(null);
    setMenu({ node, items: menuItems(node), x: x + 12, y: y + 12 });
  };

  const menuItems = (node: LayoutNode): MenuItem[] => {
    const items: MenuItem[] = [{ key: 'open', label: t('map.menu.open'), run: () => onOpenNode(node) }];
    if (node.pinned) {
      items.push({
        key: 'release',
        label: t('map.menu.release'),
        run: () => {
          const scene = sceneRef.current;
          if (scene) release(node, scene.simulation);
          pinsChanged();
        },
      });
    } else {
      items.push({
        key: 'pin',
        label: t('map.menu.pin'),
        run: () => {
          pin(node);
          pinsChanged();
        },
      });
    }
    const links = (layout?.links ?? []).filter((l) => l.source === node || l.target === node).sort((a, b) => b.edge.value - a.edge.value);
    for (const link of links) {
      const other = link.source === node ? link.target : link.source;
      items.push({
        key: `edge-${other.node.codeId}`,
        label: t('map.menu.edge', { name: other.node.name, value: words.value(measure, link.edge.value) }),
        run: () => onOpenLink(link),
      });
    }
    return items;
  };

  const onNodeKeyDown = (event: KeyboardEvent<SVGGElement>, node: LayoutNode) => {
    const scene = sceneRef.current;
    if (!scene) return;
    const step = (event.shiftKey ? 40 : 10) / viewRef.current.transform.k;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      nudge(node, move[0], move[1], scene.simulation);
      scene.requestDraw();
      pinsChanged();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenNode(node);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openMenu(node);
    } else if (event.key === 'Escape') {
      setHovered(null);
    }
  };

  /** Shows the counts of a node or a link beside the pointer (page coordinates). */
  const showTip = (hover: Hovered) => {
    const box = boxRef.current?.getBoundingClientRect();
    if (dragging.current || menu || !box) return;
    setHovered({ ...hover, x: hover.x - box.left, y: hover.y - box.top });
  };

  const nodes = layout?.nodes ?? [];
  const links = layout?.links ?? [];
  const empty = !layout || nodes.length === 0;
  const note = needsCodes ? t('map.needsCodes') : loading && !graph ? t('map.loading') : graph && graph.nodes.length === 0 ? t('map.noCodes') : null;
  const hoveredLink = hovered?.kind === 'link' ? hovered.link : null;

  return (
    <div ref={boxRef} className={`theme-map__canvas ${presentation ? 'theme-map__canvas--presentation' : ''}`} data-testid="theme-map" aria-busy={loading}>
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        fontFamily={palette.font}
        role="group"
        aria-label={t('map.chart')}
        aria-describedby={empty ? undefined : 'theme-map-description'}
        className="theme-map__svg"
        style={empty ? { display: 'none' } : undefined}
      >
        <desc id="theme-map-description">{t('map.chartDescription')}</desc>
        <rect width={size.width} height={size.height} fill={palette.background} />
        <g data-layer="links">
          {links.map((link, i) => {
            const on = hoveredLink === link;
            return (
              <g key={`${link.edge.a}-${link.edge.b}`}>
                <line data-edge={i} stroke={on ? palette.edgeHover : palette.edge} strokeOpacity={on ? 0.9 : palette.edgeOpacity} strokeWidth={link.edge.width} strokeLinecap="round" />
                <line
                  data-edge={i}
                  data-edge-hit={`${link.edge.a}-${link.edge.b}`}
                  stroke="transparent"
                  strokeWidth={Math.max(10, link.edge.width + 6)}
                  className="theme-map__edge-hit"
                  onPointerEnter={(event) => showTip({ kind: 'link', link, x: event.clientX, y: event.clientY })}
                  onPointerLeave={() => setHovered(null)}
                  onClick={() => onOpenLink(link)}
                />
              </g>
            );
          })}
        </g>
        <g data-layer="nodes">
          {nodes.map((n) => {
            const fill = familyColor.get(n.node.familyId) ?? n.node.color;
            const counts = words.counts(n.node);
            const r = n.node.radius;
            return (
              <g
                key={n.node.codeId}
                data-node={n.node.codeId}
                data-pinned={n.pinned ? 'true' : 'false'}
                className="theme-map__node"
                tabIndex={presentation ? -1 : 0}
                role="button"
                aria-label={t(n.pinned ? 'map.node.pinned' : 'map.node', { path: words.path(n.node), counts })}
                aria-haspopup="menu"
                onPointerDown={(event) => {
                  const scene = sceneRef.current;
                  if (!scene || event.button !== 0) return;
                  justDragged.current = false;
                  beginNodeDrag(event.nativeEvent, event.currentTarget, n, {
                    simulation: scene.simulation,
                    toWorld: (x, y) => scene.toWorld(x, y),
                    onDragStart: () => {
                      dragging.current = true;
                      setHovered(null);
                    },
                    onDrop: () => {
                      dragging.current = false;
                      justDragged.current = true;
                      pinsChanged();
                    },
                    onClick: () => {},
                  });
                }}
                onClick={(event) => {
                  if (justDragged.current) {
                    justDragged.current = false;
                    return;
                  }
                  window.clearTimeout(clickTimer.current);
                  if (event.detail <= 1) clickTimer.current = window.setTimeout(() => onOpenNode(n), DOUBLE_CLICK);
                }}
                onDoubleClick={() => {
                  window.clearTimeout(clickTimer.current);
                  const scene = sceneRef.current;
                  if (scene && n.pinned) {
                    release(n, scene.simulation);
                    pinsChanged();
                  }
                }}
                onContextMenu={(event) => {
                  event.preventDefault();
                  openMenu(n);
                }}
                onKeyDown={(event) => onNodeKeyDown(event, n)}
                onPointerEnter={(event) => showTip({ kind: 'node', node: n, x: event.clientX, y: event.clientY })}
                onPointerLeave={() => setHovered(null)}
                onFocus={() => {
                  const scene = sceneRef.current;
                  const box = boxRef.current?.getBoundingClientRect();
                  if (!scene || !box) return;
                  const [x, y] = scene.screenOf(n);
                  showTip({ kind: 'node', node: n, x: box.left + x, y: box.top + y + r });
                }}
                onBlur={() => setHovered(null)}
              >
                <circle className="theme-map__focus" r={r + 5} fill="none" stroke="none" />
                {/* A code without passages under these filters stays on the map, faded. */}
                <circle r={r} fill={fill} fillOpacity={n.node.passages > 0 ? 1 : 0.3} stroke={palette.nodeStroke} strokeWidth={palette.nodeStrokeWidth} />
                {n.pinned ? <circle data-pin="" cx={r * 0.75} cy={-r * 0.75} r={presentation ? 7 : 4.5} fill={palette.pin} stroke={palette.halo} strokeWidth={1.5} /> : null}
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
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </g>
        {families.length > 0 ? (
          <MapLegend layout={legendBox} x={20} y={size.height - legendBox.height - 12} width={Math.max(200, size.width - 40)} fontSize={legendFont} palette={palette} />
        ) : null}
      </svg>
      {note ? (
        <p className="empty-note theme-map__note" role="status">
          {note}
        </p>
      ) : null}
      {!presentation && !empty ? (
        <div className="theme-map__actions">
          <Button size="sm" variant="ghost" onClick={fit} title={t('map.fitHint')}>
            {t('map.fit')}
          </Button>
          <Button size="sm" onClick={() => void reorganise()} title={t('map.resetHint')}>
            {t('map.reset')}
          </Button>
        </div>
      ) : null}
      {hovered ? <MapTooltip hovered={hovered} measure={measure} /> : null}
      {menu ? (
        <NodeMenu
          label={t('map.menu', { name: menu.node.node.name })}
          items={menu.items}
          x={menu.x}
          y={menu.y}
          onClose={() => {
            const node = menu.node;
            setMenu(null);
            focusNode(node);
          }}
        />
      ) : null}
    </div>
  );
}
