import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { CodeTotals } from '../../../../shared/domain/analysis';
import { LINE, type MatrixGeometry } from './layout';
import type { MatrixModel } from './model';
import type { ChartPalette } from './palette';
import { chartFont } from './textWidth';
import { textOn } from './colors';

export interface GridWords {
  /** The grid's accessible name. */
  title: string;
  totalHeader: string;
  cellLabel: (row: CodeTotals, column: CodeTotals, value: string) => string;
  diagonalLabel: (code: CodeTotals, value: string) => string;
  totalLabel: (code: CodeTotals, value: string) => string;
  format: (value: number) => string;
  /** The diagonal's totals: whole numbers whatever the measure. */
  formatCount: (value: number) => string;
}

interface Props {
  svgRef: Ref<SVGSVGElement>;
  model: MatrixModel;
  /** Each code's name on one or two lines. */
  lines: string[][];
  /** Drawn this much smaller (or 1) to fit the width at hand. */
  scale: number;
  geometry: MatrixGeometry;
  color: (value: number) => string;
  palette: ChartPalette;
  words: GridWords;
  /** Opens the extracts of the cell (codes i and j meet there). */
  onOpen: (row: number, column: number) => void;
  /** The legend, drawn inside the same SVG so that it is exported with it. */
  legend: React.ReactNode;
}

interface Place {
  row: number;
  column: number;
}

const pathText = (code: CodeTotals) => code.path.split('/').join(' › ');

/**
 * The heat-map as SVG: an ARIA grid whose cells take the focus one at a time (arrows, Home/End,
 * Enter or Space opens the extracts), row and column of the cell under the pointer or the focus
 * highlighted. Every colour, stroke and font is an attribute, so the exported file reads the same.
 */
export function MatrixGrid({ svgRef, model, lines, scale, geometry, color, palette, words, onOpen, legend }: Props) {
  const { codes, values, rowTotals } = model;
  const n = codes.length;
  const { font, cell, swatch, gap, left, top, totals, numberWidth } = geometry;
  const numbered = numberWidth > 0;
  const [active, setActive] = useState<Place>({ row: 0, column: n > 1 ? 1 : 0 });
  const [hover, setHover] = useState<Place | null>(null);
  const [focused, setFocused] = useState(false);
  const gridRef = useRef<SVGGElement>(null);
  const current = { row: Math.min(active.row, n - 1), column: Math.min(active.column, n - 1) };
  const lit = hover ?? (focused ? current : null);
  const canOpen = (row: number, column: number) => row !== column && model.pairs[row]?.[column] !== undefined;

  const focusCell = (place: Place) => {
    setActive(place);
    gridRef.current?.querySelector<SVGGElement>(`[data-cell="${place.row}-${place.column}"]`)?.focus();
  };

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    const { row, column } = current;
    const last = n - 1;
    let next: Place | null = null;
    if (event.key === 'ArrowRight') next = { row, column: Math.min(last, column + 1) };
    else if (event.key === 'ArrowLeft') next = { row, column: Math.max(0, column - 1) };
    else if (event.key === 'ArrowDown') next = { row: Math.min(last, row + 1), column };
    else if (event.key === 'ArrowUp') next = { row: Math.max(0, row - 1), column };
    else if (event.key === 'Home') next = event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 };
    else if (event.key === 'End') next = event.ctrlKey ? { row: last, column: last } : { row, column: last };
    else if (event.key === 'Enter' || event.key === ' ') {
      if (canOpen(row, column)) onOpen(row, column);
    } else return;
    event.preventDefault();
    if (next) focusCell(next);
  }

  const gridWidth = n * cell;
  const valueSize = geometry.valueFont;
  const middle = (k: number) => k * cell + cell / 2;
  // Names end at their swatch, beside the grid; numbered, they read « 12 ■ Processus internes ».
  const swatchX = numbered ? geometry.pad + numberWidth + gap : left - gap - swatch;
  const nameX = numbered ? swatchX + swatch + gap : left - gap * 2 - swatch;

  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={Math.round(geometry.width * scale)}
      height={Math.round(geometry.height * scale)}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      fontFamily={chartFont}
      fontSize={font}
      className="matrix-chart__svg"
      data-testid="matrix-svg"
    >
      <title>{words.title}</title>
      <rect x={0} y={0} width={geometry.width} height={geometry.height} fill={palette.background} />
      {lit ? (
        <g pointerEvents="none" aria-hidden="true">
          <rect x={geometry.pad} y={top + lit.row * cell} width={left - geometry.pad + gridWidth + totals} height={cell} fill={palette.band} />
        </g>
      ) : null}
      <g
        ref={gridRef}
        role="grid"
        aria-label={words.title}
        aria-rowcount={n + 1}
        aria-colcount={n + 2}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHover(null)}
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
        }}
      >
        <g role="row" aria-rowindex={1}>
          {codes.map((code, j) => {
            const on = lit?.column === j;
            return numbered ? (
                <g key={code.codeId} role="columnheader" aria-colindex={j + 2} aria-label={pathText(code)}>
                  <title>{pathText(code)}</title>
                  <rect x={left + middle(j) - swatch / 2} y={top - gap - swatch} width={swatch} height={swatch} rx={2} fill={code.color} stroke={palette.ink} strokeWidth={0.5} />
                  <text x={left + middle(j)} y={top - gap * 2 - swatch} textAnchor="middle" fill={palette.ink} fontWeight={on ? 700 : 400}>
                    {j + 1}
                  </text>
                </g>
              ) : (
                <g key={code.codeId} role="columnheader" aria-colindex={j + 2} aria-label={pathText(code)} transform={`translate(${left + middle(j)}, ${top - gap}) rotate(-90)`}>
                  <title>{pathText(code)}</title>
                  <rect x={0} y={-swatch / 2} width={swatch} height={swatch} rx={2} fill={code.color} stroke={palette.ink} strokeWidth={0.5} />
                  <text x={swatch + gap} y={0} dominantBaseline="central" fill={palette.ink} fontWeight={on ? 700 : 400}>
                    {lines[j]!.map((line, k) => (
                      <tspan key={k} x={swatch + gap} y={(k - (lines[j]!.length - 1) / 2) * font * LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
          })}
          <g role="columnheader" aria-colindex={n + 2}>
            <text x={left + gridWidth + totals / 2} y={numbered ? top - gap * 2 - swatch : top - gap} textAnchor="middle" fill={palette.muted} fontWeight={700}>
              {words.totalHeader}
            </text>
          </g>
        </g>
        {codes.map((rowCode, i) => {
          const y = top + i * cell;
          return (
            <g key={rowCode.codeId} role="row" aria-rowindex={i + 2}>
              <g role="rowheader" aria-colindex={1} aria-label={pathText(rowCode)}>
                <title>{pathText(rowCode)}</title>
                {numbered ? (
                  <text x={geometry.pad + numberWidth} y={y + cell / 2} dominantBaseline="central" textAnchor="end" fill={palette.ink} fontWeight={700}>
                    {i + 1}
                  </text>
                ) : null}
                <text x={nameX} y={y + cell / 2} dominantBaseline="central" textAnchor={numbered ? 'start' : 'end'} fill={palette.ink} fontWeight={lit?.row === i ? 700 : 400}>
                  {lines[i]!.map((line, k) => (
                    <tspan key={k} x={nameX} y={y + cell / 2 + (k - (lines[i]!.length - 1) / 2) * font * LINE}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <RowSwatch code={rowCode} x={swatchX} y={y + cell / 2 - swatch / 2} size={swatch} stroke={palette.ink} />
              </g>
              {codes.map((columnCode, j) => {
                const value = values[i]![j]!;
                const diagonal = i === j;
                const text = diagonal ? words.formatCount(value) : words.format(value);
                const fill = diagonal ? palette.diagonalFill : value > 0 ? color(value) : palette.empty;
                const label = diagonal ? words.diagonalLabel(rowCode, text) : words.cellLabel(rowCode, columnCode, text);
                const open = canOpen(i, j);
                const isActive = current.row === i && current.column === j;
                return (
                  <g
                    key={columnCode.codeId}
                    role="gridcell"
                    aria-colindex={j + 2}
                    aria-label={label}
                    data-cell={`${i}-${j}`}
                    data-testid="matrix-cell"
                    tabIndex={isActive ? 0 : -1}
                    style={{ cursor: open ? 'pointer' : 'default', outline: 'none' }}
                    onMouseEnter={() => setHover({ row: i, column: j })}
                    onFocus={() => setActive({ row: i, column: j })}
                    onClick={() => {
                      setActive({ row: i, column: j });
                      if (open) onOpen(i, j);
                    }}
                  >
                    <title>{label}</title>
                    <rect
                      x={left + j * cell + 0.5}
                      y={y + 0.5}
                      width={cell - 1}
                      height={cell - 1}
                      fill={fill}
                      stroke={diagonal ? palette.diagonalStroke : value > 0 ? palette.cellStroke : palette.emptyStroke}
                      strokeWidth={1}
                      strokeDasharray={diagonal ? '3 2' : undefined}
                    />
                    {diagonal || value > 0 ? (
                      <text
                        x={left + middle(j)}
                        y={y + cell / 2}
                        textAnchor="middle"
                        dominantBaseline="central"
                        fontSize={valueSize}
                        fontWeight={diagonal ? 700 : 600}
                        fontStyle={diagonal ? 'italic' : undefined}
                        fill={diagonal ? palette.ink : textOn(fill)}
                        pointerEvents="none"
                      >
                        {text}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <g role="gridcell" aria-colindex={n + 2} aria-label={words.totalLabel(rowCode, words.format(rowTotals[i]!))}>
                <text x={left + gridWidth + totals / 2} y={y + cell / 2} textAnchor="middle" dominantBaseline="central" fontSize={valueSize} fontWeight={600} fill={palette.ink}>
                  {words.format(rowTotals[i]!)}
                </text>
              </g>
            </g>
          );
        })}
      </g>
      {lit ? (
        <g pointerEvents="none" aria-hidden="true" fill="none" stroke={palette.highlight} strokeWidth={2}>
          <rect x={left + 1} y={top + lit.row * cell + 1} width={gridWidth - 2} height={cell - 2} />
          <rect x={left + lit.column * cell + 1} y={top + 1} width={cell - 2} height={n * cell - 2} />
        </g>
      ) : null}
      {focused ? (
        <g pointerEvents="none" aria-hidden="true" fill="none">
          <rect x={left + current.column * cell - 1} y={top + current.row * cell - 1} width={cell + 2} height={cell + 2} stroke={palette.background} strokeWidth={2} />
          <rect x={left + current.column * cell + 1.5} y={top + current.row * cell + 1.5} width={cell - 3} height={cell - 3} stroke={palette.focus} strokeWidth={3} />
        </g>
      ) : null}
      {legend}
    </svg>
  );
}

/** The code's colour, between its name and the grid. */
function RowSwatch({ code, x, y, size, stroke }: { code: CodeTotals; x: number; y: number; size: number; stroke: string }) {
  return <rect x={x} y={y} width={size} height={size} rx={2} fill={code.color} stroke={stroke} strokeWidth={0.5} />;
}
