import type { ImportedTable } from '../../../shared/import/table';
import { BaliseError } from '../../../shared/errors';
import { isLinked, linkCaseToDocument, listCaseLinks, unlinkCaseFromDocument } from '../../db/repositories/cases';
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

export const tableHandlers: Handlers<
  'tables:preview' | 'cases:importTable' | 'cases:linkDocuments' | 'cases:linkDocument' | 'cases:links' | 'codebook:importTable'
> = {
  'tables:preview': async ({ fileName, data, sheet }) => previewTable(fileName, await readTable(fileName, data, sheet)),

  'cases:importTable': async ({ fileName, data, sheet, keyColumn, columnTypes, textColumns, linkDocuments }, context) => {
    const session = context.requireProject();
    const table = await readTable(fileName, data, sheet);
    // A key or text column the table does not have is refused, not silently ignored.
    for (const name of [...(keyColumn === null ? [] : [keyColumn]), ...textColumns]) {
      if (!table.columns.some((c) => c.name === name)) throw new BaliseError('NOT_FOUND', { what: `Colonne « ${name} »` });
    }
    const result = session.action({ key: 'history.importCases', params: { file: fileName } }, (db) => {
      const imported = importCaseTable(db, table, { fileName, keyColumn, columnTypes, textColumns }, new Date().toISOString());
      if (linkDocuments) imported.documentsLinked = linkDocumentsByName(db);
      return imported;
    });
    context.emit('project:changed', { project: session.info() });
    return result;
  },

  'cases:linkDocuments': (_input, context) => {
    const session = context.requireProject();
    return { links: session.action({ key: 'history.linkDocuments' }, (db) => linkDocumentsByName(db)) };
  },

  'cases:linkDocument': ({ caseId, documentId, linked }, context) => {
    const session = context.requireProject();
    const names = session.db.prepare('SELECT (SELECT name FROM cases WHERE id = ?) AS c, (SELECT name FROM documents WHERE id = ?) AS d').get(caseId, documentId) as {
      c: string | null;
      d: string | null;
    };
    if (names.c === null) throw new BaliseError('NOT_FOUND', { what: `Cas ${caseId}` });
    if (names.d === null) throw new BaliseError('NOT_FOUND', { what: `Document ${documentId}` });
    const label = { key: linked ? 'history.linkDocument' : 'history.unlinkDocument', params: { document: names.d, case: names.c } } as const;
    session.action(label, (db) => {
      if (linked && !isLinked(db, caseId, documentId)) linkCaseToDocument(db, caseId, documentId);
      if (!linked) unlinkCaseFromDocument(db, caseId, documentId);
    });
    context.emit('project:changed', { project: session.info() });
    return { linked };
  },

  'cases:links': (_input, context) => listCaseLinks(context.requireProject().db),

  'codebook:importTable': async ({ fileName, data, sheet }, context) => {
    const session = context.requireProject();
    const table = await readTable(fileName, data, sheet, assertCodebookTable);
    const result = session.action({ key: 'history.importCodebook', params: { file: fileName } }, (db) => importCodebookTable(db, table, new Date().toISOString()));
    context.emit('project:changed', { project: session.info() });
    return result;
  },
};
