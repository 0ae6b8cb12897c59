import type { HistoryState } from '../../../shared/domain/history';
import { history, redoNext, undoLast } from '../../db/undo';
import type { Handlers, ServiceContext } from '../context';
import type { ProjectSession } from '../project-session';

function state(session: ProjectSession): HistoryState {
  const entries = history(session.db);
  return { entries, canUndo: entries.some((e) => !e.undone), canRedo: entries.some((e) => e.undone) };
}

function changed(context: ServiceContext, session: ProjectSession): HistoryState {
  context.emit('project:changed', { project: session.info() });
  return state(session);
}

export const historyHandlers: Handlers<'history:list' | 'history:undo' | 'history:redo'> = {
  'history:list': (_input, context) => state(context.requireProject()),
  'history:undo': (_input, context) => {
    const session = context.requireProject();
    session.write((db) => undoLast(db));
    return changed(context, session);
  },
  'history:redo': (_input, context) => {
    const session = context.requireProject();
    session.write((db) => redoNext(db));
    return changed(context, session);
  },
};
