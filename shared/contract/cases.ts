import { z } from 'zod';
import { MAX_VALUE_LENGTH } from '../cases/values';
import { attributeTypes, casePartFields, type CaseTable, type DocumentPart } from '../domain/case';
import { idSchema } from '../schemas/common';
import { call, none } from './call';

const caseNameSchema = z.string().trim().min(1).max(200);
const attributeNameSchema = z.string().trim().min(1).max(200);
const descriptionSchema = z.string().trim().max(MAX_VALUE_LENGTH);
/** A value as typed in a cell (« 2,5 », « 23/11/2026 »); empty clears the cell. */
const valueSchema = z.string().max(MAX_VALUE_LENGTH);
const attributeTypeSchema = z.enum(attributeTypes);

/**
 * The case table: cases, typed attributes, values, and links of cases to documents or named parts
 * of them. Every write is one undoable action; a refused write (bad value, name taken) writes
 * nothing. Spread into `shared/contract.ts`.
 */
export const caseCalls = {
  /** Attributes in column order, cases in table order with their values (canonical) and links. */
  'cases:table': call<CaseTable>()(none, 'read'),
  /** A new case at the end of the table; names are unique (CASE_NAME_TAKEN). */
  'cases:create': call<{ id: number }>()(z.object({ name: caseNameSchema, description: descriptionSchema.default('') }).strict(), 'write'),
  /** Renames a case and/or changes its description. */
  'cases:rename': call<{ id: number }>()(
    z
      .object({ id: idSchema, name: caseNameSchema.optional(), description: descriptionSchema.optional() })
      .strict()
      .refine((v) => v.name !== undefined || v.description !== undefined, { message: 'name or description required' }),
    'write',
  ),
  /** Deletes cases with their values and links (their documents stay). */
  'cases:delete': call<{ deleted: number }>()(z.object({ ids: z.array(idSchema).min(1).max(10_000) }).strict(), 'write'),
  /**
   * Sets one cell. The value is read as the attribute's type: numbers accept « 2,5 » (stored 2.5),
   * dates « 23/11/2026 » or ISO (stored 2026-11-23); empty clears. Refused (CASE_VALUE_INVALID) when
   * it does not fit. Returns what was stored.
   */
  'cases:setValue': call<{ value: string | null }>()(z.object({ caseId: idSchema, attributeId: idSchema, value: valueSchema }).strict(), 'write'),
  /** Bulk edit: one value of one attribute for many cases, one undoable action. Returns how many cells changed. */
  'cases:setValues': call<{ value: string | null; changed: number }>()(
    z.object({ caseIds: z.array(idSchema).min(1).max(10_000), attributeId: idSchema, value: valueSchema }).strict(),
    'write',
  ),
  /** A new attribute (column) at the end; names are unique (ATTRIBUTE_NAME_TAKEN). */
  'attributes:create': call<{ id: number }>()(z.object({ name: attributeNameSchema, type: attributeTypeSchema }).strict(), 'write'),
  'attributes:rename': call<{ id: number }>()(z.object({ id: idSchema, name: attributeNameSchema }).strict(), 'write'),
  /**
   * Changes an attribute's type. Values are read again as the new type (« 2,5 » → 2.5) or, towards
   * text and categories, kept as shown; refused (ATTRIBUTE_TYPE_MISMATCH, naming the cases and
   * values) when some do not fit.
   */
  'attributes:setType': call<{ id: number; converted: number }>()(z.object({ id: idSchema, type: attributeTypeSchema }).strict(), 'write'),
  /** Moves an attribute to `index` among the columns. */
  'attributes:move': call<{ id: number }>()(z.object({ id: idSchema, index: z.number().int().min(0) }).strict(), 'write'),
  /** Deletes an attribute and its values. */
  'attributes:delete': call<{ deleted: number }>()(z.object({ id: idSchema }).strict(), 'write'),
  /** The named parts a document offers: its speakers (turns) and grid columns (answers, cells), with unit counts and linked cases. */
  'cases:parts': call<DocumentPart[]>()(z.object({ documentId: idSchema }).strict(), 'read'),
  /** Links a case to a named part of a document (a speaker, a grid column), or removes that link. */
  'cases:linkPart': call<{ linked: boolean }>()(
    z
      .object({ caseId: idSchema, documentId: idSchema, field: z.enum(casePartFields), value: z.string().min(1).max(500), linked: z.boolean() })
      .strict(),
    'write',
  ),
} as const;
