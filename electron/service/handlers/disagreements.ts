import type { disagreementCalls } from '../../../shared/contract/disagreements';
import type { Handlers } from '../context';

/** Handlers of `shared/contract/disagreements.ts`. */
export const disagreementHandlers: Handlers<keyof typeof disagreementCalls> = {};
