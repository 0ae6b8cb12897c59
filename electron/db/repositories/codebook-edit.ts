import crypto from 'node:crypto';
import { appendMemo } from '../../../shared/codebook/memo-append';
import { nextPaletteColor, type CodeDeletePreview, type CodeMergeResult } from '../../../shared/domain/codebook';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../open';
import { statement } from '../statements';

/**
 * Edits of the codebook: create, update, move, merge, split, delete, anchor examples. The caller
 * runs each inside one undoable action; cascades (a code's codings, their comments) are journalled.
 */

export interface CodeRecord {
  id: number;
  parent_id: number | null;
  position: number;
  name: string;
  color: string;
}

export function getCode(db: Db, id: number): CodeRecord {
  const row = statement(db, 'SELECT id, parent_id, position, name, color FROM codes WHERE id = ?').get(id) as CodeRecord | undefined;
  if (!row) throw new BaliseError('NOT_FOUND', { what: `Code ${id}` });
  return row;
}

/** Names compare without case and in one Unicode form: « freins » and « Freins » are the same code. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('fr');
}

function children(db: Db, parentId: number | null): CodeRecord[] {
  return statement(db, 'SELECT id, parent_id, position, name, color FROM codes WHERE parent_id IS ? ORDER BY position, id').all(parentId) as CodeRecord[];
}

function siblingNamed(db: Db, parentId: number | null, name: string, exceptId?: number): CodeRecord | undefined {
  const folded = foldName(name);
  return children(db, parentId).find((c) => c.id !== exceptId && foldName(c.name) === folded);
}

function assertNameFree(db: Db, parentId: number | null, name: string, exceptId?: number): void {
  const taken = siblingNamed(db, parentId, name, exceptId);
  if (taken) throw new BaliseError('CODE_NAME_TAKEN', { name: taken.name });
}

/** The code and all its descendants, the code first. */
export function subtreeIds(db: Db, id: number): number[] {
  return (
    statement(
      db,
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id)
       SELECT id FROM sub`,
    ).all(id) as { id: number }[]
  ).map((r) => r.id);
}

/** Gives `ids` (siblings, in this order) the positions 0, 1, 2… touching only rows that change. */
function renumber(db: Db, parentId: number | null, ids: number[]): void {
  const current = new Map(children(db, parentId).map((c) => [c.id, c.position]));
  const update = statement(db, 'UPDATE codes SET parent_id = ?, position = ? WHERE id = ?');
  ids.forEach((id, position) => {
    if (current.get(id) !== position) update.run(parentId, position, id);
  });
}

function compact(db: Db, parentId: number | null): void {
  renumber(
    db,
    parentId,
    children(db, parentId).map((c) => c.id),
  );
}

export function createCode(db: Db, input: { parentId: number | null; name: string; color?: string }, now: string): number {
  if (input.parentId !== null) getCode(db, input.parentId);
  assertNameFree(db, input.parentId, input.name);
  const siblings = children(db, input.parentId);
  const color = input.color ?? nextPaletteColor(siblings.map((c) => c.color));
  const position = siblings.length === 0 ? 0 : Math.max(...siblings.map((c) => c.position)) + 1;
  return Number(
    statement(db, 'INSERT INTO codes (parent_id, position, name, color, description, guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      input.parentId,
      position,
      input.name,
      color,
      '',
      crypto.randomUUID(),
      now,
    ).lastInsertRowid,
  );
}

export interface CodeChanges {
  name?: string;
  color?: string;
  description?: string;
  inclusion?: string;
  exclusion?: string;
}

/** Changes the given fields; a field already at its value is left alone (no empty history entry). */
export function updateCode(db: Db, id: number, changes: CodeChanges): void {
  getCode(db, id);
  const current = statement(db, 'SELECT parent_id, name, color, description, inclusion, exclusion FROM codes WHERE id = ?').get(id) as Required<CodeChanges> & {
    parent_id: number | null;
  };
  if (changes.name !== undefined && changes.name !== current.name) assertNameFree(db, current.parent_id, changes.name, id);
  const columns = (['name', 'color', 'description', 'inclusion', 'exclusion'] as const).filter((k) => changes[k] !== undefined && changes[k] !== current[k]);
  if (columns.length === 0) return;
  db.prepare(`UPDATE codes SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => changes[c]!), id);
}

/** Puts the code at `index` among the children of `parentId` (null: the root), renumbering both sibling lists. */
export function moveCode(db: Db, id: number, parentId: number | null, index: number): void {
  const code = getCode(db, id);
  if (parentId !== null) {
    getCode(db, parentId);
    if (subtreeIds(db, id).includes(parentId)) throw new BaliseError('CODE_MOVE_CYCLE', { name: code.name });
  }
  if (parentId !== code.parent_id) assertNameFree(db, parentId, code.name, id);
  const ids = children(db, parentId)
    .map((c) => c.id)
    .filter((c) => c !== id);
  ids.splice(Math.max(0, Math.min(index, ids.length)), 0, id);
  renumber(db, parentId, ids);
  if (parentId !== code.parent_id) compact(db, code.parent_id);
}

/** Codings, anchor examples, memos and sub-codes of `sourceId` go to `targetId`; then the source goes. */
export function mergeCodes(db: Db, sourceId: number, targetId: number, now: string): CodeMergeResult {
  const source = getCode(db, sourceId);
  const target = getCode(db, targetId);
  if (sourceId === targetId) throw new BaliseError('CODE_MERGE_SELF', { name: source.name });
  if (subtreeIds(db, sourceId).includes(targetId)) throw new BaliseError('CODE_MERGE_DESCENDANT', { source: source.name, target: target.name });
  const result = { moved: 0, collapsed: 0 };
  mergeInto(db, source, targetId, now, result);
  compact(db, source.parent_id);
  return result;
}

function mergeInto(db: Db, source: CodeRecord, targetId: number, now: string, result: CodeMergeResult): void {
  const codings = statement(db, 'SELECT id, document_id, start, end FROM codings WHERE code_id = ? ORDER BY id').all(source.id) as {
    id: number;
    document_id: number;
    start: number;
    end: number;
  }[];
  const findSame = statement(db, 'SELECT id FROM codings WHERE code_id = ? AND document_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1');
  const kept = new Map<number, number>();
  for (const c of codings) {
    const same = findSame.get(targetId, c.document_id, c.start, c.end) as { id: number } | undefined;
    kept.set(c.id, same?.id ?? c.id);
  }
  // Anchor examples first, while every coding still exists.
  const examples = statement(db, 'SELECT coding_id FROM code_examples WHERE code_id = ? ORDER BY position, coding_id').all(source.id) as { coding_id: number }[];
  let position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM code_examples WHERE code_id = ?').get(targetId) as { p: number }).p;
  const addExample = statement(db, 'INSERT OR IGNORE INTO code_examples (code_id, coding_id, position) VALUES (?, ?, ?)');
  for (const e of examples) {
    if (addExample.run(targetId, kept.get(e.coding_id) ?? e.coding_id, position).changes > 0) position += 1;
  }
  const hasComment = statement(db, "SELECT 1 FROM memos WHERE kind = 'coding' AND coding_id = ? LIMIT 1");
  const moveComments = statement(db, "UPDATE memos SET coding_id = ? WHERE kind = 'coding' AND coding_id = ?");
  const moveCoding = statement(db, 'UPDATE codings SET code_id = ? WHERE id = ?');
  const deleteCoding = statement(db, 'DELETE FROM codings WHERE id = ?');
  for (const c of codings) {
    const keep = kept.get(c.id)!;
    if (keep === c.id) {
      moveCoding.run(targetId, c.id);
      result.moved += 1;
    } else {
      if (hasComment.get(keep) === undefined) moveComments.run(keep, c.id);
      deleteCoding.run(c.id);
      result.collapsed += 1;
    }
  }
  mergeCodeMemos(db, source.id, targetId, now);
  for (const child of children(db, source.id)) {
    const same = siblingNamed(db, targetId, child.name);
    if (same) {
      mergeInto(db, child, same.id, now, result);
    } else {
      const next = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id = ?').get(targetId) as { p: number }).p;
      statement(db, 'UPDATE codes SET parent_id = ?, position = ? WHERE id = ?').run(targetId, next, child.id);
    }
  }
  statement(db, 'DELETE FROM codes WHERE id = ?').run(source.id);
}

function mergeCodeMemos(db: Db, sourceId: number, targetId: number, now: string): void {
  const memosOf = (codeId: number) =>
    statement(db, "SELECT id, body, text FROM memos WHERE kind = 'code' AND code_id = ? ORDER BY id").all(codeId) as { id: number; body: string; text: string }[];
  const incoming = memosOf(sourceId);
  if (incoming.length === 0) return;
  const existing = memosOf(targetId)[0];
  if (!existing) {
    statement(db, "UPDATE memos SET code_id = ? WHERE kind = 'code' AND code_id = ?").run(targetId, sourceId);
    return;
  }
  const joined = incoming.reduce((memo, next) => appendMemo(memo, next), { body: existing.body, text: existing.text });
  statement(db, 'UPDATE memos SET body = ?, text = ?, updated_at = ? WHERE id = ?').run(joined.body, joined.text, now, existing.id);
}

/** A new sibling of `id`, right after it, receives the chosen codings (and their anchor-example marks). */
export function splitCode(db: Db, id: number, codingIds: number[], name: string, now: string): { id: number; moved: number } {
  const code = getCode(db, id);
  assertNameFree(db, code.parent_id, name);
  const check = statement(db, 'SELECT code_id FROM codings WHERE id = ?');
  for (const codingId of codingIds) {
    const row = check.get(codingId) as { code_id: number } | undefined;
    if (row?.code_id !== id) throw new BaliseError('CODING_NOT_IN_CODE', { coding: codingId, name: code.name });
  }
  const siblings = children(db, code.parent_id);
  const color = nextPaletteColor([code.color, ...siblings.map((c) => c.color)]);
  const created = Number(
    statement(db, 'INSERT INTO codes (parent_id, position, name, color, description, guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      code.parent_id,
      siblings.length,
      name,
      color,
      '',
      crypto.randomUUID(),
      now,
    ).lastInsertRowid,
  );
  const ids = siblings.map((c) => c.id);
  ids.splice(ids.indexOf(id) + 1, 0, created);
  renumber(db, code.parent_id, ids);
  const move = statement(db, 'UPDATE codings SET code_id = ? WHERE id = ?');
  const moveExample = statement(db, 'UPDATE code_examples SET code_id = ? WHERE code_id = ? AND coding_id = ?');
  const unique = [...new Set(codingIds)];
  for (const codingId of unique) {
    move.run(created, codingId);
    moveExample.run(created, id, codingId);
  }
  return { id: created, moved: unique.length };
}

const SUBTREE = 'WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id)';

export function deletePreview(db: Db, id: number): CodeDeletePreview {
  getCode(db, id);
  const ids = subtreeIds(db, id);
  const names = new Map((db.prepare(`${SUBTREE} SELECT c.id, c.name FROM codes c JOIN sub ON sub.id = c.id`).all(id) as { id: number; name: string }[]).map((r) => [r.id, r.name]));
  const counts = db
    .prepare(
      `${SUBTREE}, k AS (SELECT id, document_id FROM codings WHERE code_id IN (SELECT id FROM sub))
       SELECT (SELECT count(*) FROM k) AS codings,
              (SELECT count(DISTINCT document_id) FROM k) AS documents,
              (SELECT count(*) FROM memos WHERE kind = 'code' AND code_id IN (SELECT id FROM sub)) AS memos,
              (SELECT count(*) FROM memos WHERE coding_id IN (SELECT id FROM k)) AS comments,
              (SELECT count(*) FROM code_examples WHERE code_id IN (SELECT id FROM sub) OR coding_id IN (SELECT id FROM k)) AS examples`,
    )
    .get(id) as { codings: number; documents: number; memos: number; comments: number; examples: number };
  // Descendants in tree order.
  const descendants: string[] = [];
  const walk = (parentId: number) => {
    for (const child of children(db, parentId)) {
      descendants.push(names.get(child.id) ?? child.name);
      walk(child.id);
    }
  };
  walk(id);
  return { codes: ids.length, descendants, ...counts };
}

/** Deletes the code; its sub-codes, codings, comments, memos and anchor examples go with it (cascades). */
export function deleteCode(db: Db, id: number): void {
  const code = getCode(db, id);
  statement(db, 'DELETE FROM codes WHERE id = ?').run(id);
  compact(db, code.parent_id);
}

export function setExample(db: Db, codeId: number, codingId: number, example: boolean): void {
  const code = getCode(db, codeId);
  if (!example) {
    statement(db, 'DELETE FROM code_examples WHERE code_id = ? AND coding_id = ?').run(codeId, codingId);
    return;
  }
  const owner = statement(db, 'SELECT code_id FROM codings WHERE id = ?').get(codingId) as { code_id: number } | undefined;
  if (!owner || !subtreeIds(db, codeId).includes(owner.code_id)) throw new BaliseError('CODING_NOT_IN_CODE', { coding: codingId, name: code.name });
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM code_examples WHERE code_id = ?').get(codeId) as { p: number }).p;
  statement(db, 'INSERT OR IGNORE INTO code_examples (code_id, coding_id, position) VALUES (?, ?, ?)').run(codeId, codingId, position);
}
