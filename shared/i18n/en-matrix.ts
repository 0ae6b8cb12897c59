import type { frMatrix } from './fr-matrix';

export const enMatrix: Record<keyof typeof frMatrix, string> = {
  'matrix.title': '…',
};
