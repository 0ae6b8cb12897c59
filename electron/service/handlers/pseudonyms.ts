import type { pseudonymCalls } from '../../../shared/contract/pseudonyms';
import { BaliseError } from '../../../shared/errors';
import type { Handlers } from '../context';

function notYet(): never {
  throw new BaliseError('UNSUPPORTED', { what: 'pseudonymisation (en cours de construction)' });
}

/** Handlers of `shared/contract/pseudonyms.ts` (scaffold: the engine lands in electron/service/pseudonyms/). */
export const pseudonymHandlers: Handlers<keyof typeof pseudonymCalls> = {
  'pseudonyms:candidates': () => [],
  'pseudonyms:decide': notYet,
  'pseudonyms:entries': () => [],
  'pseudonyms:settings': () => ({ scheme: 'letters', firstNames: [], places: [] }),
  'pseudonyms:saveSettings': notYet,
  'pseudonyms:preview': () => ({ documents: [], replacements: 0, codingsMoved: 0, codingsChanged: 0 }),
  'pseudonyms:apply': notYet,
  'pseudonyms:exportTable': notYet,
};
