import { z } from 'zod';
import type { MergeReport } from '../domain/merge';
import { fileNameSchema, idSchema } from '../schemas/common';
import { call } from './call';

/** Largest project accepted, in base64 (a .balise or .qdpx holds every document). */
const MERGE_UPLOAD_MAX_BYTES = Math.ceil((200 * 1024 * 1024 * 4) / 3) + 256 * 1024;

/** The other researcher's file, uploaded, and the review's decisions (none: the defaults). */
const mergeInput = z
  .object({
    fileName: fileNameSchema,
    data: z.base64(),
    /** Codes only in theirs, by their path: create (default), map onto one of mine, or skip their codings. */
    codeDecisions: z
      .array(
        z
          .object({ theirPath: z.string().min(1).max(4000), action: z.enum(['create', 'map', 'skip']), targetCodeId: idSchema.optional() })
          .strict()
          .refine((d) => d.action !== 'map' || d.targetCodeId !== undefined, { message: 'targetCodeId' }),
      )
      .max(10_000)
      .default([]),
    /** Codes renamed on one side (same GUID): keep my name (default) or take theirs. */
    renames: z
      .array(z.object({ guid: z.string().min(1).max(100), take: z.enum(['mine', 'theirs']) }).strict())
      .max(10_000)
      .default([]),
  })
  .strict();

/** Merging another researcher's project (.balise or .qdpx) into this one (issue 8). Spread into `shared/contract.ts`. */
export const mergeCalls = {
  /** What the merge would bring (counts, text differences, codes to review, conflicting values); writes nothing. */
  'merge:preview': call<MergeReport>()(mergeInput, 'read', MERGE_UPLOAD_MAX_BYTES),
  /**
   * Merges their documents, codes, codings, memos, comments, coders and cases into mine in one
   * undoable action; what is already here (same coding GUID, same memo) is not brought twice.
   */
  'merge:apply': call<MergeReport>()(mergeInput, 'write', MERGE_UPLOAD_MAX_BYTES),
} as const;
