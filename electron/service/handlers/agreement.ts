import type { agreementCalls } from '../../../shared/contract/agreement';
import type { Handlers } from '../context';

/** Handlers of `shared/contract/agreement.ts`. */
export const agreementHandlers: Handlers<keyof typeof agreementCalls> = {};
