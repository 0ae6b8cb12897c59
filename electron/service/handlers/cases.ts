import type { caseCalls } from '../../../shared/contract/cases';
import { parseValue } from '../../../shared/cases/values';
import type { CasePartField } from '../../../shared/domain/case';
import { BaliseError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import { documentName, documentParts, readCaseTable } from '../../db/repositories/case-table';
import {
  casesAmong,
  deleteCases,
  findCaseNamed,
  getCase,
  insertCase,
  isPartLinked,
  linkCaseToPart,
  unlinkCaseFromPart,
  updateCase,
  writeCell,
} from '../../db/repositories/cases';
import type { Db } from '../../db/open';
import type { ActionLabel } from '../action-label';
import type { Handlers, ServiceContext } from '../context';
import { attributeHandlers, requireAttribute } from './case-attributes';

export function requireCase(db: Db, id: number): { id: number; name: string; description: string } {
  const found = getCase(db, id);
  if (!found) throw new BaliseError('NOT_FOUND', { what: `Cas ${id}` });
  return found;
}

function requireFreeCaseName(db: Db, name: string, exceptId?: number): void {
  const other = findCaseNamed(db, name, exceptId);
  if (other) throw new BaliseError('CASE_NAME_TAKEN', { name: other.name });
}

/** What was typed, read as the attribute's type; a value that does not fit is refused before anything is written. */
function typedValue(db: Db, attributeId: number, input: string): { attribute: string; value: string | null } {
  const attribute = requireAttribute(db, attributeId);
  const parsed = parseValue(attribute.type, input);
  if (!parsed.ok) throw new BaliseError(parsed.problem === 'number' ? 'CASE_VALUE_NOT_NUMBER' : 'CASE_VALUE_NOT_DATE', { value: input.trim(), attribute: attribute.name });
  return { attribute: attribute.name, value: parsed.value };
}

const partLabels: Record<CasePartField, { link: MessageKey; unlink: MessageKey }> = {
  speaker: { link: 'history.linkSpeaker', unlink: 'history.unlinkSpeaker' },
  column: { link: 'history.linkColumn', unlink: 'history.unlinkColumn' },
};

function changed(context: ServiceContext): void {
  const session = context.requireProject();
  context.emit('project:changed', { project: session.info() });
}

/** The case table: each write is one undoable action, and a refused write writes nothing. */
export const caseHandlers: Handlers<keyof typeof caseCalls> = {
  'cases:table': (_input, context) => readCaseTable(context.requireProject().db),

  'cases:create': ({ name, description }, context) => {
    const session = context.requireProject();
    const id = session.action({ key: 'history.caseCreate', params: { name } }, (db) => {
      requireFreeCaseName(db, name);
      return insertCase(db, name, description);
    });
    changed(context);
    return { id };
  },

  'cases:rename': ({ id, name, description }, context) => {
    const session = context.requireProject();
    const current = requireCase(session.db, id);
    const renamed = name !== undefined && name !== current.name;
    if (!renamed && (description === undefined || description === current.description)) return { id };
    const label: ActionLabel = renamed
      ? ({ key: 'history.caseRename', params: { from: current.name, to: name } } as const)
      : ({ key: 'history.caseDescribe', params: { name: current.name } } as const);
    session.action(label, (db) => {
      if (renamed) requireFreeCaseName(db, name, id);
      updateCase(db, id, { name, description });
    });
    changed(context);
    return { id };
  },

  'cases:delete': ({ ids }, context) => {
    const session = context.requireProject();
    const found = casesAmong(session.db, ids);
    const missing = ids.find((id) => !found.some((c) => c.id === id));
    if (missing !== undefined) throw new BaliseError('NOT_FOUND', { what: `Cas ${missing}` });
    const label: ActionLabel = found.length === 1 ? ({ key: 'history.caseDelete', params: { name: found[0]!.name } } as const) : ({ key: 'history.casesDelete', params: { count: found.length } } as const);
    const deleted = session.action(label, (db) => deleteCases(db, found.map((c) => c.id)));
    changed(context);
    return { deleted };
  },

  'cases:setValue': ({ caseId, attributeId, value: input }, context) => {
    const session = context.requireProject();
    const target = requireCase(session.db, caseId);
    const { attribute, value } = typedValue(session.db, attributeId, input);
    const label: ActionLabel =
      value === null
        ? ({ key: 'history.caseValueClear', params: { attribute, case: target.name } } as const)
        : ({ key: 'history.caseValue', params: { attribute, case: target.name, value: input.trim() } } as const);
    if (session.action(label, (db) => writeCell(db, caseId, attributeId, value))) changed(context);
    return { value };
  },

  'cases:setValues': ({ caseIds, attributeId, value: input }, context) => {
    const session = context.requireProject();
    const found = casesAmong(session.db, caseIds);
    const missing = caseIds.find((id) => !found.some((c) => c.id === id));
    if (missing !== undefined) throw new BaliseError('NOT_FOUND', { what: `Cas ${missing}` });
    const { attribute, value } = typedValue(session.db, attributeId, input);
    const count = found.length;
    const label: ActionLabel =
      value === null
        ? ({ key: 'history.caseValuesClear', params: { attribute, count } } as const)
        : ({ key: 'history.caseValues', params: { attribute, count, value: input.trim() } } as const);
    const written = session.action(label, (db) => found.filter((c) => writeCell(db, c.id, attributeId, value)).length);
    if (written > 0) changed(context);
    return { value, changed: written };
  },

  'cases:parts': ({ documentId }, context) => {
    const db = context.requireProject().db;
    if (documentName(db, documentId) === undefined) throw new BaliseError('NOT_FOUND', { what: `Document ${documentId}` });
    return documentParts(db, documentId);
  },

  'cases:linkPart': ({ caseId, documentId, field, value, linked }, context) => {
    const session = context.requireProject();
    const target = requireCase(session.db, caseId);
    const document = documentName(session.db, documentId);
    if (document === undefined) throw new BaliseError('NOT_FOUND', { what: `Document ${documentId}` });
    const part = documentParts(session.db, documentId).find((p) => p.field === field && p.value === value);
    // Linking needs the part in the text; unlinking works even after the text lost it.
    if (linked && (!part || part.units === 0)) throw new BaliseError('CASE_PART_NOT_FOUND', { value, document });
    const label: ActionLabel = { key: partLabels[field][linked ? 'link' : 'unlink'], params: { value, document, case: target.name } };
    const wrote = session.action(label, (db) => {
      const already = isPartLinked(db, caseId, documentId, field, value);
      if (linked && !already) linkCaseToPart(db, caseId, documentId, field, value);
      if (!linked && already) unlinkCaseFromPart(db, caseId, documentId, field, value);
      return linked !== already;
    });
    if (wrote) changed(context);
    return { linked };
  },

  ...attributeHandlers,
};
