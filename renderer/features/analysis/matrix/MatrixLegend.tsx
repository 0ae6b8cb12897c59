import { useId } from 'react';
import type { MatrixGeometry } from './layout';
import { chartFont } from './textWidth';

interface Props {
  geometry: MatrixGeometry;
  /** « Passages », « Coefficient c »… */
  title: string;
  /** What the measure means. */
  help: string;
  min: string;
  max: string;
  /** « de 1 à 4 ». */
  range: string;
  /** « Diagonale : passages de chaque code ». */
  diagonal: string;
  ramp: (t: number) => string;
  ink: string;
  diagonalFill: string;
  diagonalStroke: string;
}

const STOPS = 11;

/** The colour ramp from the smallest to the largest value, what the measure means and what the diagonal shows. */
export function MatrixLegend({ geometry, title, help, min, max, range, diagonal, ramp, ink, diagonalFill, diagonalStroke }: Props) {
  const { pad, legendTop, font, cell, smallFont: small } = geometry;
  const rampWidth = Math.round(font * 14);
  const rampHeight = Math.round(font * 0.9);
  const line = Math.round(font * 1.5);
  const gradientId = `matrix-ramp${useId().replace(/[^\w-]/g, '')}`;
  return (
    <g transform={`translate(${pad}, ${legendTop})`} data-testid="matrix-legend" aria-label={`${title} : ${help}, ${range}. ${diagonal}`} role="img">
      <defs>
        <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
          {Array.from({ length: STOPS }, (_, i) => (
            <stop key={i} offset={i / (STOPS - 1)} stopColor={ramp(i / (STOPS - 1))} />
          ))}
        </linearGradient>
      </defs>
      <text x={0} y={font} fontFamily={chartFont} fontSize={font} fill={ink}>
        <tspan fontWeight={700}>{title}</tspan>
        <tspan> — {help}</tspan>
      </text>
      <rect x={0} y={line} width={rampWidth} height={rampHeight} fill={`url(#${gradientId})`} stroke={ink} strokeWidth={0.5} />
      <text x={0} y={line + rampHeight + small + 4} fontFamily={chartFont} fontSize={small} fill={ink}>
        {min}
      </text>
      <text x={rampWidth} y={line + rampHeight + small + 4} textAnchor="end" fontFamily={chartFont} fontSize={small} fill={ink}>
        {max}
      </text>
      <rect x={rampWidth + font * 2} y={line} width={Math.min(cell * 0.5, rampHeight * 1.4)} height={rampHeight} fill={diagonalFill} stroke={diagonalStroke} strokeWidth={1} />
      <text x={rampWidth + font * 2 + Math.min(cell * 0.5, rampHeight * 1.4) + font * 0.5} y={line + rampHeight - 2} fontFamily={chartFont} fontSize={small} fill={ink}>
        {diagonal}
      </text>
    </g>
  );
}
