import { Fragment, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AgreementFigures, AgreementLevel } from '../../../../shared/domain/agreement';
import { useI18n } from '../../../app/I18n';
import { Icon } from '../../../ui/Icon';
import { formatCoefficient, formatCount, formatPercent, observedExpected, reasonText } from './figures';

export interface FiguresRow {
  key: string;
  /** What the row is about (a code with its swatch, a document). */
  label: ReactNode;
  /** The same as plain text, for the detail button's name. */
  labelText: string;
  figures: AgreementFigures;
}

interface Props {
  caption: string;
  nameHeader: string;
  rows: FiguresRow[];
  /** The pooled line, in the table's foot. */
  overall?: FiguresRow;
  coderNames: string[];
  level: AgreementLevel;
  testId: string;
}

/**
 * Figures per row: % d’accord, κ (two coders), α, and how many characters or units were compared;
 * each row's name is a button that shows the counts behind them. One tab stop for the buttons:
 * ↑ ↓ move between rows, Début and Fin jump to the ends.
 */
export function AgreementTable({ caption, nameHeader, rows, overall, coderNames, level, testId }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const base = useId();
  const two = coderNames.length === 2;
  const all = overall ? [...rows, overall] : rows;
  const tabStop = active !== null && all.some((r) => r.key === active) ? active : (all[0]?.key ?? null);
  const unit = t(level === 'character' ? 'agreement.unit.characters' : 'agreement.unit.units');
  const columns = two ? 5 : 4;

  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const key = (event.target as HTMLElement).dataset.row;
    if (key === undefined) return;
    const at = all.findIndex((r) => r.key === key);
    let next: FiguresRow | undefined;
    if (event.key === 'ArrowDown') next = all[at + 1];
    else if (event.key === 'ArrowUp') next = all[at - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all[all.length - 1];
    else return;
    event.preventDefault();
    if (!next) return;
    setActive(next.key);
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(next.key)}"]`)?.focus();
  }

  const detail = (row: FiguresRow) => {
    const { counts } = row.figures;
    const lines: string[] = [];
    if (counts.table) {
      lines.push(
        t('agreement.detail.table', {
          both: formatCount(counts.table.both, lang),
          first: coderNames[0] ?? '',
          onlyFirst: formatCount(counts.table.onlyFirst, lang),
          second: coderNames[1] ?? '',
          onlySecond: formatCount(counts.table.onlySecond, lang),
          neither: formatCount(counts.table.neither, lang),
          unit,
        }),
      );
      const chance = observedExpected(row.figures);
      if (chance) lines.push(t('agreement.detail.chance', { observed: formatCoefficient(chance.observed, lang), expected: formatCoefficient(chance.expected, lang) }));
    } else {
      lines.push(
        t('agreement.detail.coincidences', {
          coded: formatCount(counts.coincidences.coded, lang),
          uncoded: formatCount(counts.coincidences.uncoded, lang),
          mixed: formatCount(2 * counts.coincidences.mixed, lang),
        }),
      );
    }
    const reason = reasonText(row.figures, t);
    if (reason) lines.push(reason);
    return lines;
  };

  const line = (row: FiguresRow, isOverall: boolean) => {
    const expanded = open.has(row.key);
    const reason = reasonText(row.figures, t);
    const detailId = `${base}-${row.key}`;
    const cell = (text: string) => (
      <td className="agreement-table__number" title={text === '—' && reason ? reason : undefined}>
        {text === '—' ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="sr-only">{t('agreement.undefined')}</span>
          </>
        ) : (
          text
        )}
      </td>
    );
    return (
      <Fragment key={row.key}>
        <tr className={isOverall ? 'agreement-table__overall' : undefined} data-testid={`${testId}-row`}>
          <th scope="row" className="agreement-table__name">
            <button
              type="button"
              className="agreement-table__toggle"
              data-row={row.key}
              tabIndex={tabStop === row.key ? 0 : -1}
              aria-expanded={expanded}
              aria-controls={expanded ? detailId : undefined}
              aria-label={t('agreement.detail.button', { name: row.labelText })}
              title={t('agreement.detail.hint')}
              onFocus={() => setActive(row.key)}
              onClick={() => toggle(row.key)}
            >
              <Icon name={expanded ? 'chevronDown' : 'chevronRight'} className="agreement-table__chevron" />
              <span className="agreement-table__label">{row.label}</span>
            </button>
          </th>
          {cell(formatPercent(row.figures.percent, lang))}
          {two ? cell(formatCoefficient(row.figures.kappa, lang)) : null}
          {cell(formatCoefficient(row.figures.alpha, lang))}
          <td className="agreement-table__number agreement-table__compared">{formatCount(row.figures.counts.compared, lang)}</td>
        </tr>
        {expanded ? (
          <tr className="agreement-table__detail" id={detailId}>
            <td colSpan={columns}>
              {detail(row).map((text) => (
                <p key={text}>{text}</p>
              ))}
            </td>
          </tr>
        ) : null}
      </Fragment>
    );
  };

  return (
    <table ref={tableRef} className="agreement-table" data-testid={testId} onKeyDown={onKeyDown}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col" className="agreement-table__number">
            {t('agreement.col.percent')}
          </th>
          {two ? (
            <th scope="col" className="agreement-table__number">
              {t('agreement.col.kappa')}
            </th>
          ) : null}
          <th scope="col" className="agreement-table__number">
            {t('agreement.col.alpha')}
          </th>
          <th scope="col" className="agreement-table__number">
            {t(level === 'character' ? 'agreement.col.comparedCharacters' : 'agreement.col.comparedUnits')}
          </th>
        </tr>
      </thead>
      <tbody>{rows.map((row) => line(row, false))}</tbody>
      {overall ? <tfoot>{line(overall, true)}</tfoot> : null}
    </table>
  );
}
