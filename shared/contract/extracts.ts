import { z } from 'zod';
import type { CodeQuery, ExtractFacets, ExtractResult, SavedQuery } from '../domain/extract';
import { structureFields } from '../domain/structure';
import { idSchema } from '../schemas/common';
import { call, none } from './call';

const MAX_QUERY_DEPTH = 8;
const MAX_OPERANDS = 50;
const withinSchema = z.number().int().min(0).max(1000);

/** A code query tree; depth and width are bounded so a request cannot make the service recurse without end. */
export const codeQuerySchema: z.ZodType<CodeQuery> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('code'), codeId: idSchema, withChildren: z.boolean() }).strict(),
    z.object({ op: z.enum(['and', 'or']), items: z.array(codeQuerySchema).min(1).max(MAX_OPERANDS) }).strict(),
    z.object({ op: z.literal('not'), include: codeQuerySchema, exclude: codeQuerySchema }).strict(),
    z.object({ op: z.literal('followedBy'), first: codeQuerySchema, then: codeQuerySchema, within: withinSchema }).strict(),
    z.object({ op: z.literal('near'), a: codeQuerySchema, b: codeQuerySchema, within: withinSchema }).strict(),
  ]),
).superRefine((query, ctx) => {
  if (depth(query) > MAX_QUERY_DEPTH) ctx.addIssue({ code: 'custom', message: `at most ${MAX_QUERY_DEPTH} levels` });
});

function depth(query: CodeQuery): number {
  switch (query.op) {
    case 'code':
      return 1;
    case 'and':
    case 'or':
      return 1 + Math.max(...query.items.map(depth));
    case 'not':
      return 1 + Math.max(depth(query.include), depth(query.exclude));
    case 'followedBy':
      return 1 + Math.max(depth(query.first), depth(query.then));
    case 'near':
      return 1 + Math.max(depth(query.a), depth(query.b));
  }
}

const ids = z.array(idSchema).max(10_000);
const values = z.array(z.string().max(500)).min(1).max(1000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const extractFiltersSchema = z
  .object({
    documentIds: ids.optional(),
    groupIds: ids.optional(),
    caseIds: ids.optional(),
    attributes: z.array(z.object({ attributeId: idSchema, values }).strict()).max(50).optional(),
    structure: z.array(z.object({ field: z.enum(structureFields), values }).strict()).max(20).optional(),
    coderIds: ids.optional(),
    codedFrom: day.optional(),
    codedTo: day.optional(),
    keyQuotesOnly: z.boolean().optional(),
  })
  .strict();

export const extractSelectionSchema = z.object({ query: codeQuerySchema, filters: extractFiltersSchema.default({}) }).strict();

const queryNameSchema = z.string().trim().min(1).max(200);

/** Coded extracts: retrieval with filters and code queries, key quotations, saved queries. Spread into `shared/contract.ts`. */
export const extractCalls = {
  /** The passages of a query under filters, with their counts; `context` adds the unit before and after. */
  'extracts:list': call<ExtractResult>()(
    extractSelectionSchema.extend({ context: z.boolean().default(false), limit: z.number().int().min(1).max(100_000).default(5_000) }).strict(),
    'read',
  ),
  'extracts:facets': call<ExtractFacets>()(none, 'read'),
  /** Marks a coding as a key quotation (« citation clé ») or unmarks it; undoable. */
  'extracts:setKeyQuote': call<{ keyQuote: boolean }>()(z.object({ codingId: idSchema, keyQuote: z.boolean() }).strict(), 'write'),
  'queries:list': call<SavedQuery[]>()(none, 'read'),
  /** Saves a new query (no id) or replaces one; names are unique. */
  'queries:save': call<SavedQuery>()(z.object({ id: idSchema.optional(), name: queryNameSchema, selection: extractSelectionSchema }).strict(), 'write'),
  'queries:delete': call<{ deleted: boolean }>()(z.object({ id: idSchema }).strict(), 'write'),
} as const;
