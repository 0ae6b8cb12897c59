import type { MapNode } from '../../../../shared/analysis/map-graph';
import type { Code } from '../../../../shared/domain/codebook';
import { labelSize } from './label';
import type { MapPalette } from './palette';

export interface LegendFamily {
  id: number;
  name: string;
  color: string;
}

/** The families of the map's nodes, in order of first appearance, named and coloured by their top-level code. */
export function legendFamilies(codes: readonly Pick<Code, 'id' | 'name' | 'color'>[], nodes: readonly Pick<MapNode, 'familyId' | 'path' | 'name' | 'color'>[]): LegendFamily[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const seen = new Map<number, LegendFamily>();
  for (const n of nodes) {
    if (seen.has(n.familyId)) continue;
    const family = byId.get(n.familyId);
    seen.set(n.familyId, { id: n.familyId, name: family?.name ?? n.path.split('/')[0] ?? n.name, color: family?.color ?? n.color });
  }
  return [...seen.values()];
}

export interface LegendWords {
  title: string;
  size: string;
  width: string;
  threshold: string;
  pinned: string;
}

type Mark = { kind: 'family'; color: string } | { kind: 'size' } | { kind: 'width' } | { kind: 'pin' } | { kind: 'none' };

interface Item {
  key: string;
  mark: Mark;
  text: string;
  x: number;
  row: number;
  bold?: boolean;
}

export interface LegendLayout {
  items: Item[];
  height: number;
}

const GAP = 18;

/** The legend's items left to right, wrapped to `maxWidth`: families first, then what size, width and the pin mean. */
export function legendLayout(families: readonly LegendFamily[], words: LegendWords, fontSize: number, maxWidth: number): LegendLayout {
  const mark = fontSize * 0.9;
  const entries: Omit<Item, 'x' | 'row'>[] = [
    { key: 'title', mark: { kind: 'none' }, text: words.title, bold: true },
    ...families.map((f) => ({ key: `f${f.id}`, mark: { kind: 'family', color: f.color } as Mark, text: f.name })),
    { key: 'size', mark: { kind: 'size' }, text: words.size },
    { key: 'width', mark: { kind: 'width' }, text: words.width },
    { key: 'threshold', mark: { kind: 'none' }, text: words.threshold },
    { key: 'pin', mark: { kind: 'pin' }, text: words.pinned },
  ];
  const items: Item[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const width = (entry.mark.kind === 'none' ? 0 : mark + 6) + labelSize([entry.text], fontSize).width;
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row += 1;
    }
    items.push({ ...entry, x, row });
    x += width + GAP;
  }
  return { items, height: (row + 1) * Math.round(fontSize * 1.6) + Math.round(fontSize * 0.6) };
}

interface Props {
  layout: LegendLayout;
  /** Where its top-left corner goes, in the SVG. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  palette: MapPalette;
}

/**
 * The legend, inside the map's SVG so that an export carries it: the families and their colours,
 * what a node's size and a link's width mean, the threshold, the pin mark. Attributes only, no CSS.
 */
export function MapLegend({ layout, x, y, width, fontSize, palette }: Props) {
  const line = Math.round(fontSize * 1.6);
  const mark = fontSize * 0.9;
  const text = { fontSize, fill: palette.text, fontFamily: palette.font };
  return (
    <g transform={`translate(${x},${y})`} data-legend="" aria-hidden="true" pointerEvents="none">
      <rect x={-8} y={-4} width={width + 16} height={layout.height + 4} fill={palette.legendFill} fillOpacity={0.94} stroke={palette.legendStroke} strokeWidth={1} rx={6} />
      {layout.items.map((item) => {
        const baseline = item.row * line + fontSize;
        const middle = baseline - fontSize * 0.35;
        const textX = item.x + (item.mark.kind === 'none' ? 0 : mark + 6);
        return (
          <g key={item.key}>
            {item.mark.kind === 'family' ? <circle cx={item.x + mark / 2} cy={middle} r={mark / 2} fill={item.mark.color} stroke={palette.nodeStroke} strokeWidth={1} /> : null}
            {item.mark.kind === 'size' ? (
              <>
                <circle cx={item.x + mark * 0.2} cy={middle} r={mark * 0.18} fill={palette.legendMark} />
                <circle cx={item.x + mark * 0.65} cy={middle} r={mark * 0.35} fill={palette.legendMark} />
              </>
            ) : null}
            {item.mark.kind === 'width' ? (
              <>
                <line x1={item.x} x2={item.x + mark} y1={middle - mark * 0.25} y2={middle - mark * 0.25} stroke={palette.edge} strokeWidth={1} />
                <line x1={item.x} x2={item.x + mark} y1={middle + mark * 0.2} y2={middle + mark * 0.2} stroke={palette.edge} strokeWidth={Math.max(3, fontSize / 4)} />
              </>
            ) : null}
            {item.mark.kind === 'pin' ? <circle cx={item.x + mark / 2} cy={middle} r={mark * 0.3} fill={palette.pin} stroke={palette.halo} strokeWidth={1.5} /> : null}
            <text x={textX} y={baseline} fontWeight={item.bold ? 600 : 400} {...text}>
              {item.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
