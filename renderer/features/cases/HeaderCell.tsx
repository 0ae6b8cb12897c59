import type { MouseEvent } from 'react';
import type { CaseSort } from '../../../shared/cases/table';
import { useT } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import type { GridColumn } from './gridModel';
import { TypeGlyph } from './TypeGlyph';

interface Props {
  column: GridColumn;
  label: string;
  id: string;
  active: boolean;
  sort: CaseSort | null;
  filtered: boolean;
  onFocusCell: () => void;
  onSort: () => void;
  onMenu: (anchor: HTMLElement) => void;
}

/**
 * A column header: its name (a click sorts, as Enter does), its type, a mark when it filters, and
 * the button of its menu (also Alt+↓ or Maj+F10 from the keyboard). The header cell holds the
 * focus; its buttons are reached by the mouse, the keyboard acts on the cell.
 */
export function HeaderCell({ column, label, id, active, sort, filtered, onFocusCell, onSort, onMenu }: Props) {
  const t = useT();
  const sorted = sort?.key === column.key ? sort.direction : undefined;
  const menuLabel = t('caseTable.columnMenu', { name: label });
  return (
    <th
      id={id}
      role="columnheader"
      scope="col"
      tabIndex={active ? 0 : -1}
      aria-sort={sorted ?? 'none'}
      className={`case-grid__head ${column.attribute?.type === 'number' ? 'case-grid__head--number' : ''}`}
      onMouseDown={onFocusCell}
    >
      <div className="case-grid__head-inner">
        <button type="button" tabIndex={-1} className="case-grid__sort" onClick={onSort} title={t('caseTable.sortHint')}>
          {column.attribute ? <TypeGlyph type={column.attribute.type} /> : null}
          <span className="case-grid__head-label">{label}</span>
          {sorted ? <Icon name="chevronDown" size={13} className={`case-grid__sort-mark ${sorted === 'ascending' ? 'case-grid__sort-mark--up' : ''}`} /> : null}
          {filtered ? <Icon name="search" size={12} className="case-grid__filter-mark" /> : null}
        </button>
        <button
          type="button"
          tabIndex={-1}
          className="icon-btn case-grid__menu"
          aria-label={menuLabel}
          title={menuLabel}
          aria-haspopup="menu"
          onClick={(event: MouseEvent<HTMLButtonElement>) => {
            event.stopPropagation();
            const cell = event.currentTarget.closest('th');
            if (cell) onMenu(cell);
          }}
        >
          <Icon name="chevronDown" size={14} />
        </button>
      </div>
    </th>
  );
}
