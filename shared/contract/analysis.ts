import { z } from 'zod';
import {
  cooccurrenceMeasures,
  cooccurrenceModes,
  crosstabCells,
  crosstabDisplays,
  matrixOrders,
  type AnalysisSpec,
  type CooccurrenceMatrix,
  type Crosstab,
  type MapPosition,
  type Slide,
} from '../domain/analysis';
import type { ExtractResult } from '../domain/extract';
import { idSchema } from '../schemas/common';
import { call, none } from './call';
import { extractFiltersSchema } from './extracts';

/** At most this many codes in one analysis (a matrix of 300 × 300 cells is already unreadable). */
export const MAX_ANALYSIS_CODES = 300;

const codeChoice = {
  codeIds: z.array(idSchema).min(1).max(MAX_ANALYSIS_CODES),
  withChildren: z.boolean().default(false),
};
const codeChoiceSchema = z.object(codeChoice).strict();
const within = z.number().int().min(0).max(1000).default(1);
const mode = z.enum(cooccurrenceModes);
const filters = extractFiltersSchema.default({});
const attributeIds = z.array(idSchema).min(1).max(3);

export const cooccurrenceRequestSchema = z.object({ ...codeChoice, mode, within, filters }).strict();
export const crosstabRequestSchema = z.object({ ...codeChoice, attributeIds, filters }).strict();

/** What a slide keeps; the same shapes as AnalysisSpec. */
export const analysisSpecSchema: z.ZodType<AnalysisSpec> = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('matrix'),
      codes: codeChoiceSchema,
      mode,
      within,
      measure: z.enum(cooccurrenceMeasures),
      order: z.enum(matrixOrders),
      filters,
    })
    .strict(),
  z
    .object({
      kind: z.literal('crosstab'),
      codes: codeChoiceSchema,
      attributeIds,
      cell: z.enum(crosstabCells),
      display: z.enum(crosstabDisplays),
      filters,
    })
    .strict(),
  z
    .object({
      kind: z.literal('map'),
      codes: codeChoiceSchema,
      mode,
      within,
      measure: z.enum(cooccurrenceMeasures),
      threshold: z.number().min(0).max(1_000_000),
      autoThreshold: z.boolean().optional(),
      filters,
    })
    .strict(),
]) as z.ZodType<AnalysisSpec>;

const slideTitleSchema = z.string().trim().min(1).max(200);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

/** Co-occurrence, code × attribute tables, the theme map's layout and the seminar's slides. Spread into `shared/contract.ts`. */
export const analysisCalls = {
  /** The co-occurrence matrix of the codes under the extract browser's filters. */
  'analysis:cooccurrence': call<CooccurrenceMatrix>()(cooccurrenceRequestSchema, 'read'),
  /** The passages of `a` and of `b` that co-occur (those counted in the cell), as extracts with context. */
  'analysis:cooccurrenceExtracts': call<ExtractResult>()(
    cooccurrenceRequestSchema
      .extend({ a: idSchema, b: idSchema, limit: z.number().int().min(1).max(100_000).default(5_000) })
      .strict(),
    'read',
  ),
  /** Codes × values of one attribute or a combination of attributes. */
  'analysis:crosstab': call<Crosstab>()(crosstabRequestSchema, 'read'),
  /** The table as an Excel workbook (one sheet, counts and the chosen cell measure), base64. */
  'analysis:crosstabWorkbook': call<{ fileName: string; base64: string }>()(
    crosstabRequestSchema.extend({ cell: z.enum(crosstabCells), title: z.string().trim().min(1).max(200) }).strict(),
    'read',
  ),
  /** Where the theme map's nodes stay. */
  'map:positions': call<MapPosition[]>()(none, 'read'),
  /** Saves where nodes were left (dragged, pinned or released); not an undoable action. */
  'map:savePositions': call<{ saved: number }>()(
    z.object({ positions: z.array(z.object({ codeId: idSchema, x: coordinate, y: coordinate, pinned: z.boolean() }).strict()).max(2000) }).strict(),
    'write',
  ),
  /** Forgets every saved position (« Réorganiser »). */
  'map:resetPositions': call<{ reset: number }>()(none, 'write'),
  'slides:list': call<Slide[]>()(none, 'read'),
  /** Adds a slide at the end (no id) or replaces one; undoable. */
  'slides:save': call<Slide>()(z.object({ id: idSchema.optional(), title: slideTitleSchema, spec: analysisSpecSchema }).strict(), 'write'),
  /** Moves a slide to a new place in the sequence; undoable. */
  'slides:move': call<Slide[]>()(z.object({ id: idSchema, position: z.number().int().min(0).max(10_000) }).strict(), 'write'),
  'slides:delete': call<{ deleted: boolean }>()(z.object({ id: idSchema }).strict(), 'write'),
} as const;
