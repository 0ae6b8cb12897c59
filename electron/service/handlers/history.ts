import type { HistoryState } from '../../../shared/domain/history';
import { history, redoNext, travelTo, undoLast } from '../../db/undo';
import type { Handlers, ServiceContext } from '../context';
import { describeLabel } from '../action-label';
import type { ProjectSession } from '../project-session';

function state(session: ProjectSession, context: ServiceContext): HistoryState {
  const entries = history(session.db).map((e) => ({ ...e, label: describeLabel(e.label, context.settings.language) }));
  return { entries, canUndo: entries.some((e) => !e.undone), canRedo: entries.some((e) => e.undone) };
}

function changed(context: ServiceContext, session: ProjectSession): HistoryState {
  context.emit('project:changed', { project: session.info() });
  return state(session, context);
}

export const historyHandlers: Handlers<'history:list' | 'history:undo' | 'history:redo' | 'history:travel'> = {
  'history:list': (_input, context) => state(context.requireProject(), context),
  'history:undo': (_input, context) => {
    const session = context.requireProject();
    session.write((db) => undoLast(db));
    return changed(context, session);
  },
  'history:travel': ({ id, direction }, context) => {
    const session = context.requireProject();
    session.write((db) => travelTo(db, id, direction));
    return changed(context, session);
  },
  'history:redo': (_input, context) => {
    const session = context.requireProject();
    session.write((db) => redoNext(db));
    return changed(context, session);
  },
};
