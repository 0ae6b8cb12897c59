import type { caseCalls } from '../../../shared/contract/cases';
import type { Handlers } from '../context';

/** The case table: each write is one undoable action. */
export const caseHandlers: Handlers<keyof typeof caseCalls> = {};
