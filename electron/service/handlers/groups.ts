import { BaliseError } from '../../../shared/errors';
import {
  deleteGroup,
  findGroupNamed,
  getGroup,
  insertGroup,
  listGroups,
  missingDocuments,
  renameGroup,
  setGroupMembers,
} from '../../db/repositories/groups';
import type { Db } from '../../db/open';
import type { Handlers } from '../context';

function requireGroup(db: Db, id: number): { id: number; name: string } {
  const group = getGroup(db, id);
  if (!group) throw new BaliseError('NOT_FOUND', { what: `Groupe ${id}` });
  return group;
}

function requireFreeName(db: Db, name: string, exceptId?: number): void {
  const other = findGroupNamed(db, name, exceptId);
  if (other) throw new BaliseError('GROUP_NAME_TAKEN', { name: other.name });
}

/** Document groups (sets): each write is one undoable action. */
export const groupHandlers: Handlers<'groups:list' | 'groups:create' | 'groups:rename' | 'groups:delete' | 'groups:setMembers'> = {
  'groups:list': (_input, context) => listGroups(context.requireProject().db),

  'groups:create': ({ name }, context) => {
    const session = context.requireProject();
    const id = session.action({ key: 'history.createGroup', params: { name } }, (db) => {
      requireFreeName(db, name);
      return insertGroup(db, name);
    });
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'groups:rename': ({ id, name }, context) => {
    const session = context.requireProject();
    const group = requireGroup(session.db, id);
    session.action({ key: 'history.renameGroup', params: { from: group.name, to: name } }, (db) => {
      requireFreeName(db, name, id);
      renameGroup(db, id, name);
    });
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'groups:delete': ({ id }, context) => {
    const session = context.requireProject();
    const group = requireGroup(session.db, id);
    session.action({ key: 'history.deleteGroup', params: { name: group.name } }, (db) => deleteGroup(db, id));
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'groups:setMembers': ({ id, documentIds, member }, context) => {
    const session = context.requireProject();
    const group = requireGroup(session.db, id);
    const missing = missingDocuments(session.db, documentIds);
    if (missing.length > 0) throw new BaliseError('NOT_FOUND', { what: `Document ${missing[0]}` });
    const one = documentIds.length === 1;
    const key = member ? (one ? 'history.addToGroup.one' : 'history.addToGroup') : one ? 'history.removeFromGroup.one' : 'history.removeFromGroup';
    const changed = session.action({ key, params: { name: group.name, count: documentIds.length } }, (db) =>
      setGroupMembers(db, id, documentIds, member),
    );
    if (changed > 0) context.emit('project:changed', { project: session.info() });
    return { changed };
  },
};
