import type { ProjectCounts } from '../../../shared/domain/project';
import type { Db } from '../open';

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export function countAll(db: Db): ProjectCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM codes) AS codes,
              (SELECT count(*) FROM codings) AS codings,
              (SELECT count(*) FROM cases) AS cases,
              (SELECT count(*) FROM memos) AS memos`,
    )
    .get() as ProjectCounts;
}
