import type { Db } from '../open';

export function findDocumentByHash(db: Db, hash: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1').get(hash) as
    | { id: number; name: string }
    | undefined;
}

/** `name`, or `name (2)`, `name (3)`… so two imports of files with the same name stay apart. */
export function uniqueDocumentName(db: Db, name: string): string {
  const taken = new Set(
    (db.prepare("SELECT name FROM documents WHERE name = ? OR name LIKE ? ESCAPE '\\'").all(name, `${name.replace(/[\\%_]/g, '\\$&')} (%)`) as {
      name: string;
    }[]).map((r) => r.name),
  );
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}
