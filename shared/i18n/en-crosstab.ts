import type { frCrosstab } from './fr-crosstab';

export const enCrosstab: Record<keyof typeof frCrosstab, string> = {
  'crosstab.title': '…',
};
