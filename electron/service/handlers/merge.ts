import type { mergeCalls } from '../../../shared/contract/merge';
import type { Handlers } from '../context';

/** Handlers of `shared/contract/merge.ts`. */
export const mergeHandlers: Handlers<keyof typeof mergeCalls> = {};
