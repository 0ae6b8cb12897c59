import type { frMap } from './fr-map';

export const enMap: Record<keyof typeof frMap, string> = {
  'map.title': '…',
};
