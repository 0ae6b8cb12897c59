import { BaliseError } from '../../../shared/errors';
import { listCases } from '../../db/repositories/cases';
import { listCodes } from '../../db/repositories/codebook';
import { getDocument, listDocuments } from '../../db/repositories/documents';
import type { Handlers } from '../context';
import { describeMedia } from '../media';

/** Read calls over the open project's material: codebook, documents, cases, memos. */
export const corpusHandlers: Handlers<'codebook:list' | 'documents:list' | 'documents:get' | 'cases:list'> = {
  'codebook:list': (_input, context) => listCodes(context.requireProject().db),
  'documents:list': (_input, context) => {
    const session = context.requireProject();
    return listDocuments(session.db, (stored) => describeMedia(session.path, stored));
  },
  'documents:get': ({ id }, context) => {
    const session = context.requireProject();
    const document = getDocument(session.db, id, (stored) => describeMedia(session.path, stored));
    if (!document) throw new BaliseError('NOT_FOUND', { what: `Document ${id}` });
    return document;
  },
  'cases:list': (_input, context) => listCases(context.requireProject().db),
};
