import crypto from 'node:crypto';
import type { Code, CodeCoding, CodeSeed } from '../../../shared/domain/codebook';
import type { Db } from '../open';
import { statement } from '../statements';

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
  inclusion: string;
  exclusion: string;
  coding_count: number;
  document_count: number;
}

/**
 * Per code: the cases one of its codings belongs to, as retrieval assigns passages to cases
 * (shared/retrieval/cases.ts): a coding whose start lies inside a linked part of its document (a
 * unit whose speaker or grid column is the part's) or inside a linked stretch of text belongs to
 * those cases only; any other coding to the cases linked to the whole document.
 * The units of linked parts are found from the part links (few), and the codings inside them or
 * inside ranges by range on codings_document; the other codings join their whole-document links as
 * distinct (code, document) pairs read from the covering index codings_code. Nothing scans every
 * coding against every unit (about 45 ms with 40,000 codings and part links in 100 of 200 documents).
 */
function caseCounts(db: Db): Map<number, number> {
  const rows = statement(
    db,
    `WITH part_units AS MATERIALIZED (
       SELECT l.case_id, u.document_id, u.start, u.end FROM case_links l CROSS JOIN document_units u
       WHERE l.part_field IS NOT NULL AND u.document_id = l.document_id
         AND json_extract(u.attrs, '$.' || l.part_field) = l.part_value
     ),
     specific AS MATERIALIZED (
       SELECT k.id, k.code_id, p.case_id FROM part_units p CROSS JOIN codings k
       WHERE k.document_id = p.document_id AND k.start >= p.start AND k.start < p.end
       UNION ALL
       SELECT k.id, k.code_id, l.case_id FROM case_links l CROSS JOIN codings k
       WHERE l.start IS NOT NULL AND k.document_id = l.document_id AND k.start >= l.start AND k.start < l.end
     )
     SELECT code_id, count(*) AS n FROM (
       SELECT p.code_id, l.case_id FROM (SELECT DISTINCT code_id, document_id FROM codings WHERE id NOT IN (SELECT id FROM specific)) p
         JOIN case_links l ON l.document_id = p.document_id AND l.start IS NULL AND l.part_field IS NULL
       UNION
       SELECT code_id, case_id FROM specific
     ) GROUP BY code_id`,
  ).all() as { code_id: number; n: number }[];
  return new Map(rows.map((r) => [r.code_id, r.n]));
}

function exampleCounts(db: Db): Map<number, number> {
  const rows = db.prepare('SELECT code_id, count(*) AS n FROM code_examples GROUP BY code_id').all() as { code_id: number; n: number }[];
  return new Map(rows.map((r) => [r.code_id, r.n]));
}

/** The codebook in tree order (depth first, by position), each code with its path and counts. */
export function listCodes(db: Db): Code[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.parent_id, c.position, c.name, c.color, c.description, c.inclusion, c.exclusion,
              count(k.id) AS coding_count, count(DISTINCT k.document_id) AS document_count
       FROM codes c LEFT JOIN codings k ON k.code_id = c.id
       GROUP BY c.id
       ORDER BY c.position, c.id`,
    )
    .all() as CodeRow[];
  const cases = caseCounts(db);
  const examples = exampleCounts(db);
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
        inclusion: row.inclusion,
        exclusion: row.exclusion,
        path,
        codingCount: row.coding_count,
        documentCount: row.document_count,
        caseCount: cases.get(row.id) ?? 0,
        exampleCount: examples.get(row.id) ?? 0,
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

const EXCERPT_MAX = 300;

/** The coded text as one line, cut at 300 characters with an ellipsis. */
export function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, Math.min(end, start + EXCERPT_MAX * 2));
  const line = raw.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > EXCERPT_MAX || end - start > EXCERPT_MAX * 2 ? `${chars.slice(0, EXCERPT_MAX - 1).join('').trimEnd()}…` : line;
}

/** The codings of a code (and of its sub-codes if asked), in document order, with an excerpt each. */
export function listCodeCodings(db: Db, codeId: number, includeChildren: boolean): CodeCoding[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT @code UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE @children)
       SELECT k.id, k.code_id, k.document_id, d.name AS document_name, k.start, k.end, u.name AS coder_name,
              EXISTS (SELECT 1 FROM code_examples e WHERE e.code_id = @code AND e.coding_id = k.id) AS example
       FROM codings k JOIN documents d ON d.id = k.document_id LEFT JOIN coders u ON u.id = k.coder_id
       WHERE k.code_id IN (SELECT id FROM sub)
       ORDER BY d.position, d.id, k.start, k.end, k.id`,
    )
    .all({ code: codeId, children: includeChildren ? 1 : 0 }) as {
    id: number;
    code_id: number;
    document_id: number;
    document_name: string;
    start: number;
    end: number;
    coder_name: string | null;
    example: number;
  }[];
  const texts = new Map<number, string>();
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?');
  return rows.map((r) => {
    let text = texts.get(r.document_id);
    if (text === undefined) {
      text = (textOf.get(r.document_id) as { text: string }).text;
      texts.set(r.document_id, text);
    }
    return {
      id: r.id,
      codeId: r.code_id,
      documentId: r.document_id,
      documentName: r.document_name,
      start: r.start,
      end: r.end,
      excerpt: excerptOf(text, r.start, r.end),
      coderName: r.coder_name,
      example: r.example === 1,
    };
  });
}
