import type { Memo, MemoKind } from '../../../shared/domain/memo';
import type { Db } from '../open';

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

export function listMemos(db: Db): Memo[] {
  return (
    db
      .prepare(
        `SELECT m.id, m.kind, m.title, m.body, m.document_id, m.code_id, m.coding_id, c.name AS coder_name, m.updated_at
         FROM memos m LEFT JOIN coders c ON c.id = m.coder_id ORDER BY m.updated_at DESC, m.id DESC`,
      )
      .all() as {
      id: number;
      kind: MemoKind;
      title: string;
      body: string;
      document_id: number | null;
      code_id: number | null;
      coding_id: number | null;
      coder_name: string | null;
      updated_at: string;
    }[]
  ).map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    documentId: m.document_id,
    codeId: m.code_id,
    codingId: m.coding_id,
    coderName: m.coder_name,
    updatedAt: m.updated_at,
  }));
}
