/**
 * The theme map of a family: a circle per code (its area grows with its passages, in the code's
 * colour) and a line per pair of codes that co-occur (its width grows with their co-occurring
 * passages), the codes where the researcher left them on « Carte des thèmes » (saved positions,
 * fitted into the picture), the others on a circle in the codebook's order.
 */
import { edgeWidth, nodeRadius } from '../../analysis/map-graph';
import { CHART_WIDTH, INK, LABEL_SIZE, MUTED, SMALL_SIZE, codeColor, escapeXml, fit, numberLabel, round, svgDocument, text } from './svg';

export interface MapChartNode {
  codeId: number;
  name: string;
  color: string;
  passages: number;
}

export interface MapChartLink {
  a: number;
  b: number;
  /** Co-occurring passages (n12). */
  passages: number;
}

export interface MapChartInput {
  title: string;
  nodes: MapChartNode[];
  links: MapChartLink[];
  /** Saved positions (`map:positions`), in the map's own coordinates. */
  positions: ReadonlyMap<number, { x: number; y: number }>;
  legend: { nodes: string; links: string };
}

export interface Point {
  x: number;
  y: number;
}

const scales = { minRadius: 8, maxRadius: 34, minWidth: 1.5, maxWidth: 10 };

/**
 * Where each node goes in a box: saved positions scaled (keeping proportions) into the box; nodes
 * without one on a circle around its centre, in the given order starting at the top, clockwise.
 * A single saved position, or several at one point, go to the centre.
 */
export function mapLayout(ids: readonly number[], positions: ReadonlyMap<number, { x: number; y: number }>, box: { left: number; top: number; width: number; height: number }): Map<number, Point> {
  const out = new Map<number, Point>();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const saved = ids.filter((id) => positions.has(id));
  const free = ids.filter((id) => !positions.has(id));
  if (saved.length > 0) {
    const xs = saved.map((id) => positions.get(id)!.x);
    const ys = saved.map((id) => positions.get(id)!.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // With free nodes around them, the saved ones keep the inner 60 % of the box.
    const share = free.length > 0 ? 0.6 : 1;
    const spanX = maxX - minX;
    const spanY = maxY - minY;
    const k = Math.min(spanX > 0 ? (box.width * share) / spanX : Infinity, spanY > 0 ? (box.height * share) / spanY : Infinity);
    const factor = Number.isFinite(k) ? k : 0;
    for (const id of saved) {
      const p = positions.get(id)!;
      out.set(id, { x: cx + (p.x - (minX + maxX) / 2) * factor, y: cy + (p.y - (minY + maxY) / 2) * factor });
    }
  }
  const rx = box.width / 2;
  const ry = box.height / 2;
  free.forEach((id, i) => {
    if (free.length === 1 && saved.length === 0) {
      out.set(id, { x: cx, y: cy });
      return;
    }
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / free.length;
    out.set(id, { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) });
  });
  return out;
}

export function mapSvg(input: MapChartInput): string {
  const margin = 16;
  const pad = scales.maxRadius + LABEL_SIZE + 8;
  const areaHeight = 420;
  const box = { left: margin + pad + 40, top: margin + pad, width: CHART_WIDTH - 2 * (margin + pad + 40), height: areaHeight - 2 * pad };
  const at = mapLayout(
    input.nodes.map((n) => n.codeId),
    input.positions,
    box,
  );
  const maxPassages = Math.max(0, ...input.nodes.map((n) => n.passages));
  const present = new Set(input.nodes.map((n) => n.codeId));
  const links = input.links.filter((l) => l.passages > 0 && present.has(l.a) && present.has(l.b) && l.a !== l.b).sort((x, y) => x.passages - y.passages);
  const maxLink = Math.max(0, ...links.map((l) => l.passages));
  const body: string[] = [];

  for (const link of links) {
    const p = at.get(link.a)!;
    const q = at.get(link.b)!;
    body.push(
      `<line data-link="${link.a}:${link.b}" x1="${round(p.x)}" y1="${round(p.y)}" x2="${round(q.x)}" y2="${round(q.y)}" stroke="#8a96a3" stroke-opacity="0.75" stroke-linecap="round" stroke-width="${round(edgeWidth(link.passages, maxLink, scales))}"/>`,
    );
  }
  for (const node of input.nodes) {
    const p = at.get(node.codeId)!;
    const r = nodeRadius(node.passages, maxPassages, scales);
    body.push(`<circle data-node="${node.codeId}" cx="${round(p.x)}" cy="${round(p.y)}" r="${round(r)}" fill="${codeColor(node.color)}" stroke="#ffffff" stroke-width="2"><title>${escapeXml(node.name)}</title></circle>`);
  }
  // Labels last, with a white halo, so that no line or circle hides them.
  for (const node of input.nodes) {
    const p = at.get(node.codeId)!;
    const r = nodeRadius(node.passages, maxPassages, scales);
    const label = `${fit(node.name, 26)} (${numberLabel(node.passages)})`;
    body.push(
      text(p.x, p.y + r + LABEL_SIZE + 2, label, { 'text-anchor': 'middle', stroke: '#ffffff', 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke', fill: INK, 'data-label': node.codeId }),
    );
  }
  const y = margin + areaHeight + 8;
  body.push(`<circle cx="${margin + 8}" cy="${y - 4}" r="8" fill="${MUTED}"/>`);
  body.push(text(margin + 24, y + 1, input.legend.nodes, { 'font-size': SMALL_SIZE, fill: MUTED }));
  body.push(`<line x1="${margin}" x2="${margin + 16}" y1="${y + 20}" y2="${y + 20}" stroke="#8a96a3" stroke-width="4" stroke-linecap="round"/>`);
  body.push(text(margin + 24, y + 25, input.legend.links, { 'font-size': SMALL_SIZE, fill: MUTED }));
  return svgDocument(CHART_WIDTH, y + 40, input.title, body);
}
