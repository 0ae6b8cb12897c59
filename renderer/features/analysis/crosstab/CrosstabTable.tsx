import { useState, type KeyboardEvent } from 'react';
import { cellValue, columnLabel, formatValue, isKnownColumn, largestValue, totalValue } from '../../../../shared/analysis/crosstab-table';
import type { Crosstab, CrosstabCell } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { cellShade } from './colors';
import { CodeName } from './CodeName';

interface Props {
  table: Crosstab;
  cell: CrosstabCell;
  caption: string;
  presentation: boolean;
  onOpen: (row: number, column: number) => void;
}

/**
 * Codes in rows, the attributes' values in columns, each column with its cases, a total per code.
 * Cells are shaded by value; a cell with passages is a button that opens them. One tab stop for
 * the whole grid of buttons: the arrows move between them, Home/End go to the ends of a row.
 */
export function CrosstabTable({ table, cell, caption, presentation, onOpen }: Props) {
  const { t, tc, lang } = useI18n();
  const largest = largestValue(table, cell);
  const labels = table.columns.map((column) => columnLabel(column, lang));
  const openable = (r: number, c: number) => isKnownColumn(table.columns[c]!) && table.rows[r]!.cells[c]!.passages > 0;
  const buttons: [number, number][] = [];
  table.rows.forEach((_, r) => table.columns.forEach((__, c) => (openable(r, c) ? buttons.push([r, c]) : null)));
  const [active, setActive] = useState<string | null>(null);
  const keyOf = (r: number, c: number) => `${r}:${c}`;
  const tabStop = active !== null && buttons.some(([r, c]) => keyOf(r, c) === active) ? active : buttons[0] ? keyOf(...buttons[0]) : null;

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    const r = Number(target.dataset.row);
    const c = Number(target.dataset.col);
    if (target.dataset.row === undefined) return;
    const moves: Record<string, (b: [number, number]) => boolean> = {
      ArrowRight: ([br, bc]) => br === r && bc > c,
      ArrowLeft: ([br, bc]) => br === r && bc < c,
      ArrowDown: ([br, bc]) => bc === c && br > r,
      ArrowUp: ([br, bc]) => bc === c && br < r,
      Home: ([br]) => br === r,
      End: ([br]) => br === r,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const candidates = buttons.filter(move);
    const backwards = event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'End';
    const next = backwards ? candidates[candidates.length - 1] : candidates[0];
    if (!next) return;
    setActive(keyOf(...next));
    event.currentTarget.querySelector<HTMLElement>(`[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus();
  }

  return (
    <div className={`crosstab-table ${presentation ? 'crosstab-table--presentation' : ''}`} data-testid="crosstab-table">
      <table onKeyDown={onKeyDown}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="crosstab-table__corner">
              {t('crosstab.code')}
            </th>
            {table.columns.map((column, c) => (
              <th scope="col" key={c} className={isKnownColumn(column) ? '' : 'crosstab-table__missing'}>
                <span className="crosstab-table__value">{labels[c]}</span>
                <span className="crosstab-table__cases">{tc(column.cases, 'crosstab.columnCases', 'crosstab.columnCases.one')}</span>
              </th>
            ))}
            <th scope="col" className="crosstab-table__total">
              {t('crosstab.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.codeId}>
              <th scope="row">
                <CodeName path={row.path} color={row.color} />
              </th>
              {table.columns.map((_, c) => {
                const value = cellValue(table, row, c, cell);
                const shown = formatValue(value, cell, lang);
                const shade = cellShade(value, largest);
                const style = { backgroundColor: shade.fill, color: shade.text };
                if (!openable(r, c)) {
                  return (
                    <td key={c} style={style} className="crosstab-table__cell">
                      {shown}
                    </td>
                  );
                }
                return (
                  <td key={c} style={style} className="crosstab-table__cell">
                    <button
                      type="button"
                      data-row={r}
                      data-col={c}
                      tabIndex={tabStop === keyOf(r, c) ? 0 : -1}
                      aria-label={t('crosstab.open', { code: row.path, column: labels[c]!, value: shown })}
                      onFocus={() => setActive(keyOf(r, c))}
                      onClick={() => onOpen(r, c)}
                    >
                      {shown}
                    </button>
                  </td>
                );
              })}
              <td className="crosstab-table__cell crosstab-table__total">{formatValue(totalValue(table, row, cell), cell, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
