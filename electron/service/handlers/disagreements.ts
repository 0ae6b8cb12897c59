import type { disagreementCalls } from '../../../shared/contract/disagreements';
import type { CoderIdentity } from '../../../shared/domain/disagreement';
import { codersOfDocument } from '../../db/repositories/disagreements';
import type { Handlers, ServiceContext } from '../context';
import { listDisagreements } from '../disagreements/list';
import { resolveDisagreement } from '../disagreements/resolve';

function identity(context: ServiceContext): CoderIdentity {
  const { settings, session } = context;
  return { name: settings.coderName, color: settings.coderColor ?? null, chosen: settings.coderChosen, coder: session?.coder ?? null };
}

function changed(context: ServiceContext): void {
  context.emit('project:changed', { project: context.requireProject().info() });
}

/** Handlers of `shared/contract/disagreements.ts`: who codes, and the passages where coders differ. */
export const disagreementHandlers: Handlers<keyof typeof disagreementCalls> = {
  'coders:identity': (_input, context) => identity(context),
  'coders:identify': ({ name, color }, context) => {
    context.settings.setCoder(name, color);
    if (context.session) {
      context.session.switchCoder(name, color);
      changed(context);
    }
    return identity(context);
  },
  'disagreements:coders': ({ documentId }, context) => codersOfDocument(context.requireProject().db, documentId),
  'disagreements:list': (request, context) => listDisagreements(context.requireProject().db, request),
  'disagreements:resolve': (request, context) => {
    const list = resolveDisagreement(context.requireProject(), request);
    changed(context);
    return list;
  },
};
