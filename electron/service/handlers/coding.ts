import crypto from 'node:crypto';
import type { DocumentCoding } from '../../../shared/domain/document';
import { BaliseError } from '../../../shared/errors';
import { listCoders } from '../../db/repositories/coders';
import { findChildCode } from '../../db/repositories/codebook';
import {
  codingsOfDocument,
  deleteCoding,
  getCoding,
  insertCoding,
  recentCodeIds,
  setCodingCode,
  setCodingRange,
  touchingCodings,
  type CodingRow,
} from '../../db/repositories/codings';
import type { Db } from '../../db/open';
import type { Handlers, ServiceContext } from '../context';
import type { ProjectSession } from '../project-session';

/** Family that receives in-vivo codes, created on first use. */
export const IN_VIVO_FAMILY = 'In vivo';
const IN_VIVO_COLOR = '#8a6d3b';
const IN_VIVO_NAME_MAX = 60;
const RECENT_CODES = 9;

const toCoding = (row: CodingRow): DocumentCoding => ({ id: row.id, codeId: row.codeId, coderId: row.coderId, start: row.start, end: row.end });

function codeName(db: Db, id: number): string {
  const code = db.prepare('SELECT name FROM codes WHERE id = ?').get(id) as { name: string } | undefined;
  if (!code) throw new BaliseError('NOT_FOUND', { what: `Code ${id}` });
  return code.name;
}

function checkRange(db: Db, documentId: number, start: number, end: number): string {
  const doc = db.prepare('SELECT name, text FROM documents WHERE id = ?').get(documentId) as { name: string; text: string } | undefined;
  if (!doc) throw new BaliseError('NOT_FOUND', { what: `Document ${documentId}` });
  if (end > doc.text.length) throw new BaliseError('CODING_RANGE', { start, end, document: doc.name, length: doc.text.length });
  return doc.text;
}

/** Widens `kept` over `others` and itself, moving their comments when it has none, and deletes them. */
function absorb(db: Db, kept: CodingRow, others: readonly CodingRow[], range: { start: number; end: number }): CodingRow {
  const all = [kept, ...others];
  for (const other of others) {
    db.prepare('UPDATE memos SET coding_id = ? WHERE coding_id = ? AND NOT EXISTS (SELECT 1 FROM memos WHERE coding_id = ?)').run(kept.id, other.id, kept.id);
    deleteCoding(db, other.id);
  }
  setCodingRange(db, kept.id, Math.min(range.start, ...all.map((c) => c.start)), Math.max(range.end, ...all.map((c) => c.end)));
  return getCoding(db, kept.id)!;
}

/**
 * Codes [start, end) with a code for the current coder. A coding of the same code by the same coder
 * that overlaps or touches the passage is widened to cover both instead: one passage, one coding.
 */
export function applyCode(
  db: Db,
  coderId: number,
  documentId: number,
  codeId: number,
  start: number,
  end: number,
): { coding: CodingRow; merged: boolean; absorbed: number[] } {
  const touching = touchingCodings(db, documentId, codeId, coderId, start, end);
  if (touching.length === 0) {
    const id = insertCoding(db, { documentId, codeId, start, end, coderId }, new Date().toISOString());
    return { coding: getCoding(db, id)!, merged: false, absorbed: [] };
  }
  const [kept, ...others] = touching as [CodingRow, ...CodingRow[]];
  return { coding: absorb(db, kept, others, { start, end }), merged: true, absorbed: others.map((c) => c.id) };
}

/** « une phrase   sur\ndeux lignes » → « une phrase sur deux lignes », cut at a word and marked … when long. */
export function inVivoName(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim().replace(/^[«“"'‘\s]+|[»”"'’\s]+$/g, '');
  if (flat.length <= IN_VIVO_NAME_MAX) return flat;
  const cut = flat.slice(0, IN_VIVO_NAME_MAX);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > IN_VIVO_NAME_MAX / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function ensureInVivoFamily(db: Db): number {
  const existing = findChildCode(db, null, IN_VIVO_FAMILY);
  if (existing !== undefined) return existing;
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS NULL').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO codes (parent_id, position, name, color, description, guid, created_at) VALUES (NULL, ?, ?, ?, ?, ?, ?)')
    .run(position, IN_VIVO_FAMILY, IN_VIVO_COLOR, '', crypto.randomUUID(), new Date().toISOString());
  return Number(info.lastInsertRowid);
}

function changed(context: ServiceContext, session: ProjectSession): void {
  context.emit('project:changed', { project: session.info() });
}

export const codingHandlers: Handlers<
  'codings:forDocument' | 'codings:add' | 'codings:inVivo' | 'codings:remove' | 'codings:changeCode' | 'codings:recentCodes' | 'coders:list'
> = {
  'codings:forDocument': ({ documentId }, context) => codingsOfDocument(context.requireProject().db, documentId).map(toCoding),

  'codings:add': ({ documentId, codeId, start, end }, context) => {
    const session = context.requireProject();
    const name = codeName(session.db, codeId);
    const result = session.action({ key: 'history.codingAdd', params: { code: name } }, (db) => {
      checkRange(db, documentId, start, end);
      return applyCode(db, session.coder.id, documentId, codeId, start, end);
    });
    changed(context, session);
    return { coding: toCoding(result.coding), merged: result.merged, absorbed: result.absorbed };
  },

  'codings:inVivo': ({ documentId, start, end }, context) => {
    const session = context.requireProject();
    const text = checkRange(session.db, documentId, start, end);
    const name = inVivoName(text.slice(start, end));
    if (!name) throw new BaliseError('INVALID_INPUT', { details: 'passage vide' });
    const result = session.action({ key: 'history.inVivo', params: { code: name } }, (db) => {
      const family = ensureInVivoFamily(db);
      let codeId = findChildCode(db, family, name);
      const created = codeId === undefined;
      if (codeId === undefined) {
        const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id = ?').get(family) as { p: number }).p;
        codeId = Number(
          db
            .prepare('INSERT INTO codes (parent_id, position, name, color, description, guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
            .run(family, position, name, IN_VIVO_COLOR, '', crypto.randomUUID(), new Date().toISOString()).lastInsertRowid,
        );
      }
      return { codeId, created, ...applyCode(db, session.coder.id, documentId, codeId, start, end) };
    });
    changed(context, session);
    return { codeId: result.codeId, created: result.created, coding: toCoding(result.coding), absorbed: result.absorbed };
  },

  'codings:remove': ({ id }, context) => {
    const session = context.requireProject();
    const coding = getCoding(session.db, id);
    if (!coding) throw new BaliseError('NOT_FOUND', { what: `Codage ${id}` });
    session.action({ key: 'history.codingRemove', params: { code: codeName(session.db, coding.codeId) } }, (db) => deleteCoding(db, id));
    changed(context, session);
    return { removed: true };
  },

  'codings:changeCode': ({ id, codeId }, context) => {
    const session = context.requireProject();
    const coding = getCoding(session.db, id);
    if (!coding) throw new BaliseError('NOT_FOUND', { what: `Codage ${id}` });
    const from = codeName(session.db, coding.codeId);
    const to = codeName(session.db, codeId);
    const result = session.action({ key: 'history.codingChange', params: { from, to } }, (db) => {
      if (coding.codeId === codeId) return coding;
      setCodingCode(db, id, codeId);
      // Recoded onto a code this coder already applied over or beside the passage: one coding remains.
      const touching = touchingCodings(db, coding.documentId, codeId, coding.coderId, coding.start, coding.end).filter((c) => c.id !== id);
      return touching.length === 0 ? getCoding(db, id)! : absorb(db, { ...coding, codeId }, touching, coding);
    });
    changed(context, session);
    return toCoding(result);
  },

  'codings:recentCodes': (_input, context) => {
    const session = context.requireProject();
    return recentCodeIds(session.db, session.coder.id, RECENT_CODES);
  },

  'coders:list': (_input, context) => listCoders(context.requireProject().db),
};
