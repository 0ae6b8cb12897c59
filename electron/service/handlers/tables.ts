import type { ImportedTable } from '../../../shared/import/table';
import { parseTableFile } from '../../importers/registry';
import type { Handlers } from '../context';
import { assertCodebookTable, importCodebookTable } from '../codebook-import';
import { describeFailure } from '../import-document';
import { importCaseTable, linkDocumentsByName, previewTable } from '../table-import';

async function readTable(fileName: string, data: string, sheet?: string, check?: (table: ImportedTable) => void) {
  try {
    const table = await parseTableFile(fileName, Buffer.from(data, 'base64'), sheet);
    check?.(table);
    return table;
  } catch (error) {
    throw describeFailure(fileName, error);
  }
}

export const tableHandlers: Handlers<'tables:preview' | 'cases:importTable' | 'cases:linkDocuments' | 'codebook:importTable'> = {
  'tables:preview': async ({ fileName, data, sheet }) => previewTable(fileName, await readTable(fileName, data, sheet)),

  'cases:importTable': async ({ fileName, data, sheet, keyColumn, columnTypes, textColumns, linkDocuments }, context) => {
    const session = context.requireProject();
    const table = await readTable(fileName, data, sheet);
    const result = session.action(`Importer les cas de « ${fileName} »`, (db) => {
      const imported = importCaseTable(db, table, { fileName, keyColumn, columnTypes, textColumns }, new Date().toISOString());
      if (linkDocuments) imported.documentsLinked = linkDocumentsByName(db);
      return imported;
    });
    context.emit('project:changed', { project: session.info() });
    return result;
  },

  'cases:linkDocuments': (_input, context) => {
    const session = context.requireProject();
    return { links: session.action('Relier les documents aux cas par leur nom', (db) => linkDocumentsByName(db)) };
  },

  'codebook:importTable': async ({ fileName, data, sheet }, context) => {
    const session = context.requireProject();
    const table = await readTable(fileName, data, sheet, assertCodebookTable);
    const result = session.action(`Importer le codebook « ${fileName} »`, (db) => importCodebookTable(db, table, new Date().toISOString()));
    context.emit('project:changed', { project: session.info() });
    return result;
  },
};
