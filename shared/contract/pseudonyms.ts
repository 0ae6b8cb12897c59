import { z } from 'zod';
import { pseudonymKinds, pseudonymSchemes, type PseudonymApplyResult, type PseudonymCandidate, type PseudonymEntry, type PseudonymPreview } from '../domain/pseudonym';
import { call, none } from './call';
import type { ExportedFile } from './exports';

const originalSchema = z.string().trim().min(1).max(200);

/**
 * Pseudonymisation (issue 9). The review table is built from detection plus the stored decisions;
 * decisions and the correspondence table live in the project (`pseudonyms` table, undoable), never
 * in an export unless `pseudonyms:exportTable` is called. Spread into `shared/contract.ts`.
 */
export const pseudonymCalls = {
  /** Candidates across the corpus (detected and already decided), most frequent first. */
  'pseudonyms:candidates': call<PseudonymCandidate[]>()(none, 'read'),
  /**
   * Accepts (with a pseudonym: given, or made by the current scheme when omitted), rejects, or
   * returns to pending one candidate or a word of the researcher's own. One undoable action.
   */
  'pseudonyms:decide': call<PseudonymEntry | null>()(
    z
      .object({
        original: originalSchema,
        kind: z.enum(pseudonymKinds),
        decision: z.enum(['accepted', 'rejected', 'pending']),
        pseudonym: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    'write',
  ),
  /** The stored correspondence table (accepted and rejected entries). */
  'pseudonyms:entries': call<PseudonymEntry[]>()(none, 'read'),
  /** The scheme used for new pseudonyms, the first names it draws from, the extra place names to detect. */
  'pseudonyms:settings': call<{ scheme: (typeof pseudonymSchemes)[number]; firstNames: string[]; places: string[] }>()(none, 'read'),
  'pseudonyms:saveSettings': call<{ scheme: (typeof pseudonymSchemes)[number]; firstNames: string[]; places: string[] }>()(
    z
      .object({
        scheme: z.enum(pseudonymSchemes),
        firstNames: z.array(z.string().trim().min(1).max(80)).max(2000).optional(),
        places: z.array(z.string().trim().min(1).max(200)).max(5000).optional(),
      })
      .strict(),
    'write',
  ),
  /** Replacements per document the accepted entries would make, and the codings they would move. */
  'pseudonyms:preview': call<PseudonymPreview>()(none, 'read'),
  /** Pseudonymises the project in place after an automatic backup; one undoable action. */
  'pseudonyms:apply': call<PseudonymApplyResult>()(none, 'write'),
  /** The correspondence table as CSV, on explicit request only. */
  'pseudonyms:exportTable': call<ExportedFile>()(none, 'read'),
} as const;
