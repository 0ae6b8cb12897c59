import type { searchCalls } from '../../../shared/contract/search';
import type { Handlers } from '../context';

/** Full-text search, autocoding of its hits, word frequencies. */
export const searchHandlers: Handlers<keyof typeof searchCalls> = {};
