/** Inter-coder agreement (issue 8): percent, Cohen's kappa, Krippendorff's alpha. Spread into `shared/contract.ts`. */
import { z } from 'zod';
import { agreementLevels, uncodedChoices, type AgreementCoder, type AgreementResult } from '../domain/agreement';
import { idSchema } from '../schemas/common';
import { call, none } from './call';

export const agreementRequestSchema = z
  .object({
    coderIds: z.array(idSchema).min(2).max(50),
    documentIds: z.array(idSchema).max(100_000).optional(),
    codeIds: z.array(idSchema).max(10_000).optional(),
    withChildren: z.boolean().default(false),
    level: z.enum(agreementLevels).default('character'),
    uncoded: z.enum(uncodedChoices).default('include'),
  })
  .strict()
  .refine((r) => new Set(r.coderIds).size >= 2, { message: 'at least two different coders', path: ['coderIds'] });

export const agreementCalls = {
  /** The coders who have coded something, by name, with their counts of codings and documents. */
  'agreement:coders': call<AgreementCoder[]>()(none, 'read'),
  /**
   * Percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha, per code, per document
   * and overall, with the counts behind them (definitions: shared/agreement/coefficients.ts).
   */
  'agreement:compute': call<AgreementResult>()(agreementRequestSchema, 'read'),
} as const;
