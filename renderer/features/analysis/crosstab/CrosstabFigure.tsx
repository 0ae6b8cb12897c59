import { useEffect, useRef } from 'react';
import { attributesLabel, cellSelection, columnLabel, totalCases } from '../../../../shared/analysis/crosstab-table';
import type { Crosstab, CrosstabCell } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import type { ChartProps } from '../view';
import { CrosstabBars } from './CrosstabBars';
import { CrosstabTable } from './CrosstabTable';
import { tableSvg } from './tableSvg';
import type { CrosstabData } from './useCrosstab';

export const cellKeys = {
  passages: 'crosstab.cell.passages',
  documents: 'crosstab.cell.documents',
  cases: 'crosstab.cell.cases',
  casePercent: 'crosstab.cell.casePercent',
} as const satisfies Record<CrosstabCell, string>;

/** « Codes × Rôle — % des cas »: the title of the table, its exports and its caption. */
export function useCrosstabTitle(table: Crosstab | undefined, cell: CrosstabCell): string {
  const { t } = useI18n();
  return t('crosstab.title', { attributes: table ? attributesLabel(table) : '…', cell: t(cellKeys[cell]) });
}

/** « 12 codes · 3 colonnes · 4 cas »: the caption's counts, said once a table arrives. */
export function useCrosstabCounts(table: Crosstab | undefined): string {
  const { t, tc } = useI18n();
  return table
    ? t('crosstab.counts', {
        codes: tc(table.rows.length, 'crosstab.codes', 'crosstab.codes.one'),
        columns: tc(table.columns.length, 'crosstab.columns', 'crosstab.columns.one'),
        cases: tc(totalCases(table), 'extracts.cases', 'extracts.cases.one'),
      })
    : '';
}

type Props = Omit<ChartProps<'crosstab'>, 'dataKey' | 'codes'> & { data: CrosstabData };

/** The table or the bars of a loaded crosstab, or what is missing; gives the shell what to export. */
export function CrosstabFigure({ spec, data, presentation, onExportable, onOpenExtracts }: Props) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const svgRef = useRef<SVGSVGElement>(null);
  const table = data.data;
  const title = useCrosstabTitle(table, spec.cell);
  const counts = useCrosstabCounts(table);

  const latest = useRef({ table, spec, lang, t, tc });
  useEffect(() => {
    latest.current = { table, spec, lang, t, tc };
  });
  const shown = table !== undefined && table.columns.length > 0 && table.rows.length > 0;
  useEffect(() => {
    if (!shown) return;
    onExportable({
      counts,
      svg: () => {
        const now = latest.current;
        if (!now.table) return null;
        if (now.spec.display === 'bars') return svgRef.current;
        return tableSvg(now.table, now.spec.cell, {
          lang: now.lang,
          code: now.t('crosstab.code'),
          total: now.t('crosstab.total'),
          cases: (n) => now.tc(n, 'crosstab.columnCases', 'crosstab.columnCases.one'),
        });
      },
    });
    return () => onExportable(null);
  }, [shown, counts, spec.display, onExportable]);

  if (data.missing) {
    return <p className="empty-note crosstab__note">{t(data.missing === 'codes' ? 'crosstab.needsCodes' : 'crosstab.needsAttribute')}</p>;
  }
  if (!table) {
    // A failure has been shown as a toast; nothing is waited for any more.
    if (data.failed) return null;
    return (
      <p className="empty-note crosstab__note" role="status">
        {t('crosstab.loading')}
      </p>
    );
  }
  if (!shown) {
    return (
      <p className="empty-note crosstab__note" role="status">
        {t('crosstab.empty')}
      </p>
    );
  }

  const open = (r: number, c: number) => {
    const row = table.rows[r]!;
    const column = table.columns[c]!;
    const selection = cellSelection(table, row.codeId, column, spec.codes, spec.filters);
    if (!selection) return;
    onOpenExtracts({
      title: t('crosstab.extracts', { code: row.path, column: columnLabel(column, lang) }),
      load: () => api.extracts.list({ ...selection, context: true }),
    });
  };

  return (
    <div className="crosstab__figure" aria-busy={data.loading}>
      {spec.display === 'bars' ? (
        <CrosstabBars table={table} cell={spec.cell} title={`${title} · ${counts}`} presentation={presentation} svgRef={svgRef} onOpen={open} />
      ) : (
        <CrosstabTable table={table} cell={spec.cell} caption={`${title} · ${counts}`} presentation={presentation} onOpen={open} />
      )}
    </div>
  );
}
