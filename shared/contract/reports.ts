import { z } from 'zod';
import { cooccurrenceModes } from '../domain/analysis';
import { reportCharts } from '../domain/report';
import { idSchema } from '../schemas/common';
import { call } from './call';
import type { ExportedFile } from './exports';
import { extractFiltersSchema } from './extracts';

export const reportRequestSchema = z
  .object({
    /** The family: this code and every code under it. */
    familyId: idSchema,
    /** The case attribute for the counts by value (e.g. « Branche »). */
    attributeId: idSchema.optional(),
    charts: z.array(z.enum(reportCharts)).max(reportCharts.length).default([]),
    /** When two codes co-occur, as in « Analyse ». */
    mode: z.enum(cooccurrenceModes).default('overlap'),
    /** For `near`: how many reading units apart, at most. */
    within: z.number().int().min(0).max(1000).default(1),
    /** Default: « Rapport de synthèse — <famille> ». */
    title: z.string().trim().min(1).max(200).optional(),
    filters: extractFiltersSchema.default({}),
    /** Made from a temporary copy with the accepted pseudonyms applied (the correspondence table is never in it). */
    pseudonymise: z.boolean().default(false),
  })
  .strict();

/** The synthesis report (issue 7): a DOCX per code family. Spread into `shared/contract.ts`. */
export const reportCalls = {
  /**
   * For each code of the family: definition, counts (overall and by the attribute's values), the
   * codes most often found with it, its key quotations; then the chosen charts as images.
   */
  'exports:report': call<ExportedFile>()(reportRequestSchema, 'read'),
} as const;
