import { useMemo, useState } from 'react';
import { columnAccess, distinctValues, filterCases, noFilters, sortCases, type CaseFilters, type CaseSort } from '../../../shared/cases/table';
import type { CaseRow, CaseTable } from '../../../shared/domain/case';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import type { GridColumn } from './gridModel';

type Override = Partial<Pick<CaseRow, 'name' | 'description'>> & { values?: Record<number, string | null> };

/**
 * The case table as loaded (reloaded when the project changes), with what was just saved shown at
 * once, before that reload lands; its rows sorted and filtered; and the selection, pruned of cases
 * that are gone.
 */
export function useCaseTable(dataKey: string) {
  const api = useApi();
  const { data } = useAsync(dataKey, () => api.cases.table({}));
  const [saved, setSaved] = useState<{ base: CaseTable | undefined; rows: Map<number, Override> }>({ base: undefined, rows: new Map() });
  const [sort, setSort] = useState<CaseSort | null>(null);
  const [filters, setFilters] = useState<CaseFilters>(noFilters);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  const all = useMemo(() => {
    const cases = data?.cases ?? [];
    if (saved.base !== data || saved.rows.size === 0) return cases;
    return cases.map((row) => {
      const change = saved.rows.get(row.id);
      return change ? { ...row, ...change, values: { ...row.values, ...change.values } } : row;
    });
  }, [data, saved]);
  const attributes = useMemo(() => data?.attributes ?? [], [data]);
  const rows = useMemo(() => sortCases(filterCases(all, attributes, filters), attributes, sort), [all, attributes, filters, sort]);
  const selection = useMemo(() => new Set([...selected].filter((id) => all.some((row) => row.id === id))), [selected, all]);

  /** Shows a saved change until the reload that follows the action brings it. */
  const remember = (caseId: number, change: Override) =>
    setSaved((previous) => {
      const rows = new Map(previous.base === data ? previous.rows : []);
      const before = rows.get(caseId) ?? {};
      rows.set(caseId, { ...before, ...change, values: { ...before.values, ...change.values } });
      return { base: data, rows };
    });

  /** The values a category column already holds, in French order. */
  const choices = (column: GridColumn): string[] => {
    if (column.key === 'select' || column.type !== 'category') return [];
    const access = columnAccess(column.key, attributes);
    return access ? distinctValues(all, access).filter((v): v is string => v !== null) : [];
  };

  return { data, all, attributes, rows, sort, setSort, filters, setFilters, selection, setSelection: setSelected, remember, choices };
}
