import { z } from 'zod';
import { disagreementResolutions, type CoderIdentity, type DisagreementList, type DocumentCoder } from '../domain/disagreement';
import { colorSchema, idSchema } from '../schemas/common';
import { call, none } from './call';

const coderNameSchema = z.string().trim().min(1).max(80);
const pairSchema = { documentId: idSchema, coderA: idSchema, coderB: idSchema };

/** Passages where coders differ, and their resolution (issue 8); the coder's identity. Spread into `shared/contract.ts`. */
export const disagreementCalls = {
  /** Who codes on this machine, whether it was ever chosen (first start), and the open project's coder. */
  'coders:identity': call<CoderIdentity>()(none, 'read'),
  /**
   * Says who codes: the app setting (name and colour) and, in the open project, that coder (found or
   * recorded, with this colour): the next codings and memos are signed with it, without reopening.
   */
  'coders:identify': call<CoderIdentity>()(z.object({ name: coderNameSchema, color: colorSchema }).strict(), 'write'),
  /** The coders who coded a document, most codings first. */
  'disagreements:coders': call<DocumentCoder[]>()(z.object({ documentId: idSchema }).strict(), 'read'),
  /** Passages of a document where two coders differ (optionally on some codes only), passages kept as they are left out. */
  'disagreements:list': call<DisagreementList>()(
    z
      .object({ ...pairSchema, codeIds: z.array(idSchema).max(10_000).optional() })
      .strict()
      .refine((v) => v.coderA !== v.coderB, { message: 'two different coders' }),
    'read',
  ),
  /**
   * Resolves one passage, one undoable action: keepA makes B's codings of the passage equal to A's
   * (B's differing codings removed, boundaries set to A's, A's missing codings copied for B),
   * keepB the reverse, keepBoth records the passage as reviewed so it leaves the list.
   */
  'disagreements:resolve': call<DisagreementList>()(
    z
      .object({ ...pairSchema, codeIds: z.array(idSchema).max(10_000).optional(), fingerprint: z.string().min(1).max(200_000), resolution: z.enum(disagreementResolutions) })
      .strict()
      .refine((v) => v.coderA !== v.coderB, { message: 'two different coders' }),
    'write',
  ),
} as const;
