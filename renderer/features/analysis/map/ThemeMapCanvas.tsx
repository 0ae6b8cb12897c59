import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MapGraph } from '../../../../shared/analysis/map-graph';
import type { CooccurrenceMeasure } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { useAsync } from '../../../app/useAsync';
import { Button } from '../../../ui/Button';
import { fitTransform, type LayoutLink, type LayoutNode, type ViewTransform } from './layout';
import { legendFamilies, legendLayout, MapLegend } from './MapLegend';
import { MapTooltip, type Hovered } from './MapTooltip';
import { NodeMenu, type MenuItem } from './NodeMenu';
import { presentationPalette, workspacePalette } from './palette';
import { beginNodeDrag, nudge, pin, release } from './pinning';
import { PositionBook, positionsToSave } from './positions';
import { MapLinks, MapNodes, type LayerActions } from './MapLayers';
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

  const descriptionId = useId();
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
  const margin = presentation ? 24 : 16;
  const legendFont = presentation ? 22 : 12;
  const legendLines = presentation ? 3 : 2;
  // New nodes are laid out inside the view (above the legend), so that the map fits without zooming out.
  const boxWidth = Math.max(0, size.width - 2 * margin);
  const boxHeight = Math.max(0, size.height - 2 * margin - legendLines * legendFont * 1.6 - 24);
  const layout = useMemo(() => {
    if (!graph || !savedPositions || boxWidth === 0) return null;
    book.seed(savedPositions);
    return book.arrange(graph, fontSize, { width: boxWidth, height: boxHeight });
  }, [graph, savedPositions, book, fontSize, boxWidth, boxHeight]);

  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [menu, setMenu] = useState<{ node: LayoutNode; items: MenuItem[]; x: number; y: number } | null>(null);
  // Pins live on the layout's nodes; this only draws their marks again.
  const [pins, setPins] = useState(0);
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

  const families = useMemo(() => legendFamilies(codes ?? [], graph?.nodes ?? []), [codes, graph]);
  const familyColor = useMemo(() => new Map(families.map((f) => [f.id, f.color])), [families]);

  const legend = {
    title: t('map.legend.families'),
    size: t('map.legend.size', { max: graph?.maxPassages ?? 0 }),
    width: t('map.legend.width', { measure: words.measure(measure), max: words.value(measure, graph?.maxValue ?? 0) }),
    threshold: t('map.legend.threshold', { threshold: words.value(measure, threshold) }),
    pinned: t('map.legend.pin'),
  };
  const legendBox = legendLayout(families, legend, legendFont, Math.max(200, size.width - 40));
  const legendRoom = families.length > 0 ? legendBox.height + 24 : 0;

  // The scene follows each new layout; the view is fitted the first time, after « Réorganiser » and on « Recadrer ».
  const fit = useCallback(() => {
    const scene = sceneRef.current;
    const box = boxRef.current;
    if (!scene || !box || box.clientWidth === 0) return;
    scene.setTransform(fitTransform(scene.layout, box.clientWidth, box.clientHeight, margin, legendRoom));
    viewRef.current.fitted = true;
  }, [legendRoom, margin]);

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
    // Nothing of the old layout may be saved after the reset: no pending save, no settling.
    window.clearTimeout(saveTimer.current);
    sceneRef.current?.simulation.stop();
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

  const handlers: LayerActions = {
    nodePointerDown: (event, n) => {
      const scene = sceneRef.current;
      if (!scene || event.button !== 0) return;
      justDragged.current = false;
      const box = svgRef.current?.getBoundingClientRect();
      beginNodeDrag(event.nativeEvent, event.currentTarget, n, {
        simulation: scene.simulation,
        // The map's box is read once per drag, not at every move (that would lay the page out each time).
        toWorld: (x, y) => scene.toWorld(x, y, box),
        onMove: (moved) => scene.drawNode(moved),
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
    },
    nodeClick: (event, n) => {
      if (justDragged.current) {
        justDragged.current = false;
        return;
      }
      window.clearTimeout(clickTimer.current);
      if (event.detail <= 1) clickTimer.current = window.setTimeout(() => onOpenNode(n), DOUBLE_CLICK);
    },
    nodeDoubleClick: (n) => {
      window.clearTimeout(clickTimer.current);
      const scene = sceneRef.current;
      if (scene && n.pinned) {
        release(n, scene.simulation);
        pinsChanged();
      }
    },
    nodeMenu: (event, n) => {
      event.preventDefault();
      openMenu(n);
    },
    nodeKeyDown: (event, n) => onNodeKeyDown(event, n),
    nodeEnter: (event, n) => showTip({ kind: 'node', node: n, x: event.clientX, y: event.clientY }),
    nodeFocus: (_event, n) => {
      const scene = sceneRef.current;
      const box = boxRef.current?.getBoundingClientRect();
      if (!scene || !box) return;
      const [x, y] = scene.screenOf(n);
      showTip({ kind: 'node', node: n, x: box.left + x, y: box.top + y + n.node.radius });
    },
    leave: () => setHovered(null),
    linkEnter: (event, link) => {
      // The visible line just before the hit line: highlighted by attributes, no redraw of the layer.
      const line = event.currentTarget.previousElementSibling;
      line?.setAttribute('stroke', palette.edgeHover);
      line?.setAttribute('stroke-opacity', '0.9');
      showTip({ kind: 'link', link, x: event.clientX, y: event.clientY });
    },
    linkLeave: (event) => {
      const line = event.currentTarget.previousElementSibling;
      line?.setAttribute('stroke', palette.edge);
      line?.setAttribute('stroke-opacity', String(palette.edgeOpacity));
      setHovered(null);
    },
    linkClick: (link) => onOpenLink(link),
  };
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [actions] = useState<LayerActions>(() => ({
    nodePointerDown: (event, n) => latest.current.nodePointerDown(event, n),
    nodeClick: (event, n) => latest.current.nodeClick(event, n),
    nodeDoubleClick: (n) => latest.current.nodeDoubleClick(n),
    nodeMenu: (event, n) => latest.current.nodeMenu(event, n),
    nodeKeyDown: (event, n) => latest.current.nodeKeyDown(event, n),
    nodeEnter: (event, n) => latest.current.nodeEnter(event, n),
    nodeFocus: (event, n) => latest.current.nodeFocus(event, n),
    leave: () => latest.current.leave(),
    linkEnter: (event, link) => latest.current.linkEnter(event, link),
    linkLeave: (event) => latest.current.linkLeave(event),
    linkClick: (link) => latest.current.linkClick(link),
  }));

  const nodes = layout?.nodes ?? [];
  const links = layout?.links ?? [];
  const empty = !layout || nodes.length === 0;
  const note = needsCodes ? t('map.needsCodes') : loading && !graph ? t('map.loading') : graph && graph.nodes.length === 0 ? t('map.noCodes') : null;

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
        aria-describedby={empty ? undefined : descriptionId}
        className="theme-map__svg"
        style={empty ? { display: 'none' } : undefined}
      >
        <desc id={descriptionId}>{t('map.chartDescription')}</desc>
        <rect width={size.width} height={size.height} fill={palette.background} />
        <MapLinks links={links} palette={palette} actions={actions} />
        <MapNodes nodes={nodes} pins={pins} familyColor={familyColor} palette={palette} fontSize={fontSize} focusable={!presentation} t={t} words={words} actions={actions} />
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
