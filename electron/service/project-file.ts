import fs from 'node:fs';
import path from 'node:path';
import type { ProjectSummary, ProjectTemplate } from '../../shared/domain/project';
import { schemaVersion } from '../db/migrations';
import { fullCheck, openDatabase, type Db } from '../db/open';
import { countAll, getMeta } from '../db/repositories/meta';

function readTemplate(db: Db): ProjectTemplate | null {
  const template = getMeta(db, 'template');
  return template === 'stess' || template === 'vide' || template === 'demonstration' ? template : null;
}

/** Summary of an open connection: name, counts, version. Shared by open sessions and inspections. */
export function summarize(db: Db, file: string): ProjectSummary {
  return {
    path: file,
    name: getMeta(db, 'name') ?? path.basename(file, path.extname(file)),
    createdAt: getMeta(db, 'created_at') ?? '',
    template: readTemplate(db),
    schemaVersion: schemaVersion(db),
    integrity: 'ok',
    fileSize: fs.statSync(file).size,
    ...countAll(db),
  };
}

/** Reads a project without opening it for work: read-only, no lock, no backup, no migration. */
export function inspectProject(file: string): ProjectSummary {
  const resolved = path.resolve(file);
  const { db } = openDatabase(resolved, { readonly: true });
  try {
    return summarize(db, resolved);
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` and `foreign_key_check`, read-only. */
export function checkProject(file: string): { path: string; problems: string[] } {
  const resolved = path.resolve(file);
  const { db } = openDatabase(resolved, { readonly: true });
  try {
    return { path: resolved, problems: fullCheck(db) };
  } finally {
    db.close();
  }
}
