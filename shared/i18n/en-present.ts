import type { frPresent } from './fr-present';

export const enPresent: Record<keyof typeof frPresent, string> = {
  'present.title': '…',
};
