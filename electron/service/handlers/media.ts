import path from 'node:path';
import { BaliseError } from '../../../shared/errors';
import { getMediaPath, setMediaPath } from '../../db/repositories/documents';
import type { Handlers } from '../context';
import { checkMediaFile, describeMedia, mediaInFolder, storedMediaPath } from '../media';

/** Recordings beside transcripts: link, unlink, and the native dialog to choose one. */
export const mediaHandlers: Handlers<'documents:linkMedia' | 'documents:unlinkMedia' | 'dialogs:chooseMedia' | 'dialogs:listMedia'> = {
  'documents:linkMedia': ({ id, path: file }, context) => {
    const session = context.requireProject();
    const document = getMediaPath(session.db, id);
    if (!document) throw new BaliseError('NOT_FOUND', { what: `Document ${id}` });
    const absolute = checkMediaFile(file);
    const stored = storedMediaPath(session.path, absolute);
    session.action({ key: 'history.linkMedia', params: { file: path.basename(absolute), document: document.name } }, (db) => setMediaPath(db, id, stored));
    context.emit('project:changed', { project: session.info() });
    return { media: describeMedia(session.path, stored) };
  },

  'documents:unlinkMedia': ({ id }, context) => {
    const session = context.requireProject();
    const document = getMediaPath(session.db, id);
    if (!document) throw new BaliseError('NOT_FOUND', { what: `Document ${id}` });
    if (document.mediaPath === null) return { unlinked: false };
    session.action({ key: 'history.unlinkMedia', params: { document: document.name } }, (db) => setMediaPath(db, id, null));
    context.emit('project:changed', { project: session.info() });
    return { unlinked: true };
  },

  'dialogs:chooseMedia': async ({ documentId }, context) => {
    const session = context.requireProject();
    if (!getMediaPath(session.db, documentId)) throw new BaliseError('NOT_FOUND', { what: `Document ${documentId}` });
    return { path: await context.options.host.chooseMedia(path.dirname(session.path)) };
  },

  'dialogs:listMedia': (_input, context) => {
    const folder = path.dirname(context.requireProject().path);
    return { folder, files: mediaInFolder(folder) };
  },
};
