import { z } from 'zod';
import type { RefiImportReport } from '../domain/refi-import';
import { fileNameSchema, idSchema } from '../schemas/common';
import { call } from './call';
import type { ExportedFile } from './exports';
import { extractFiltersSchema } from './extracts';

/** Largest REFI-QDA file accepted, in base64 (a .qdpx holds every source). */
const REFI_UPLOAD_MAX_BYTES = Math.ceil((200 * 1024 * 1024 * 4) / 3) + 64 * 1024;

/** Exchange with other tools: REFI-QDA import, IRaMuTeQ and statistics exports, codebook files. Spread into `shared/contract.ts`. */
export const exchangeCalls = {
  /**
   * Imports a REFI-QDA project (`.qdpx`) or codebook (`.qdc`) into the open project, in one
   * undoable action: leniently (what Balise cannot hold yet is reported, the rest imported), or
   * not at all when the file is not a REFI-QDA file (a French error says why).
   */
  'imports:refi': call<RefiImportReport>()(z.object({ fileName: fileNameSchema, data: z.base64() }).strict(), 'write', REFI_UPLOAD_MAX_BYTES),
  /** The codebook as CSV (one line per code: path, colour, definition, criteria) or as a readable Word document. */
  'exports:codebook': call<ExportedFile>()(z.object({ format: z.enum(['csv', 'docx']) }).strict(), 'read'),
  /**
   * The corpus (or the extracts of chosen codes) in IRaMuTeQ's format: each text opens with a
   * `**** *variable_valeur` line built from the chosen case attributes, sanitised as IRaMuTeQ requires.
   */
  'exports:iramuteq': call<ExportedFile>()(
    z
      .object({
        codeIds: z.array(idSchema).max(10_000).optional(),
        withChildren: z.boolean().default(true),
        attributeIds: z.array(idSchema).max(50).default([]),
        filters: extractFiltersSchema.default({}),
        /** Made from a copy with the accepted pseudonyms applied; the project is not changed (issue 9). */
        pseudonymise: z.boolean().default(false),
      })
      .strict(),
    'read',
  ),
  /** A 0/1 matrix of codes by case (or by document) as CSV, for R or SPSS. */
  'exports:codeMatrix': call<ExportedFile>()(
    z
      .object({
        by: z.enum(['case', 'document']),
        codeIds: z.array(idSchema).max(10_000).optional(),
        withChildren: z.boolean().default(true),
        separator: z.enum([';', ',']).default(';'),
        filters: extractFiltersSchema.default({}),
        /** Made from a copy with the accepted pseudonyms applied; the project is not changed (issue 9). */
        pseudonymise: z.boolean().default(false),
      })
      .strict(),
    'read',
  ),
} as const;
