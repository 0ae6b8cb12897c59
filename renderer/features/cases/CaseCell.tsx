import type { ReactNode } from 'react';
import { formatValue } from '../../../shared/cases/values';
import type { CaseRow } from '../../../shared/domain/case';
import { useI18n } from '../../app/I18n';
import type { GridColumn } from './gridModel';

/** A cell's value as the table shows it and as its editor starts: « 2,5 », « 23/11/2026 ». */
export function cellText(row: CaseRow, column: GridColumn): string {
  if (column.key === 'name') return row.name;
  if (column.key === 'description') return row.description;
  if (column.attribute) return formatValue(column.attribute.type, row.values[column.attribute.id] ?? null);
  return '';
}

interface Props {
  id: string;
  row: CaseRow;
  column: GridColumn;
  active: boolean;
  selected: boolean;
  documentNames: ReadonlyMap<number, string>;
  onFocusCell: () => void;
  onToggle: (shift: boolean) => void;
  /** Double click: edit the cell, or open the case's links. */
  onOpen: () => void;
  /** The editor, while the cell is edited. */
  children: ReactNode;
}

/** One cell of a case's row: its checkbox, its name (the row's header), a value, or its links. */
export function CaseCell({ id, row, column, active, selected, documentNames, onFocusCell, onToggle, onOpen, children }: Props) {
  const { t, tc } = useI18n();
  const common = {
    id,
    tabIndex: active ? 0 : -1,
    // While the cell is edited, a click inside it belongs to the editor.
    onMouseDown: children ? undefined : onFocusCell,
  };
  if (column.key === 'select') {
    return (
      <td role="gridcell" {...common} className="case-grid__cell case-grid__select">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={t('caseTable.selectCase', { name: row.name })}
          onChange={() => undefined}
          onClick={(event) => onToggle(event.shiftKey)}
        />
      </td>
    );
  }
  if (column.key === 'links') {
    const parts = row.links.filter((l) => l.part !== null).length;
    const names = [...new Set(row.links.map((l) => documentNames.get(l.documentId)).filter((n): n is string => n !== undefined))];
    return (
      <td role="gridcell" {...common} className="case-grid__cell case-grid__links" title={names.join('\n')} onClick={onOpen} aria-haspopup="dialog">
        {row.documentCount === 0 ? (
          <span className="case-grid__muted">{t('caseTable.links.none')}</span>
        ) : (
          <span>
            {tc(row.documentCount, 'caseTable.links.documents', 'caseTable.links.documents.one')}
            {parts > 0 ? <span className="case-grid__muted"> · {tc(parts, 'caseTable.links.parts', 'caseTable.links.parts.one')}</span> : null}
          </span>
        )}
      </td>
    );
  }
  const text = cellText(row, column);
  const className = [
    'case-grid__cell',
    column.type === 'number' ? 'case-grid__cell--number' : '',
    column.key === 'description' ? 'case-grid__cell--long' : '',
    children ? 'case-grid__cell--editing' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const content = children ?? (
    <span className="case-grid__value" title={text.length > 24 ? text : undefined}>
      {text}
    </span>
  );
  if (column.key === 'name') {
    return (
      <th role="rowheader" scope="row" {...common} className={`${className} case-grid__name`} onDoubleClick={onOpen}>
        {content}
      </th>
    );
  }
  return (
    <td role="gridcell" {...common} className={className} onDoubleClick={onOpen}>
      {content}
    </td>
  );
}
