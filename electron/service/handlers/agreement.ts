import type { agreementCalls } from '../../../shared/contract/agreement';
import { codersWithCodings } from '../../db/repositories/agreement';
import { computeProjectAgreement } from '../agreement/compute';
import type { Handlers } from '../context';

/** Handlers of `shared/contract/agreement.ts`. */
export const agreementHandlers: Handlers<keyof typeof agreementCalls> = {
  'agreement:coders': (_input, context) => codersWithCodings(context.requireProject().db),
  'agreement:compute': (request, context) => computeProjectAgreement(context.requireProject().db, request),
};
