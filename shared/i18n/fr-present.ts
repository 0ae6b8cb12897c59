/** The presentation mode and exports. */
export const frPresent = {
  'present.title': '…',
} as const;
