import type { extractCalls } from '../../../shared/contract/extracts';
import { BaliseError } from '../../../shared/errors';
import { excerpt } from '../../../shared/text/memo-body';
import {
  deleteSavedQuery,
  findSavedQueryNamed,
  insertSavedQuery,
  listSavedQueries,
  setKeyQuote,
  updateSavedQuery,
} from '../../db/repositories/extracts';
import type { Db } from '../../db/open';
import type { ActionLabel } from '../action-label';
import type { Handlers, ServiceContext } from '../context';
import { extractFacets } from '../extracts/facets';
import { retrieveExtracts } from '../extracts/retrieve';

/** The coded passage on one line, short enough for a history label. */
function codingExcerpt(db: Db, codingId: number): string {
  const row = db.prepare('SELECT d.text, k.start, k.end FROM codings k JOIN documents d ON d.id = k.document_id WHERE k.id = ?').get(codingId) as
    | { text: string; start: number; end: number }
    | undefined;
  if (!row) throw new BaliseError('NOT_FOUND', { what: `Codage ${codingId}` });
  return excerpt(row.text.slice(row.start, row.end), 40);
}

function requireFreeName(db: Db, name: string, exceptId?: number): void {
  const other = findSavedQueryNamed(db, name);
  if (other && other.id !== exceptId) throw new BaliseError('QUERY_NAME_TAKEN', { name: other.name });
}

function changed(context: ServiceContext): void {
  context.emit('project:changed', { project: context.requireProject().info() });
}

/** Coded extracts, key quotations and saved queries. Each write is one undoable action. */
export const extractHandlers: Handlers<keyof typeof extractCalls> = {
  'extracts:list': ({ query, filters, context: withContext, limit }, context) =>
    retrieveExtracts(context.requireProject().db, { query, filters }, { context: withContext, limit }),

  'extracts:facets': (_input, context) => extractFacets(context.requireProject().db),

  'extracts:setKeyQuote': ({ codingId, keyQuote }, context) => {
    const session = context.requireProject();
    const passage = codingExcerpt(session.db, codingId);
    session.action({ key: keyQuote ? 'history.keyQuoteOn' : 'history.keyQuoteOff', params: { excerpt: passage } }, (db) => setKeyQuote(db, codingId, keyQuote));
    changed(context);
    return { keyQuote };
  },

  'queries:list': (_input, context) => listSavedQueries(context.requireProject().db),

  'queries:save': ({ id, name, selection }, context) => {
    const session = context.requireProject();
    // A save that only changes the name is a rename, and the history says so.
    const previous = id === undefined ? undefined : listSavedQueries(session.db).find((q) => q.id === id);
    const renamed = previous !== undefined && previous.name !== name && JSON.stringify(previous.selection) === JSON.stringify(selection);
    const label: ActionLabel = renamed ? { key: 'history.renameQuery', params: { from: previous.name, to: name } } : { key: 'history.saveQuery', params: { name } };
    const savedId = session.action(label, (db) => {
      requireFreeName(db, name, id);
      if (id === undefined) return insertSavedQuery(db, name, selection, new Date().toISOString());
      if (!updateSavedQuery(db, id, name, selection)) throw new BaliseError('NOT_FOUND', { what: `Requête ${id}` });
      return id;
    });
    changed(context);
    return listSavedQueries(session.db).find((q) => q.id === savedId)!;
  },

  'queries:delete': ({ id }, context) => {
    const session = context.requireProject();
    const query = listSavedQueries(session.db).find((q) => q.id === id);
    if (!query) throw new BaliseError('NOT_FOUND', { what: `Requête ${id}` });
    session.action({ key: 'history.deleteQuery', params: { name: query.name } }, (db) => deleteSavedQuery(db, id));
    changed(context);
    return { deleted: true };
  },
};
