import type { AttributeType } from '../../../../shared/domain/case';
import type { MessageKey } from '../../../../shared/i18n';

/** What a value of each type looks like, under the fields that take one. */
export const valueHints: Record<AttributeType, MessageKey> = {
  text: 'caseTable.value.textHint',
  number: 'caseTable.value.numberHint',
  date: 'caseTable.value.dateHint',
  category: 'caseTable.value.categoryHint',
};
