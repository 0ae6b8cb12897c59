import { scaleLinear } from 'd3-scale';
import { useRef, type KeyboardEvent, type Ref } from 'react';
import { cellValue, columnLabel, formatValue, isKnownColumn, largestValue } from '../../../../shared/analysis/crosstab-table';
import type { Crosstab, CrosstabCell } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { columnColors } from './colors';
import { chartSizes, fitBars, fitText, FONT_FAMILY, wrapItems, wrapText } from './geometry';
import { useSize } from './useSize';

interface Props {
  table: Crosstab;
  cell: CrosstabCell;
  title: string;
  presentation: boolean;
  svgRef: Ref<SVGSVGElement>;
  onOpen: (row: number, column: number) => void;
}

const TEXT = '#1b2228';
const MUTED = '#505b65';

/**
 * Grouped horizontal bars: a group per code, a bar per column in the legend's colours, the value at
 * the end of each bar. A bar with passages is a button that opens them (Enter or Space).
 */
export function CrosstabBars({ table, cell, title, presentation, svgRef, onOpen }: Props) {
  const { t, lang } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const room = useSize(boxRef, { width: presentation ? 1760 : 860, height: 0 });
  const size = chartSizes(presentation, Math.max(presentation ? 900 : 420, room.width));
  const colors = columnColors(table.columns.length);
  const labels = table.columns.map((column) => columnLabel(column, lang));

  const pad = size.font * 0.8;
  const swatch = size.font;
  const legendWidths = labels.map((label) => swatch + 6 + Math.min(label.length, 40) * size.char);
  const legend = wrapItems(legendWidths, size.width - 2 * pad, size.font * 1.4);
  const legendLines = (legend.at(-1)?.line ?? 0) + 1;
  const legendHeight = legendLines * size.font * 1.7;

  // For a room the bars fit the height at hand (thinner first), the legend beside them rather than
  // above so that they have the whole height; the workspace scrolls.
  const fitting = presentation && room.height > 0;
  const asideWidth = fitting ? Math.max(...legendWidths) : 0;
  const top = fitting ? pad : pad + legendHeight + size.font * 0.4;
  const fit = fitting ? fitBars({ rows: table.rows.length, columns: table.columns.length, room: room.height - top - pad, sizes: size }) : null;

  const names = table.rows.map((row) => row.path.split('/').pop() ?? row.path);
  const labelWidth = Math.min(size.width * 0.4, Math.max(...names.map((n) => n.length), 4) * size.char + pad);
  const lines = names.map((name) => wrapText(name, labelWidth - pad, size.char, fit?.lines ?? 2));
  const valueRoom = size.char * 7;
  const plotLeft = pad + labelWidth;
  const plotWidth = size.width - plotLeft - valueRoom - pad - (fitting ? asideWidth + size.font : 0);
  const x = scaleLinear()
    .domain([0, Math.max(largestValue(table, cell), cell === 'casePercent' ? 0 : 1)])
    .range([0, plotWidth]);

  const bar = fit ? fit.bar : presentation ? size.small + 2 : 15;
  const groupGap = fit ? fit.gap : size.font * (presentation ? 0.6 : 0.9);
  const groupHeight = fit ? Math.max(bar * table.columns.length, fit.lines * size.font * 1.2) + groupGap : Math.max(bar * table.columns.length, size.font * 2.6) + groupGap;
  // Whole pixels when fitted: a fraction would be laid out a hair smaller and shrink every text with it.
  const drawn = top + groupHeight * table.rows.length + pad;
  const height = fit ? Math.ceil(Math.max(drawn, 2 * pad + labels.length * size.font * 1.7)) : drawn;

  const keyDown = (event: KeyboardEvent<SVGGElement>, r: number, c: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(r, c);
  };

  return (
    <div ref={boxRef} className="crosstab-bars" data-testid="crosstab-bars">
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        width={size.width}
        height={height}
        viewBox={`0 0 ${size.width} ${height}`}
        fontFamily={FONT_FAMILY}
        role="group"
        aria-label={t('crosstab.bars', { title })}
      >
        <rect x={0} y={0} width={size.width} height={height} fill="#ffffff" />
        <g aria-label={t('crosstab.legend')} role="list">
          {labels.map((label, c) => (
            <g key={c} role="listitem" transform={fitting ? `translate(${size.width - pad - asideWidth}, ${pad + c * size.font * 1.7})` : `translate(${pad + legend[c]!.x}, ${pad + legend[c]!.line * size.font * 1.7})`}>
              <rect width={swatch} height={swatch} rx={2} fill={colors[c]} />
              <text x={swatch + 6} y={swatch * 0.82} fontSize={size.small} fill={TEXT}>
                {fitText(label, 40 * size.char, size.char)}
              </text>
            </g>
          ))}
        </g>
        {table.rows.map((row, r) => {
          const y0 = top + r * groupHeight;
          const barsHeight = bar * table.columns.length;
          return (
            <g key={row.codeId}>
              <text x={plotLeft - size.char} y={y0 + barsHeight / 2 + size.font * 0.35 - ((lines[r]!.length - 1) * size.font * 1.2) / 2} textAnchor="end" fontSize={size.font} fill={TEXT} fontWeight={500}>
                <title>{row.path}</title>
                {lines[r]!.map((line, i) => (
                  <tspan key={i} x={plotLeft - size.char} dy={i === 0 ? 0 : size.font * 1.2}>
                    {line}
                  </tspan>
                ))}
              </text>
              <line x1={plotLeft} x2={plotLeft} y1={y0 - 2} y2={y0 + barsHeight + 2} stroke={MUTED} strokeWidth={1} />
              {table.columns.map((column, c) => {
                const value = cellValue(table, row, c, cell);
                const shown = formatValue(value, cell, lang);
                const y = y0 + c * bar;
                const width = Math.max(value > 0 ? 1.5 : 0, x(value));
                const body = (
                  <>
                    <rect className="crosstab-bars__bar" x={plotLeft} y={y + 1} width={width} height={bar - 2} fill={colors[c]} />
                    <text x={plotLeft + width + 4} y={y + bar / 2 + size.small * 0.35} fontSize={size.small} fill={TEXT}>
                      {shown}
                    </text>
                  </>
                );
                const openable = isKnownColumn(column) && row.cells[c]!.passages > 0;
                if (!openable) return <g key={c}>{body}</g>;
                return (
                  <g
                    key={c}
                    className="crosstab-bars__button"
                    role="button"
                    tabIndex={0}
                    aria-label={t('crosstab.open', { code: row.path, column: labels[c]!, value: shown })}
                    onClick={() => onOpen(r, c)}
                    onKeyDown={(event) => keyDown(event, r, c)}
                  >
                    {body}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
