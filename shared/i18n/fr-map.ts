/** The theme map. */
export const frMap = {
  'map.title': '…',
} as const;
