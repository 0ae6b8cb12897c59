import type { AnalysisSpec, MapPosition, Slide } from '../../../shared/domain/analysis';
import type { Db } from '../open';
import { statement } from '../statements';

/** SQL of the theme map's layout and of the seminar's slides. */

export function mapPositions(db: Db): MapPosition[] {
  const rows = statement(db, 'SELECT code_id AS codeId, x, y, pinned FROM map_positions ORDER BY code_id').all() as { codeId: number; x: number; y: number; pinned: number }[];
  return rows.map((r) => ({ codeId: r.codeId, x: r.x, y: r.y, pinned: r.pinned === 1 }));
}

/** Saves positions of codes that exist; returns how many were saved. */
export function saveMapPositions(db: Db, positions: readonly MapPosition[]): number {
  const upsert = statement(
    db,
    `INSERT INTO map_positions (code_id, x, y, pinned) SELECT @codeId, @x, @y, @pinned WHERE EXISTS (SELECT 1 FROM codes WHERE id = @codeId)
     ON CONFLICT (code_id) DO UPDATE SET x = excluded.x, y = excluded.y, pinned = excluded.pinned`,
  );
  let saved = 0;
  for (const p of positions) saved += upsert.run({ codeId: p.codeId, x: p.x, y: p.y, pinned: p.pinned ? 1 : 0 }).changes;
  return saved;
}

export function resetMapPositions(db: Db): number {
  return statement(db, 'DELETE FROM map_positions').run().changes;
}

export function listSlides(db: Db): Slide[] {
  const rows = statement(db, 'SELECT id, title, spec, position, created_at AS createdAt FROM slides ORDER BY position, id').all() as {
    id: number;
    title: string;
    spec: string;
    position: number;
    createdAt: string;
  }[];
  return rows.map((r, index) => ({ id: r.id, title: r.title, spec: JSON.parse(r.spec) as AnalysisSpec, position: index, createdAt: r.createdAt }));
}

export function insertSlide(db: Db, title: string, spec: AnalysisSpec, now: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM slides').get() as { p: number }).p;
  return Number(statement(db, 'INSERT INTO slides (title, spec, position, created_at) VALUES (?, ?, ?, ?)').run(title, JSON.stringify(spec), position, now).lastInsertRowid);
}

export function updateSlide(db: Db, id: number, title: string, spec: AnalysisSpec): boolean {
  return statement(db, 'UPDATE slides SET title = ?, spec = ? WHERE id = ?').run(title, JSON.stringify(spec), id).changes > 0;
}

/** Puts the slide at `position` (from 0) and numbers the others around it. */
export function moveSlide(db: Db, id: number, position: number): boolean {
  const ids = (statement(db, 'SELECT id FROM slides ORDER BY position, id').raw(true).all() as [number][]).map(([slideId]) => slideId);
  const from = ids.indexOf(id);
  if (from < 0) return false;
  ids.splice(from, 1);
  ids.splice(Math.min(position, ids.length), 0, id);
  const set = statement(db, 'UPDATE slides SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((slideId, index) => set.run(index, slideId, index));
  return true;
}

export function deleteSlide(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM slides WHERE id = ?').run(id).changes > 0;
}

/** Cases linked (whole or in part) to at least one of the documents, or to any document when `documentIds` is null. */
export function casesLinkedTo(db: Db, documentIds: readonly number[] | null): Set<number> {
  const rows = (
    documentIds === null
      ? statement(db, 'SELECT DISTINCT case_id FROM case_links').raw(true).all()
      : statement(db, 'SELECT DISTINCT case_id FROM case_links WHERE document_id IN (SELECT value FROM json_each(?))').raw(true).all(JSON.stringify(documentIds))
  ) as [number][];
  return new Set(rows.map(([id]) => id));
}

const trackedCodings = new WeakSet<Db>();

/**
 * Analyses keep every coding in memory between calls (service/analysis/coding-cache.ts). To know
 * when codings changed, this connection counts their writes in a TEMP table fed by TEMP triggers:
 * they see every write of the session, undo and redo included, and leave nothing in the file.
 */
export function trackCodingChanges(db: Db): void {
  if (trackedCodings.has(db)) return;
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS analysis_codings_version (version INTEGER NOT NULL);
    INSERT INTO temp.analysis_codings_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM temp.analysis_codings_version);
    CREATE TEMP TRIGGER IF NOT EXISTS analysis_codings_insert AFTER INSERT ON main.codings BEGIN
      UPDATE temp.analysis_codings_version SET version = version + 1;
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS analysis_codings_update AFTER UPDATE ON main.codings BEGIN
      UPDATE temp.analysis_codings_version SET version = version + 1;
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS analysis_codings_delete AFTER DELETE ON main.codings BEGIN
      UPDATE temp.analysis_codings_version SET version = version + 1;
    END;
  `);
  trackedCodings.add(db);
}

/** Changes whenever a coding is added, changed or removed (see trackCodingChanges). */
export function codingsVersion(db: Db): number {
  return (statement(db, 'SELECT version FROM temp.analysis_codings_version').get() as { version: number }).version;
}

/** Every coding, in raw rows: id, document, code, start, end, coder, day coded (YYYY-MM-DD), key quotation. */
export function allCodings(db: Db): [number, number, number, number, number, number | null, string, number][] {
  return statement(db, 'SELECT id, document_id, code_id, start, end, coder_id, substr(created_at, 1, 10), key_quote FROM codings')
    .raw(true)
    .all() as [number, number, number, number, number, number | null, string, number][];
}
