import type { analysisCalls } from '../../../shared/contract/analysis';
import { BaliseError } from '../../../shared/errors';
import { deleteSlide, insertSlide, listSlides, mapPositions, moveSlide, resetMapPositions, saveMapPositions, updateSlide } from '../../db/repositories/analysis';
import type { ActionLabel } from '../action-label';
import type { Handlers, ServiceContext } from '../context';
import { cooccurrenceExtracts, cooccurrenceMatrix } from '../analysis/cooccurrence';
import { crosstab } from '../analysis/crosstab';
import { crosstabWorkbook } from '../analysis/crosstab-workbook';

function changed(context: ServiceContext): void {
  context.emit('project:changed', { project: context.requireProject().info() });
}

function requireSlide(context: ServiceContext, id: number) {
  const slide = listSlides(context.requireProject().db).find((s) => s.id === id);
  if (!slide) throw new BaliseError('NOT_FOUND', { what: `Diapositive ${id}` });
  return slide;
}

/** Co-occurrence, code × attribute tables, the theme map's layout and the slides (each slide edit is one undoable action). */
export const analysisHandlers: Handlers<keyof typeof analysisCalls> = {
  'analysis:cooccurrence': (request, context) => cooccurrenceMatrix(context.requireProject().db, request),
  'analysis:cooccurrenceExtracts': ({ a, b, limit, ...request }, context) => cooccurrenceExtracts(context.requireProject().db, request, a, b, limit),
  'analysis:crosstab': (request, context) => crosstab(context.requireProject().db, request),
  'analysis:crosstabWorkbook': ({ cell, title, ...request }, context) => crosstabWorkbook(context.requireProject().db, request, cell, title),

  'map:positions': (_input, context) => mapPositions(context.requireProject().db),
  'map:savePositions': ({ positions }, context) => ({ saved: context.requireProject().write((db) => saveMapPositions(db, positions)) }),
  'map:resetPositions': (_input, context) => ({ reset: context.requireProject().write((db) => resetMapPositions(db)) }),

  'slides:list': (_input, context) => listSlides(context.requireProject().db),
  'slides:save': ({ id, title, spec }, context) => {
    const session = context.requireProject();
    const label: ActionLabel = id === undefined ? { key: 'history.addSlide', params: { title } } : { key: 'history.editSlide', params: { title } };
    const savedId = session.action(label, (db) => {
      if (id === undefined) return insertSlide(db, title, spec, new Date().toISOString());
      if (!updateSlide(db, id, title, spec)) throw new BaliseError('NOT_FOUND', { what: `Diapositive ${id}` });
      return id;
    });
    changed(context);
    return listSlides(session.db).find((s) => s.id === savedId)!;
  },
  'slides:move': ({ id, position }, context) => {
    const session = context.requireProject();
    const slide = requireSlide(context, id);
    session.action({ key: 'history.moveSlide', params: { title: slide.title } }, (db) => moveSlide(db, id, position));
    changed(context);
    return listSlides(session.db);
  },
  'slides:delete': ({ id }, context) => {
    const session = context.requireProject();
    const slide = requireSlide(context, id);
    session.action({ key: 'history.deleteSlide', params: { title: slide.title } }, (db) => deleteSlide(db, id));
    changed(context);
    return { deleted: true };
  },
};
