import { attributeTypes, type AttributeType, type CaseAttribute } from '../../../shared/domain/case';
import type { Translate } from '../../app/I18n';
import type { MenuItem } from './ColumnMenu';
import type { GridColumn } from './gridModel';
import { typeNames } from './TypeGlyph';

export type ColumnAction =
  | { kind: 'sort'; direction: 'ascending' | 'descending' }
  | { kind: 'filter' }
  | { kind: 'rename' }
  | { kind: 'type'; type: AttributeType }
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'delete' }
  | { kind: 'newAttribute' };

/** The items of a column's menu and the action each stands for: sort, filter, then an attribute's own commands. */
export function columnMenu(column: GridColumn, attributes: readonly CaseAttribute[], t: Translate): { items: MenuItem[]; actions: Map<string, ColumnAction> } {
  const actions = new Map<string, ColumnAction>([
    ['sortAsc', { kind: 'sort', direction: 'ascending' }],
    ['sortDesc', { kind: 'sort', direction: 'descending' }],
    ['filter', { kind: 'filter' }],
  ]);
  const items: MenuItem[] = [
    { id: 'sortAsc', label: t('caseTable.menu.sortAsc') },
    { id: 'sortDesc', label: t('caseTable.menu.sortDesc') },
    { id: 'filter', label: t('caseTable.menu.filter') },
  ];
  const attribute = column.attribute;
  if (attribute) {
    const index = attributes.findIndex((a) => a.id === attribute.id);
    items.push({ id: 'rename', label: t('caseTable.menu.rename'), separated: true });
    actions.set('rename', { kind: 'rename' });
    attributeTypes.forEach((type, i) => {
      items.push({ id: `type:${type}`, label: t('caseTable.menu.type', { type: t(typeNames[type]) }), checked: attribute.type === type, separated: i === 0 });
      actions.set(`type:${type}`, { kind: 'type', type });
    });
    items.push(
      { id: 'left', label: t('caseTable.menu.moveLeft'), disabled: index <= 0, separated: true },
      { id: 'right', label: t('caseTable.menu.moveRight'), disabled: index >= attributes.length - 1 },
      { id: 'delete', label: t('caseTable.menu.delete'), danger: true, separated: true },
    );
    actions.set('left', { kind: 'move', by: -1 });
    actions.set('right', { kind: 'move', by: 1 });
    actions.set('delete', { kind: 'delete' });
  }
  items.push({ id: 'newAttribute', label: t('caseTable.menu.newAttribute'), separated: true });
  actions.set('newAttribute', { kind: 'newAttribute' });
  return { items, actions };
}
