import { z } from 'zod';

/** How one contract entry is written: `call<Output>()(inputSchema, 'read' | 'write')`. */
export type CallKind = 'read' | 'write';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  kind: CallKind;
  /** Largest request a transport accepts for this call (file uploads); default 2 MiB. */
  maxBytes?: number;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

export function call<O>() {
  return <I extends z.ZodType>(input: I, kind: CallKind, maxBytes?: number): CallSpec<I, O> =>
    maxBytes === undefined ? { input, kind } : { input, kind, maxBytes };
}

/** Input of a call that takes nothing. */
export const none = z.object({}).strict();
