import type { frExtracts } from './fr-extracts';

export const enExtracts: Record<keyof typeof frExtracts, string> = {
  'history.keyQuoteOn': 'Mark as key quote: “{excerpt}”',
  'history.keyQuoteOff': 'Unmark key quote: “{excerpt}”',
  'history.saveQuery': 'Save query “{name}”',
  'history.deleteQuery': 'Delete query “{name}”',
  'error.QUERY_NAME_TAKEN': 'A query is already called “{name}”. Choose another name.',
};
