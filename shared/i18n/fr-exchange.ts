/** Exchange with other tools: REFI-QDA import (history label, CLI report). */
export const frExchange = {
  'history.importRefi': 'Import REFI-QDA de « {file} »',
  'cli.refiImported':
    '« {file} » importé{origin} : {sources} sources, {codes} codes, {codings} codages, {notes} mémos, {cases} cas, {variables} attributs, {coders} codeurs.',
  'cli.refiSkipped': 'Laissé de côté : {item}',
  'cli.refiRemapped': 'Adapté : {item}',
} as const;
