import type { Code } from '../../../shared/domain/codebook';
import { BaliseError } from '../../../shared/errors';
import { listCodeCodings, listCodes } from '../../db/repositories/codebook';
import {
  createCode,
  deleteCode,
  deletePreview,
  getCode,
  mergeCodes,
  moveCode,
  setExample,
  splitCode,
  updateCode,
} from '../../db/repositories/codebook-edit';
import type { Db } from '../../db/open';
import type { ActionLabel } from '../action-label';
import type { Handlers, ServiceContext } from '../context';
import type { ProjectSession } from '../project-session';

function codeById(db: Db, id: number): Code {
  const code = listCodes(db).find((c) => c.id === id);
  if (!code) throw new BaliseError('NOT_FOUND', { what: `Code ${id}` });
  return code;
}

/** Tells every window the project changed (counts, tree), after a write. */
function changed(context: ServiceContext, session: ProjectSession): void {
  context.emit('project:changed', { project: session.info() });
}

/** Editing the codebook: every write is one undoable action, labelled for the history. */
export const codebookHandlers: Handlers<
  | 'codebook:create'
  | 'codebook:update'
  | 'codebook:move'
  | 'codebook:merge'
  | 'codebook:split'
  | 'codebook:deletePreview'
  | 'codebook:delete'
  | 'codebook:codings'
  | 'codebook:setExample'
> = {
  'codebook:create': ({ parentId, name, color }, context) => {
    const session = context.requireProject();
    const id = session.action({ key: 'history.codeCreate', params: { name } }, (db) =>
      createCode(db, { parentId, name, color }, new Date().toISOString()),
    );
    changed(context, session);
    return { id };
  },

  'codebook:update': ({ id, ...changes }, context) => {
    const session = context.requireProject();
    const before = getCode(session.db, id);
    const renamed = changes.name !== undefined && changes.name !== before.name;
    const onlyColor = !renamed && changes.color !== undefined && Object.keys(changes).every((k) => k === 'color' || k === 'name');
    const label: ActionLabel = renamed
      ? { key: 'history.codeRename', params: { from: before.name, to: changes.name! } }
      : { key: onlyColor ? 'history.codeRecolor' : 'history.codeEdit', params: { name: before.name } };
    session.action(label, (db) => updateCode(db, id, changes));
    changed(context, session);
    return codeById(session.db, id);
  },

  'codebook:move': ({ id, parentId, index }, context) => {
    const session = context.requireProject();
    const code = getCode(session.db, id);
    session.action({ key: 'history.codeMove', params: { name: code.name } }, (db) => moveCode(db, id, parentId, index));
    changed(context, session);
    return { moved: true };
  },

  'codebook:merge': ({ sourceId, targetId }, context) => {
    const session = context.requireProject();
    const source = getCode(session.db, sourceId);
    const target = getCode(session.db, targetId);
    const result = session.action({ key: 'history.codeMerge', params: { source: source.name, target: target.name } }, (db) =>
      mergeCodes(db, sourceId, targetId, new Date().toISOString()),
    );
    changed(context, session);
    return result;
  },

  'codebook:split': ({ id, codingIds, name }, context) => {
    const session = context.requireProject();
    const code = getCode(session.db, id);
    const result = session.action({ key: 'history.codeSplit', params: { source: code.name, name } }, (db) =>
      splitCode(db, id, codingIds, name, new Date().toISOString()),
    );
    changed(context, session);
    return result;
  },

  'codebook:deletePreview': ({ id }, context) => deletePreview(context.requireProject().db, id),

  'codebook:delete': ({ id }, context) => {
    const session = context.requireProject();
    const code = getCode(session.db, id);
    const deleted = session.action({ key: 'history.codeDelete', params: { name: code.name } }, (db) => {
      const { codes } = deletePreview(db, id);
      deleteCode(db, id);
      return codes;
    });
    changed(context, session);
    return { deleted };
  },

  'codebook:codings': ({ codeId, includeChildren }, context) => {
    const db = context.requireProject().db;
    getCode(db, codeId);
    return listCodeCodings(db, codeId, includeChildren);
  },

  'codebook:setExample': ({ codeId, codingId, example }, context) => {
    const session = context.requireProject();
    const code = getCode(session.db, codeId);
    session.action({ key: example ? 'history.codeExampleAdd' : 'history.codeExampleRemove', params: { name: code.name } }, (db) =>
      setExample(db, codeId, codingId, example),
    );
    changed(context, session);
    return { example };
  },
};
