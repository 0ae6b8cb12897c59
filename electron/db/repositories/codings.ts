import crypto from 'node:crypto';
import type { Db } from '../open';
import { statement } from '../statements';

export interface NewCoding {
  documentId: number;
  codeId: number;
  start: number;
  end: number;
  coderId: number | null;
}

export function insertCoding(db: Db, coding: NewCoding, now: string): number {
  const info = db
    .prepare('INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(coding.documentId, coding.codeId, coding.start, coding.end, coding.coderId, now, crypto.randomUUID());
  return Number(info.lastInsertRowid);
}

/** Many codings in one prepared statement (imports, merges, the bench). The caller owns the transaction. */
export function insertCodings(db: Db, codings: Iterable<NewCoding>, now: string): number {
  const insert = statement(db, 
    'INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let count = 0;
  for (const c of codings) {
    insert.run(c.documentId, c.codeId, c.start, c.end, c.coderId, now, crypto.randomUUID());
    count += 1;
  }
  return count;
}
