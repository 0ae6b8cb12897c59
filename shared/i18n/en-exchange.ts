import type { frExchange } from './fr-exchange';

/** Exchange with other tools: REFI-QDA import (history label, CLI report). */
export const enExchange: Record<keyof typeof frExchange, string> = {
  'history.importRefi': 'REFI-QDA import of “{file}”',
  'cli.refiImported':
    '“{file}” imported{origin}\nSources: {sources}\nCodes: {codes}\nCodings: {codings}\nMemos: {notes}\nCases: {cases}\nAttributes: {variables}\nCoders: {coders}',
  'cli.refiSkipped': 'Left out: {item}',
  'cli.refiRemapped': 'Adapted: {item}',
  'refi.summary.group': 'REFI-QDA projects',
  'refi.summary.project': 'REFI-QDA project',
  'refi.summary.codebook': 'REFI-QDA codebook',
  'refi.summary.withOrigin': '{kind} (origin: {origin})',
  'refi.summary.line': '{title}: {counts}',
  'refi.summary.sources': '{count} documents',
  'refi.summary.sources.one': '{count} document',
  'refi.summary.codes': '{count} codes',
  'refi.summary.codes.one': '{count} code',
  'refi.summary.codings': '{count} codings',
  'refi.summary.codings.one': '{count} coding',
  'refi.summary.notes': '{count} memos',
  'refi.summary.notes.one': '{count} memo',
  'refi.summary.cases': '{count} cases',
  'refi.summary.cases.one': '{count} case',
  'refi.summary.variables': '{count} attributes',
  'refi.summary.variables.one': '{count} attribute',
  'refi.summary.notesToggle': 'Details: {skipped} left out, {remapped} adapted',
  'refi.summary.skipped': 'Left out: {item}',
  'refi.summary.remapped': 'Adapted: {item}',
  'refi.summary.line.imported': '{count} REFI-QDA files imported',
  'refi.summary.line.imported.one': '{count} REFI-QDA file imported',
  'refi.choose.formats': 'REFI-QDA projects and codebooks (NVivo, ATLAS.ti, MAXQDA…): {formats}.',
};
