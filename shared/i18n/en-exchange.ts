import type { frExchange } from './fr-exchange';

/** Exchange with other tools: REFI-QDA import (history label, CLI report). */
export const enExchange: Record<keyof typeof frExchange, string> = {
  'history.importRefi': 'REFI-QDA import of “{file}”',
  'cli.refiImported':
    '“{file}” imported{origin}: {sources} sources, {codes} codes, {codings} codings, {notes} memos, {cases} cases, {variables} attributes, {coders} coders.',
  'cli.refiSkipped': 'Left out: {item}',
  'cli.refiRemapped': 'Adapted: {item}',
};
