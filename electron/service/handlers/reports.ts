import type { reportCalls } from '../../../shared/contract/reports';
import type { Handlers } from '../context';

/** Handlers of `shared/contract/reports.ts`. */
export const reportHandlers: Handlers<keyof typeof reportCalls> = {};
