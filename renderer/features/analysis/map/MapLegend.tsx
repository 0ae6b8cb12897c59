import { labelSize } from './label';
import type { MapPalette } from './palette';

export interface LegendFamily {
  id: number;
  name: string;
  color: string;
}

interface Props {
  title: string;
  families: readonly LegendFamily[];
  size: string;
  width: string;
  threshold: string;
  pinned: string;
  fontSize: number;
  palette: MapPalette;
}

/**
 * The legend, inside the map's SVG so that an export carries it: the families and their colours,
 * what a node's size and a link's width mean, the threshold, the pin mark. Attributes only, no CSS.
 */
export function MapLegend({ title, families, size, width, threshold, pinned, fontSize, palette }: Props) {
  const line = Math.round(fontSize * 1.5);
  const pad = Math.round(fontSize * 0.8);
  const swatch = Math.round(fontSize * 0.45);
  const texts = [title, ...families.map((f) => f.name), size, width, threshold, pinned];
  const boxWidth = Math.ceil(Math.max(...texts.map((text) => labelSize([text], fontSize).width)) + 2 * pad + 2 * swatch + 8);
  const rows = families.length + 5;
  const boxHeight = rows * line + pad;
  let y = pad + fontSize;
  const next = () => {
    const at = y;
    y += line;
    return at;
  };
  const textProps = { fontSize, fill: palette.text, fontFamily: palette.font };
  return (
    <g transform="translate(12,12)" data-legend="" aria-hidden="true" pointerEvents="none">
      <rect width={boxWidth} height={boxHeight} rx={6} fill={palette.legendFill} fillOpacity={0.94} stroke={palette.legendStroke} strokeWidth={1} />
      <text x={pad} y={next()} fontWeight={600} {...textProps}>
        {title}
      </text>
      {families.map((family) => {
        const at = next();
        return (
          <g key={family.id}>
            <circle cx={pad + swatch} cy={at - fontSize * 0.35} r={swatch} fill={family.color} stroke={palette.nodeStroke} strokeWidth={1} />
            <text x={pad + 2 * swatch + 8} y={at} {...textProps}>
              {family.name}
            </text>
          </g>
        );
      })}
      {(() => {
        const sizeAt = next();
        const widthAt = next();
        const thresholdAt = next();
        const pinAt = next();
        return (
          <>
            <circle cx={pad + swatch} cy={sizeAt - fontSize * 0.35} r={swatch * 0.6} fill={palette.legendMark} />
            <text x={pad + 2 * swatch + 8} y={sizeAt} {...textProps}>
              {size}
            </text>
            <line x1={pad} x2={pad + 2 * swatch} y1={widthAt - fontSize * 0.35} y2={widthAt - fontSize * 0.35} stroke={palette.edge} strokeWidth={Math.max(2, fontSize / 5)} />
            <text x={pad + 2 * swatch + 8} y={widthAt} {...textProps}>
              {width}
            </text>
            <text x={pad + 2 * swatch + 8} y={thresholdAt} {...textProps}>
              {threshold}
            </text>
            <circle cx={pad + swatch} cy={pinAt - fontSize * 0.35} r={swatch * 0.7} fill={palette.pin} stroke={palette.halo} strokeWidth={1.5} />
            <text x={pad + 2 * swatch + 8} y={pinAt} {...textProps}>
              {pinned}
            </text>
          </>
        );
      })()}
    </g>
  );
}

/** The legend's width, to leave it room when the map is fitted. */
export function legendWidth(texts: readonly string[], fontSize: number): number {
  const pad = Math.round(fontSize * 0.8);
  return Math.ceil(Math.max(0, ...texts.map((text) => labelSize([text], fontSize).width)) + 2 * pad + fontSize + 8) + 24;
}
