import type { extractCalls } from '../../../shared/contract/extracts';
import { BaliseError } from '../../../shared/errors';
import type { Handlers } from '../context';

const notYet = () => {
  throw new BaliseError('INTERNAL', { details: 'extracts: not built yet' });
};

/** Coded extracts, key quotations and saved queries. */
export const extractHandlers: Handlers<keyof typeof extractCalls> = {
  'extracts:list': notYet,
  'extracts:facets': notYet,
  'extracts:setKeyQuote': notYet,
  'queries:list': notYet,
  'queries:save': notYet,
  'queries:delete': notYet,
};
