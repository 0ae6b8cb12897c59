import type { Memo, MemoKind, MemoTarget } from '../../../shared/domain/memo';
import { excerpt } from '../../../shared/text/memo-body';
import type { Db } from '../open';
import { statement } from '../statements';

export interface NewMemo {
  kind: MemoKind;
  title: string;
  body: string;
  /** Plain text of the body, for search and exports; defaults to the body (plain text). */
  text?: string;
  documentId?: number | null;
  codeId?: number | null;
  codingId?: number | null;
  coderId: number | null;
}

export function insertMemo(db: Db, memo: NewMemo, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO memos (kind, title, body, text, document_id, code_id, coding_id, coder_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(memo.kind, memo.title, memo.body, memo.text ?? memo.body, memo.documentId ?? null, memo.codeId ?? null, memo.codingId ?? null, memo.coderId, now, now)
      .lastInsertRowid,
  );
}

export interface MemoChanges {
  title: string;
  body: string;
  text: string;
  coderId: number | null;
}

/** New content for a memo, signed by whoever saved it last. */
export function updateMemo(db: Db, id: number, changes: MemoChanges, now: string): void {
  statement(db, 'UPDATE memos SET title = ?, body = ?, text = ?, coder_id = ?, updated_at = ? WHERE id = ?').run(
    changes.title,
    changes.body,
    changes.text,
    changes.coderId,
    now,
    id,
  );
}

export function deleteMemo(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM memos WHERE id = ?').run(id).changes > 0;
}

interface MemoRow {
  id: number;
  kind: MemoKind;
  title: string;
  body: string;
  text: string;
  document_id: number | null;
  code_id: number | null;
  coding_id: number | null;
  coder_name: string | null;
  created_at: string;
  updated_at: string;
  document_name: string | null;
  code_path: string | null;
  passage: string | null;
}

/**
 * Memos with what they are about: the document's name, the code's path from its family, or the
 * start of the coded passage (SQLite's substr counts characters, the offsets UTF-16 units: an
 * excerpt may be off by a character after an emoji, which a label can bear).
 */
const selectMemos = `
  WITH RECURSIVE code_path (id, path) AS (
    SELECT id, name FROM codes WHERE parent_id IS NULL
    UNION ALL SELECT c.id, p.path || ' › ' || c.name FROM codes c JOIN code_path p ON c.parent_id = p.id
  )
  SELECT m.id, m.kind, m.title, m.body, m.text, m.document_id, m.code_id, m.coding_id, c.name AS coder_name,
         m.created_at, m.updated_at, d.name AS document_name, cp.path AS code_path,
         substr(gd.text, g.start + 1, min(g.end - g.start, 300)) AS passage
  FROM memos m
  LEFT JOIN coders c ON c.id = m.coder_id
  LEFT JOIN documents d ON d.id = m.document_id
  LEFT JOIN code_path cp ON cp.id = m.code_id
  LEFT JOIN codings g ON g.id = m.coding_id
  LEFT JOIN documents gd ON gd.id = g.document_id`;

function toMemo(row: MemoRow): Memo {
  const target = row.kind === 'document' ? row.document_name : row.kind === 'code' ? row.code_path : row.kind === 'coding' && row.passage !== null ? excerpt(row.passage, 80) : null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    text: row.text,
    documentId: row.document_id,
    codeId: row.code_id,
    codingId: row.coding_id,
    target,
    coderName: row.coder_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every memo, most recently changed first; of one kind when asked. */
export function listMemos(db: Db, kind?: MemoKind): Memo[] {
  const rows = kind
    ? (statement(db, `${selectMemos} WHERE m.kind = ? ORDER BY m.updated_at DESC, m.id DESC`).all(kind) as MemoRow[])
    : (statement(db, `${selectMemos} ORDER BY m.updated_at DESC, m.id DESC`).all() as MemoRow[]);
  return rows.map(toMemo);
}

export function getMemo(db: Db, id: number): Memo | null {
  const row = statement(db, `${selectMemos} WHERE m.id = ?`).get(id) as MemoRow | undefined;
  return row ? toMemo(row) : null;
}

/** The memo of a document, code or coding (the oldest, should an older file hold several). */
export function findTargetMemo(db: Db, target: Exclude<MemoTarget, { kind: 'project' }>): Memo | null {
  const [column, id] =
    target.kind === 'document' ? ['document_id', target.documentId] : target.kind === 'code' ? ['code_id', target.codeId] : ['coding_id', target.codingId];
  const row = statement(db, `${selectMemos} WHERE m.kind = ? AND m.${column} = ? ORDER BY m.id LIMIT 1`).get(target.kind, id) as MemoRow | undefined;
  return row ? toMemo(row) : null;
}

/** The name of the document or code, or the start of the coded passage; null when it does not exist. */
export function targetName(db: Db, target: Exclude<MemoTarget, { kind: 'project' }>): string | null {
  const row =
    target.kind === 'document'
      ? (statement(db, 'SELECT name FROM documents WHERE id = ?').get(target.documentId) as { name: string } | undefined)
      : target.kind === 'code'
        ? (statement(db, 'SELECT name FROM codes WHERE id = ?').get(target.codeId) as { name: string } | undefined)
        : (statement(db, 'SELECT substr(d.text, g.start + 1, min(g.end - g.start, 300)) AS name FROM codings g JOIN documents d ON d.id = g.document_id WHERE g.id = ?').get(
            target.codingId,
          ) as { name: string } | undefined);
  if (!row) return null;
  return target.kind === 'coding' ? excerpt(row.name, 60) : row.name;
}
