import type { CaseAttribute } from '../../../shared/domain/case';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { useToasts } from '../../app/Toasts';
import { AttributeDialog } from './dialogs/AttributeDialog';
import { BulkEditDialog } from './dialogs/BulkEditDialog';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { FilterDialog } from './dialogs/FilterDialog';
import { LinksDialog } from './dialogs/LinksDialog';
import { NewCaseDialog } from './dialogs/NewCaseDialog';
import type { GridColumn } from './gridModel';
import type { useCaseCommands } from './useCaseCommands';
import type { useCaseTable } from './useCaseTable';

export type CaseDialog =
  | { kind: 'newCase' }
  | { kind: 'newAttribute' }
  | { kind: 'renameAttribute'; attribute: CaseAttribute }
  | { kind: 'deleteAttribute'; attribute: CaseAttribute; filled: number }
  | { kind: 'deleteCases'; ids: number[] }
  | { kind: 'bulk'; ids: number[] }
  | { kind: 'filter'; column: GridColumn }
  | { kind: 'links'; caseId: number };

interface Props {
  dialog: CaseDialog | null;
  table: ReturnType<typeof useCaseTable>;
  commands: ReturnType<typeof useCaseCommands>;
  documents: readonly DocumentSummary[];
  dataKey: string;
  /** A case just created: the grid moves to it. */
  onReveal: (caseId: number) => void;
  onClose: () => void;
  filterValues?: (column: GridColumn) => (string | null)[];
  columnLabel?: (column: GridColumn) => string;
}

/** The dialogs of the case table, one at a time. */
export function CaseDialogs({ dialog, table, commands, documents, dataKey, onReveal, onClose, filterValues, columnLabel }: Props) {
  const { t, tc } = useI18n();
  const toasts = useToasts();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'newCase':
      return (
        <NewCaseDialog
          onCreated={(id) => {
            onReveal(id);
            onClose();
          }}
          onClose={onClose}
        />
      );
    case 'newAttribute':
    case 'renameAttribute':
      return <AttributeDialog attribute={dialog.kind === 'renameAttribute' ? dialog.attribute : undefined} onDone={onClose} onClose={onClose} />;
    case 'deleteAttribute':
      return (
        <ConfirmDialog
          title={t('caseTable.deleteAttribute.title', { name: dialog.attribute.name })}
          description={tc(dialog.filled, 'caseTable.deleteAttribute.description', 'caseTable.deleteAttribute.description.one', { name: dialog.attribute.name })}
          confirmLabel={t('caseTable.deleteAttribute.confirm')}
          onConfirm={() => void commands.deleteAttribute(dialog.attribute)}
          onClose={onClose}
        />
      );
    case 'deleteCases': {
      const names = table.all.filter((row) => dialog.ids.includes(row.id)).map((row) => row.name);
      return (
        <ConfirmDialog
          title={tc(names.length, 'caseTable.deleteCases.title', 'caseTable.deleteCases.title.one', { name: names[0] ?? '' })}
          description={t('caseTable.deleteCases.description', { names: names.length > 8 ? `${names.slice(0, 8).join(', ')}, …` : names.join(', ') })}
          confirmLabel={tc(names.length, 'caseTable.deleteCases.confirm', 'caseTable.deleteCases.confirm.one')}
          onConfirm={() => void commands.deleteCases(dialog.ids)}
          onClose={onClose}
        />
      );
    }
    case 'bulk':
      return (
        <BulkEditDialog
          caseIds={dialog.ids}
          caseNames={table.all.filter((row) => dialog.ids.includes(row.id)).map((row) => row.name)}
          attributes={table.attributes}
          choices={(attribute) => table.choices({ key: `a${attribute.id}`, attribute, type: attribute.type, editable: true })}
          onDone={(changed, attribute) => {
            toasts.showInfo(changed === 1 ? 'caseTable.bulk.done.one' : 'caseTable.bulk.done', { count: changed, name: attribute.name });
            onClose();
          }}
          onClose={onClose}
        />
      );
    case 'filter': {
      const { column } = dialog;
      if (column.key === 'select' || !column.type) return null;
      const key = column.key;
      return (
        <FilterDialog
          label={columnLabel?.(column) ?? key}
          type={column.type}
          values={filterValues?.(column) ?? []}
          current={table.filters.columns[key]}
          onApply={(filter) => table.setFilters({ ...table.filters, columns: { ...table.filters.columns, [key]: filter } })}
          onClose={onClose}
        />
      );
    }
    case 'links': {
      const row = table.all.find((r) => r.id === dialog.caseId);
      if (!row) return null;
      return <LinksDialog row={row} documents={documents} dataKey={dataKey} onClose={onClose} />;
    }
  }
}
