import { useEffect, useRef, useState } from 'react';
import { columnAccess, distinctValues, type CaseColumnKey } from '../../../shared/cases/table';
import { useI18n } from '../../app/I18n';
import { useAnnounce } from '../../app/Announcer';
import { Button } from '../../ui/Button';
import { useImport } from '../import/ImportProvider';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { CaseDialogs, type CaseDialog } from './CaseDialogs';
import { CaseGrid } from './CaseGrid';
import { CasesEmpty } from './CasesEmpty';
import { CasesToolbar } from './CasesToolbar';
import { ColumnMenu } from './ColumnMenu';
import { columnMenu } from './columnMenu';
import { FilterChips } from './FilterChips';
import { gridColumns, type GridColumn } from './gridModel';
import { useCaseCommands } from './useCaseCommands';
import { useCaseTable } from './useCaseTable';

/**
 * « Tableau des cas » : cases × attributes as a spreadsheet. Cells are edited in place (typed:
 * text, number, date, category), columns sort and filter, rows are selected for a bulk edit, and
 * each case is linked to documents or to parts of them (a speaker, a grid column). Every change is
 * one action of the history: Ctrl+Z undoes it, and the table reloads with the project.
 */
export function CasesView({ dataKey, documents }: WorkspaceViewProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { importTable } = useImport();
  const table = useCaseTable(dataKey);
  const commands = useCaseCommands(table);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const [menu, setMenu] = useState<{ column: GridColumn; anchor: HTMLElement } | null>(null);
  const [reveal, setReveal] = useState<number | null>(null);
  const { data, attributes, rows, all, sort, filters, selection } = table;
  const columns = gridColumns(attributes);

  const columnLabel = (column: GridColumn): string => {
    if (column.attribute) return column.attribute.name;
    if (column.key === 'name') return t('caseTable.column.name');
    if (column.key === 'description') return t('caseTable.column.description');
    if (column.key === 'links') return t('caseTable.column.links');
    return t('caseTable.selectAll');
  };
  const columnByKey = (key: CaseColumnKey) => columns.find((c) => c.key === key);

  // Say how many cases the search and filters leave, once the typing pauses.
  const filtering = filters.search.trim() !== '' || Object.keys(filters.columns).length > 0;
  const firstAnnounce = useRef(true);
  useEffect(() => {
    if (firstAnnounce.current) {
      firstAnnounce.current = false;
      return;
    }
    const timer = window.setTimeout(() => announce(t('caseTable.countShown', { shown: rows.length, total: all.length })), 500);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters]);

  if (data === undefined) return <div className="workspace-view case-view" aria-busy="true" />;
  if (data.cases.length === 0) {
    return (
      <div className="workspace-view case-view">
        <CasesEmpty onImport={importTable} onNewCase={() => setDialog({ kind: 'newCase' })} />
        <CaseDialogs dialog={dialog} table={table} commands={commands} documents={documents ?? []} dataKey={dataKey} onReveal={setReveal} onClose={() => setDialog(null)} />
      </div>
    );
  }

  const sortBy = (key: CaseColumnKey, direction?: 'ascending' | 'descending') => {
    const current = sort?.key === key ? sort.direction : null;
    const next = direction ?? (current === null ? 'ascending' : current === 'ascending' ? 'descending' : null);
    table.setSort(next ? { key, direction: next } : null);
    const label = columnByKey(key) ? columnLabel(columnByKey(key)!) : key;
    announce(next ? t(next === 'ascending' ? 'caseTable.sortedAsc' : 'caseTable.sortedDesc', { name: label }) : t('caseTable.unsorted'));
  };

  const chooseFromMenu = (column: GridColumn, id: string) => {
    const action = columnMenu(column, attributes, t).actions.get(id);
    if (!action || column.key === 'select') return;
    const attribute = column.attribute;
    if (action.kind === 'sort') sortBy(column.key, action.direction);
    else if (action.kind === 'filter') setDialog({ kind: 'filter', column });
    else if (action.kind === 'newAttribute') setDialog({ kind: 'newAttribute' });
    else if (!attribute) return;
    else if (action.kind === 'rename') setDialog({ kind: 'renameAttribute', attribute });
    else if (action.kind === 'type') void commands.retype(attribute, action.type);
    else if (action.kind === 'move') void commands.moveAttribute(attribute, action.by);
    else if (action.kind === 'delete') {
      const filled = all.filter((row) => (row.values[attribute.id] ?? null) !== null).length;
      setDialog({ kind: 'deleteAttribute', attribute, filled });
    }
  };

  const selectedIds = rows.filter((r) => selection.has(r.id)).map((r) => r.id);
  const selectedAll = [...selection];
  return (
    <div className="workspace-view case-view">
      <CasesToolbar
        search={filters.search}
        onSearch={(search) => table.setFilters({ ...filters, search })}
        shown={rows.length}
        total={all.length}
        selected={selection.size}
        canEditMany={attributes.length > 0}
        onNewCase={() => setDialog({ kind: 'newCase' })}
        onNewAttribute={() => setDialog({ kind: 'newAttribute' })}
        onImport={importTable}
        onEditMany={() => setDialog({ kind: 'bulk', ids: selectedAll })}
        onDeleteSelected={() => setDialog({ kind: 'deleteCases', ids: selectedAll })}
        onClearSelection={() => table.setSelection(new Set())}
      />
      <FilterChips
        filters={filters}
        sort={sort}
        onUnsort={() => {
          table.setSort(null);
          announce(t('caseTable.unsorted'));
        }}
        column={(key) => {
          const column = columnByKey(key);
          return column?.type ? { label: columnLabel(column), type: column.type } : null;
        }}
        onEdit={(key) => {
          const column = columnByKey(key);
          if (column) setDialog({ kind: 'filter', column });
        }}
        onRemove={(key) => table.setFilters({ ...filters, columns: { ...filters.columns, [key]: undefined } })}
        onClear={() => table.setFilters({ search: '', columns: {} })}
      />
      <CaseGrid
        columns={columns}
        rows={rows}
        columnLabel={columnLabel}
        documentNames={new Map((documents ?? []).map((d) => [d.id, d.name]))}
        sort={sort}
        filters={filters}
        selection={selection}
        onSelection={table.setSelection}
        choices={table.choices}
        onSort={(key) => sortBy(key)}
        onCommit={commands.commit}
        onClear={commands.clear}
        onMenu={(column, anchor) => setMenu({ column, anchor })}
        onLinks={(row) => setDialog({ kind: 'links', caseId: row.id })}
        reveal={reveal}
        noRows={
          <div className="case-grid__none">
            <p>{t('caseTable.noMatch')}</p>
            <Button size="sm" onClick={() => table.setFilters({ search: '', columns: {} })}>
              {t('caseTable.clearFilters')}
            </Button>
          </div>
        }
      />
      {selectedIds.length < selection.size && filtering ? (
        <p className="case-view__hidden-note">{t('caseTable.hiddenSelected', { count: selection.size - selectedIds.length })}</p>
      ) : null}
      {menu ? (
        <ColumnMenu
          label={t('caseTable.columnMenu', { name: columnLabel(menu.column) })}
          items={columnMenu(menu.column, attributes, t).items}
          anchor={menu.anchor}
          onChoose={(id) => chooseFromMenu(menu.column, id)}
          onClose={() => setMenu(null)}
        />
      ) : null}
      <CaseDialogs
        dialog={dialog}
        table={table}
        commands={commands}
        documents={documents ?? []}
        dataKey={dataKey}
        onReveal={setReveal}
        onClose={() => setDialog(null)}
        filterValues={(column) => {
          const access = column.key === 'select' ? null : columnAccess(column.key, attributes);
          return access ? distinctValues(all, access) : [];
        }}
        columnLabel={columnLabel}
      />
    </div>
  );
}
