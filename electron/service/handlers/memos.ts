import type { Memo, MemoTarget } from '../../../shared/domain/memo';
import { BaliseError } from '../../../shared/errors';
import { matchesFolded } from '../../../shared/text/fold';
import { MEMO_MAX_BODY_CHARS, readMemoBody } from '../../../shared/text/memo-body';
import { coalescingEntry } from '../../db/undo';
import { deleteMemo, findTargetMemo, getMemo, insertMemo, listMemos, targetName, updateMemo } from '../../db/repositories/memos';
import type { Handlers, ServiceContext } from '../context';
import type { ProjectSession } from '../project-session';

type Attached = Exclude<MemoTarget, { kind: 'project' }>;

function targetOf(input: { kind: Memo['kind']; documentId?: number; codeId?: number; codingId?: number }): MemoTarget {
  // The contract's schema guarantees the id that goes with the kind.
  switch (input.kind) {
    case 'document':
      return { kind: 'document', documentId: input.documentId! };
    case 'code':
      return { kind: 'code', codeId: input.codeId! };
    case 'coding':
      return { kind: 'coding', codingId: input.codingId! };
    default:
      return { kind: 'project' };
  }
}

function describeTarget(target: MemoTarget): string {
  return target.kind === 'document' ? `Document ${target.documentId}` : target.kind === 'code' ? `Code ${target.codeId}` : target.kind === 'coding' ? `Codage ${target.codingId}` : 'Projet';
}

/** How the history names a memo: its title, else what it is about. */
function historyName(memo: Pick<Memo, 'title' | 'target'>): string {
  return memo.title || memo.target || '…';
}

function sameTarget(memo: Memo, target: MemoTarget): boolean {
  switch (target.kind) {
    case 'project':
      return memo.kind === 'project';
    case 'document':
      return memo.kind === 'document' && memo.documentId === target.documentId;
    case 'code':
      return memo.kind === 'code' && memo.codeId === target.codeId;
    case 'coding':
      return memo.kind === 'coding' && memo.codingId === target.codingId;
  }
}

function changed(context: ServiceContext, session: ProjectSession): void {
  context.emit('project:changed', { project: session.info() });
}

export const memoHandlers: Handlers<'memos:list' | 'memos:get' | 'memos:save' | 'memos:delete'> = {
  'memos:list': ({ query, kind }, context) => {
    const memos = listMemos(context.requireProject().db, kind);
    return query ? memos.filter((memo) => matchesFolded(query, memo.title, memo.text, memo.target)) : memos;
  },

  'memos:get': ({ id, ...input }, context) => {
    const db = context.requireProject().db;
    const target = targetOf(input);
    if (id !== undefined) {
      const memo = getMemo(db, id);
      return { memo: memo && sameTarget(memo, target) ? memo : null };
    }
    if (target.kind === 'project') return { memo: listMemos(db, 'project').at(-1) ?? null };
    return { memo: findTargetMemo(db, target) };
  },

  'memos:save': ({ id, title, body, text, ...input }, context) => {
    const session = context.requireProject();
    const read = readMemoBody(body);
    if (!read.ok) {
      throw read.reason === 'tooLarge' ? new BaliseError('MEMO_TOO_LARGE', { limit: MEMO_MAX_BODY_CHARS }) : new BaliseError('MEMO_INVALID_BODY');
    }
    const plain = read.format === 'lexical' ? read.text : (text ?? body);
    const target = targetOf(input);
    const db = session.db;
    const existing = id !== undefined ? getMemo(db, id) : target.kind === 'project' ? null : findTargetMemo(db, target);
    if (id !== undefined && (!existing || !sameTarget(existing, target))) throw new BaliseError('NOT_FOUND', { what: `Mémo ${id}` });
    if (!existing && target.kind !== 'project' && targetName(db, target as Attached) === null) throw new BaliseError('NOT_FOUND', { what: describeTarget(target) });

    const now = new Date().toISOString();
    if (existing) {
      if (existing.title === title && existing.body === body && existing.text === plain) return existing;
      const key = `memo:${existing.id}`;
      const opensEntry = coalescingEntry(db, key) === undefined;
      session.action(
        { key: 'history.memoEdited', params: { title: historyName({ title, target: existing.target }) } },
        (tx) => updateMemo(tx, existing.id, { title, body, text: plain, coderId: session.coder.id }, now),
        { coalesce: key },
      );
      // An editing burst reloads the other panels once, at its first save, not at every pause.
      if (opensEntry) changed(context, session);
      return getMemo(db, existing.id)!;
    }
    const name = title || (target.kind === 'project' ? '…' : (targetName(db, target) ?? '…'));
    const newId = session.action({ key: 'history.memoCreated', params: { title: name } }, (tx) =>
      insertMemo(
        tx,
        {
          kind: target.kind,
          title,
          body,
          text: plain,
          documentId: target.kind === 'document' ? target.documentId : null,
          codeId: target.kind === 'code' ? target.codeId : null,
          codingId: target.kind === 'coding' ? target.codingId : null,
          coderId: session.coder.id,
        },
        now,
      ),
    );
    changed(context, session);
    return getMemo(db, newId)!;
  },

  'memos:delete': ({ id }, context) => {
    const session = context.requireProject();
    const memo = getMemo(session.db, id);
    if (!memo) throw new BaliseError('NOT_FOUND', { what: `Mémo ${id}` });
    session.action({ key: 'history.memoDeleted', params: { title: historyName(memo) } }, (db) => deleteMemo(db, id));
    changed(context, session);
    return { deleted: true };
  },
};
