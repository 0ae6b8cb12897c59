import { BaliseError } from '../../../shared/errors';
import { insertCoding } from '../../db/repositories/codings';
import { isAlreadyCoded, listStructureValues, passagesMatching, renameSpeaker } from '../../db/repositories/structure';
import type { Handlers } from '../context';

function describe(selector: Record<string, unknown>): string {
  return ['block', 'prompt', 'column', 'speaker', 'grid']
    .map((k) => selector[k])
    .filter((v): v is string => typeof v === 'string')
    .join(' · ');
}

export const structureHandlers: Handlers<'structure:values' | 'structure:autocode' | 'structure:renameSpeaker'> = {
  'structure:values': (_input, context) => listStructureValues(context.requireProject().db),

  'structure:autocode': ({ codeId, selector, preview }, context) => {
    const session = context.requireProject();
    const code = session.db.prepare('SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined;
    if (!code) throw new BaliseError('NOT_FOUND', { what: `Code ${codeId}` });
    if (preview) {
      const passages = passagesMatching(session.db, selector);
      const created = passages.filter((p) => !isAlreadyCoded(session.db, codeId, p)).length;
      return { matched: passages.length, created, preview: true };
    }
    const result = session.action({ key: 'history.autocode', params: { code: code.name, passages: describe(selector) } }, (db) => {
      const passages = passagesMatching(db, selector);
      const now = new Date().toISOString();
      let created = 0;
      for (const passage of passages) {
        if (isAlreadyCoded(db, codeId, passage)) continue;
        insertCoding(db, { documentId: passage.documentId, codeId, start: passage.start, end: passage.end, coderId: session.coder.id }, now);
        created += 1;
      }
      return { matched: passages.length, created, preview: false };
    });
    context.emit('project:changed', { project: session.info() });
    return result;
  },

  'structure:renameSpeaker': ({ from, to, documentIds }, context) => {
    const session = context.requireProject();
    const turns = session.action({ key: 'history.renameSpeaker', params: { from, to } }, (db) => renameSpeaker(db, from, to, documentIds));
    context.emit('project:changed', { project: session.info() });
    return { turns };
  },
};
