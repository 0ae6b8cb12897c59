import type { Db } from '../open';
import { statement } from '../statements';

export function findDocumentByHash(db: Db, hash: string): { id: number; name: string } | undefined {
  return statement(db, 'SELECT id, name FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1').get(hash) as
    | { id: number; name: string }
    | undefined;
}

/**
 * `name`, or `name (2)`, `name (3)`… so two imports of files with the same name stay apart.
 * Looks names up by range on the name index ("X (" ≤ name < "X )"), not with LIKE, which scanned
 * the whole table on every import.
 */
export function uniqueDocumentName(db: Db, name: string): string {
  const rows = statement(db, 'SELECT name FROM documents WHERE name = ? OR (name >= ? AND name < ?)').all(name, `${name} (`, `${name} )`) as {
    name: string;
  }[];
  const taken = new Set(rows.map((r) => r.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}
