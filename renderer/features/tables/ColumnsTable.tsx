import type { ColumnType } from '../../../shared/import/table';
import type { TablePreviewColumn } from '../../../shared/domain/table-import';
import { useI18n } from '../../app/I18n';

export const columnTypeLabel = {
  text: 'tableImport.type.text',
  number: 'tableImport.type.number',
  date: 'tableImport.type.date',
  category: 'tableImport.type.category',
} as const satisfies Record<ColumnType, string>;

const columnTypes = Object.keys(columnTypeLabel) as ColumnType[];

interface Props {
  columns: TablePreviewColumn[];
  keyColumn: string | null;
  types: Record<string, ColumnType>;
  textColumns: ReadonlySet<string>;
  onType: (column: string, type: ColumnType) => void;
  onText: (column: string, checked: boolean) => void;
}

/** The table's columns as the import will read them: name, type (changeable), examples, text to code. */
export function ColumnsTable({ columns, keyColumn, types, textColumns, onType, onText }: Props) {
  const { t } = useI18n();
  return (
    <div className="columns-table" tabIndex={0} role="region" aria-label={t('tableImport.table')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('tableImport.col.name')}</th>
            <th scope="col">{t('tableImport.col.type')}</th>
            <th scope="col">{t('tableImport.col.samples')}</th>
            <th scope="col" className="columns-table__check">
              {t('tableImport.col.text')}
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const isKey = column.name === keyColumn;
            return (
              <tr key={column.name} className={isKey ? 'is-key' : undefined}>
                <th scope="row" className="columns-table__name">
                  {column.name}
                </th>
                <td>
                  {isKey ? (
                    <span className="badge badge--accent">{t('tableImport.keyBadge')}</span>
                  ) : (
                    <select
                      className="input input--sm"
                      aria-label={t('tableImport.typeLabel', { name: column.name })}
                      value={types[column.name] ?? column.type}
                      disabled={textColumns.has(column.name)}
                      onChange={(event) => onType(column.name, event.target.value as ColumnType)}
                    >
                      {columnTypes.map((type) => (
                        <option key={type} value={type}>
                          {t(columnTypeLabel[type])}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="columns-table__samples">
                  {column.samples.map((sample, index) => (
                    <span key={index} className="sample" title={sample}>
                      {sample}
                    </span>
                  ))}
                </td>
                <td className="columns-table__check">
                  <input
                    type="checkbox"
                    aria-label={t('tableImport.textLabel', { name: column.name })}
                    checked={textColumns.has(column.name)}
                    disabled={isKey}
                    onChange={(event) => onText(column.name, event.target.checked)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
