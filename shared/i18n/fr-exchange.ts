/** Exchange with other tools: REFI-QDA import (history label, CLI report). */
export const frExchange = {
  'history.importRefi': 'Import REFI-QDA de « {file} »',
  'cli.refiImported':
    '« {file} » importé{origin}\nSources : {sources}\nCodes : {codes}\nCodages : {codings}\nMémos : {notes}\nCas : {cases}\nAttributs : {variables}\nCodeurs : {coders}',
  'cli.refiSkipped': 'Laissé de côté : {item}',
  'cli.refiRemapped': 'Adapté : {item}',
} as const;
