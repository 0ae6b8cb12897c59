import { retypeValue } from '../../../shared/cases/values';
import type { AttributeType } from '../../../shared/domain/case';
import { BaliseError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import {
  attributeValues,
  deleteAttribute,
  ensureAttribute,
  findAttributeNamed,
  getAttribute,
  listAttributes,
  moveAttribute,
  renameAttribute,
  setAttributeType,
  writeCell,
  type AttributeRow,
} from '../../db/repositories/cases';
import type { Db } from '../../db/open';
import type { Handlers } from '../context';

export function requireAttribute(db: Db, id: number): AttributeRow {
  const attribute = getAttribute(db, id);
  if (!attribute) throw new BaliseError('NOT_FOUND', { what: `Attribut ${id}` });
  return attribute;
}

function requireFreeName(db: Db, name: string, exceptId?: number): void {
  const other = findAttributeNamed(db, name, exceptId);
  if (other) throw new BaliseError('ATTRIBUTE_NAME_TAKEN', { name: other.name });
}

const typeLabels: Record<AttributeType, MessageKey> = {
  text: 'history.attributeType.text',
  number: 'history.attributeType.number',
  date: 'history.attributeType.date',
  category: 'history.attributeType.category',
};

/** At most this many offending values are quoted in a refusal; the count says how many there are. */
const QUOTED = 5;

type AttributeCall = 'attributes:create' | 'attributes:rename' | 'attributes:setType' | 'attributes:move' | 'attributes:delete';

/** The columns of the case table: each write is one undoable action. */
export const attributeHandlers: Handlers<AttributeCall> = {
  'attributes:create': ({ name, type }, context) => {
    const session = context.requireProject();
    const id = session.action({ key: 'history.attributeCreate', params: { name } }, (db) => {
      requireFreeName(db, name);
      return ensureAttribute(db, name, type);
    });
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'attributes:rename': ({ id, name }, context) => {
    const session = context.requireProject();
    const attribute = requireAttribute(session.db, id);
    if (attribute.name === name) return { id };
    session.action({ key: 'history.attributeRename', params: { from: attribute.name, to: name } }, (db) => {
      requireFreeName(db, name, id);
      renameAttribute(db, id, name);
    });
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'attributes:setType': ({ id, type }, context) => {
    const session = context.requireProject();
    const attribute = requireAttribute(session.db, id);
    if (attribute.type === type) return { id, converted: 0 };
    const values = attributeValues(session.db, id).map((v) => ({ ...v, retyped: retypeValue(attribute.type, type, v.value) }));
    const misfits = values.filter((v) => !v.retyped.ok);
    if (misfits.length > 0) {
      const quoted = misfits.slice(0, QUOTED).map((v) => `${v.caseName} « ${v.value} »`);
      throw new BaliseError(type === 'number' ? 'ATTRIBUTE_NOT_NUMBERS' : 'ATTRIBUTE_NOT_DATES', {
        attribute: attribute.name,
        count: misfits.length,
        values: misfits.length > QUOTED ? `${quoted.join(', ')}, …` : quoted.join(', '),
      });
    }
    const converted = session.action({ key: typeLabels[type], params: { name: attribute.name } }, (db) => {
      setAttributeType(db, id, type);
      return values.filter((v) => v.retyped.ok && writeCell(db, v.caseId, id, v.retyped.value)).length;
    });
    context.emit('project:changed', { project: session.info() });
    return { id, converted };
  },

  'attributes:move': ({ id, index }, context) => {
    const session = context.requireProject();
    const attribute = requireAttribute(session.db, id);
    const current = listAttributes(session.db).findIndex((a) => a.id === id);
    if (current === Math.min(index, listAttributes(session.db).length - 1)) return { id };
    session.action({ key: 'history.attributeMove', params: { name: attribute.name } }, (db) => moveAttribute(db, id, index));
    context.emit('project:changed', { project: session.info() });
    return { id };
  },

  'attributes:delete': ({ id }, context) => {
    const session = context.requireProject();
    const attribute = requireAttribute(session.db, id);
    const deleted = session.action({ key: 'history.attributeDelete', params: { name: attribute.name } }, (db) => deleteAttribute(db, id));
    context.emit('project:changed', { project: session.info() });
    return { deleted };
  },
};
