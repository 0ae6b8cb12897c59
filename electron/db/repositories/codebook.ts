import crypto from 'node:crypto';
import type { Code, CodeSeed } from '../../../shared/domain/codebook';
import type { Db } from '../open';

/** Inserts a tree of codes under `parentId` (null: at the root), keeping the seeds' order. */
export function insertCodeSeeds(db: Db, seeds: CodeSeed[], now: string, parentId: number | null = null): void {
  const insert = db.prepare(
    `INSERT INTO codes (parent_id, position, name, color, description, guid, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const firstPosition =
    (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE parent_id IS ?').get(parentId) as { p: number }).p;
  seeds.forEach((seed, index) => {
    const info = insert.run(parentId, firstPosition + index, seed.name, seed.color, seed.description, crypto.randomUUID(), now);
    if (seed.children?.length) insertCodeSeeds(db, seed.children, now, Number(info.lastInsertRowid));
  });
}

interface CodeRow {
  id: number;
  parent_id: number | null;
  position: number;
  name: string;
  color: string;
  description: string;
  coding_count: number;
  document_count: number;
}

/** The codebook in tree order (depth first, by position), each code with its path and counts. */
export function listCodes(db: Db): Code[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.parent_id, c.position, c.name, c.color, c.description,
              count(k.id) AS coding_count, count(DISTINCT k.document_id) AS document_count
       FROM codes c LEFT JOIN codings k ON k.code_id = c.id
       GROUP BY c.id
       ORDER BY c.position, c.id`,
    )
    .all() as CodeRow[];
  const children = new Map<number | null, CodeRow[]>();
  for (const row of rows) {
    const list = children.get(row.parent_id) ?? [];
    list.push(row);
    children.set(row.parent_id, list);
  }
  const result: Code[] = [];
  const walk = (parentId: number | null, prefix: string): void => {
    for (const row of children.get(parentId) ?? []) {
      const path = prefix ? `${prefix}/${row.name}` : row.name;
      result.push({
        id: row.id,
        parentId: row.parent_id,
        position: row.position,
        name: row.name,
        color: row.color,
        description: row.description,
        path,
        codingCount: row.coding_count,
        documentCount: row.document_count,
      });
      walk(row.id, path);
    }
  };
  walk(null, '');
  return result;
}

/** Id of the code at `name` under `parentId` (null: root), if any. */
export function findChildCode(db: Db, parentId: number | null, name: string): number | undefined {
  return (db.prepare('SELECT id FROM codes WHERE parent_id IS ? AND name = ?').get(parentId, name) as { id: number } | undefined)?.id;
}
