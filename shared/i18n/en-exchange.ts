import type { frExchange } from './fr-exchange';

/** Exchange with other tools: REFI-QDA import (history label, CLI report). */
export const enExchange: Record<keyof typeof frExchange, string> = {
  'history.importRefi': 'REFI-QDA import of “{file}”',
  'cli.refiImported':
    '“{file}” imported{origin}\nSources: {sources}\nCodes: {codes}\nCodings: {codings}\nMemos: {notes}\nCases: {cases}\nAttributes: {variables}\nCoders: {coders}',
  'cli.refiSkipped': 'Left out: {item}',
  'cli.refiRemapped': 'Adapted: {item}',
};
