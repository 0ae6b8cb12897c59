import type { CaseAttribute, CaseRow } from '../../../shared/domain/case';
import { translate } from '../../../shared/i18n';
import { translateCount, useI18n } from '../../app/I18n';
import { useAnnounce } from '../../app/Announcer';
import { useApi } from '../../app/Services';
import { errorText, useToasts, type LocalText } from '../../app/Toasts';
import type { GridColumn } from './gridModel';
import { typeNames } from './TypeGlyph';
import type { useCaseTable } from './useCaseTable';

/**
 * The writes of the case table, each one undoable action of the service: a cell typed in place,
 * a cell emptied, an attribute retyped or moved, cases deleted. Refusals come back in French.
 */
export function useCaseCommands(table: ReturnType<typeof useCaseTable>) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();

  /** Saves a cell typed in place; resolves to the refusal to show under it, or null. */
  async function commit(row: CaseRow, column: GridColumn, text: string): Promise<LocalText | null> {
    try {
      if (column.key === 'name') {
        if (text.trim() === '') return (lang) => translate(lang, 'caseTable.nameRequired');
        await api.cases.rename({ id: row.id, name: text.trim() });
        table.remember(row.id, { name: text.trim() });
      } else if (column.key === 'description') {
        await api.cases.rename({ id: row.id, description: text });
        table.remember(row.id, { description: text.trim() });
      } else if (column.attribute) {
        const { value } = await api.cases.setValue({ caseId: row.id, attributeId: column.attribute.id, value: text });
        table.remember(row.id, { values: { [column.attribute.id]: value } });
      }
      return null;
    } catch (error) {
      return errorText(error);
    }
  }

  /** Delete or Backspace on a cell: empties it (the name cannot be emptied). */
  function clear(row: CaseRow, column: GridColumn): void {
    void commit(row, column, '').then((refusal) => {
      if (refusal) toasts.showText(refusal);
      else announce(t('caseTable.cleared', { name: row.name }));
    });
  }

  async function retype(attribute: CaseAttribute, type: CaseAttribute['type']): Promise<void> {
    try {
      await api.attributes.setType({ id: attribute.id, type });
      toasts.showText((lang) => translate(lang, 'caseTable.retyped', { name: attribute.name, type: translate(lang, typeNames[type]) }));
    } catch (error) {
      toasts.showError(error);
    }
  }

  async function moveAttribute(attribute: CaseAttribute, by: -1 | 1): Promise<void> {
    const index = table.attributes.findIndex((a) => a.id === attribute.id);
    await api.attributes.move({ id: attribute.id, index: Math.max(0, index + by) }).catch((error: unknown) => toasts.showError(error));
  }

  async function deleteAttribute(attribute: CaseAttribute): Promise<void> {
    try {
      await api.attributes.delete({ id: attribute.id });
      toasts.showInfo('caseTable.attributeDeleted', { name: attribute.name });
    } catch (error) {
      toasts.showError(error);
    }
  }

  async function deleteCases(ids: number[]): Promise<void> {
    try {
      const { deleted } = await api.cases.delete({ ids });
      table.setSelection(new Set());
      toasts.showText((lang) => translateCount(lang, deleted, 'caseTable.deleted', 'caseTable.deleted.one'));
    } catch (error) {
      toasts.showError(error);
    }
  }

  return { commit, clear, retype, moveAttribute, deleteAttribute, deleteCases };
}
