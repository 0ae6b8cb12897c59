import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import type { Service } from '../../../electron/service';
import { all, children, parseXml, refiSchemas } from '../exports/refi-support';
import { testService } from '../support/temp';

export const samples = path.join(refiSchemas, 'samples');

export function sampleBytes(name: string): Buffer {
  return fs.readFileSync(path.join(samples, name));
}

/** A service with a new empty project open. */
export async function emptyProject(): Promise<{ service: Service; file: string }> {
  const { service, folder } = testService();
  const file = path.join(folder, 'import.balise');
  await service.call('projects:create', { path: file, template: 'vide' });
  return { service, file };
}

export function importFile(service: Service, fileName: string, bytes: Uint8Array) {
  return service.call('imports:refi', { fileName, data: Buffer.from(bytes).toString('base64') });
}

/** Everything the import may write, read straight from the project file, in a stable order. */
export function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  const out = {
    documents: rows('SELECT name, text FROM documents ORDER BY position, id'),
    codes: rows(
      `WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM codes WHERE parent_id IS NULL
         UNION ALL SELECT c.id, tree.path || '/' || c.name FROM codes c JOIN tree ON c.parent_id = tree.id)
       SELECT tree.path, c.color, c.description, c.inclusion, c.exclusion FROM codes c JOIN tree ON tree.id = c.id ORDER BY tree.path`,
    ),
    codings: rows(
      `WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM codes WHERE parent_id IS NULL
         UNION ALL SELECT c.id, tree.path || '/' || c.name FROM codes c JOIN tree ON c.parent_id = tree.id)
       SELECT d.name AS document, tree.path AS code, k.start, k.end, substr(d.text, 1) AS text, r.name AS coder
         FROM codings k JOIN documents d ON d.id = k.document_id JOIN tree ON tree.id = k.code_id LEFT JOIN coders r ON r.id = k.coder_id
        ORDER BY d.name, k.start, k.end, tree.path`,
    ).map((r) => ({ ...r, text: String(r.text).slice(Number(r.start), Number(r.end)) }) as { document: string; code: string; start: number; end: number; text: string; coder: string | null }),
    coders: rows('SELECT DISTINCT r.name FROM codings k JOIN coders r ON r.id = k.coder_id ORDER BY r.name'),
    cases: rows('SELECT name, description FROM cases ORDER BY name'),
    attributes: rows('SELECT name, type FROM attributes ORDER BY name'),
    values: rows(
      `SELECT c.name AS caseName, a.name AS attribute, v.value FROM attribute_values v JOIN cases c ON c.id = v.case_id JOIN attributes a ON a.id = v.attribute_id
        WHERE v.value IS NOT NULL AND trim(v.value) <> '' ORDER BY c.name, a.name`,
    ),
    memos: rows('SELECT kind, title, text FROM memos ORDER BY kind, title, text'),
    groups: rows(
      `SELECT g.name, group_concat(d.name, ' | ') AS documents FROM document_groups g
         LEFT JOIN (SELECT m.group_id, d.name FROM document_group_members m JOIN documents d ON d.id = m.document_id ORDER BY d.name) d ON d.group_id = g.id
        GROUP BY g.id ORDER BY g.name`,
    ),
    counts: Object.fromEntries(
      ['documents', 'codes', 'codings', 'memos', 'cases', 'attributes', 'attribute_values', 'coders', 'case_links', 'document_units'].map((t) => [
        t,
        (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    ),
  };
  db.close();
  return out;
}

/** Coded passages by coding GUID (lower case), as Balise stores them. */
export function storedPassages(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT c.guid, d.text, c.start, c.end FROM codings c JOIN documents d ON d.id = c.document_id').all() as {
    guid: string;
    text: string;
    start: number;
    end: number;
  }[];
  db.close();
  return new Map(rows.map((r) => [r.guid.toLowerCase(), r.text.slice(r.start, r.end)]));
}

/**
 * What each coding of a sample covers, worked out independently of the importer: the source file
 * decoded (BOM dropped), cut by code points (or by UTF-16 units for NVivo), then its CRLFs made LF.
 */
export function expectedPassages(sample: string, utf16: boolean): Map<string, string> {
  const entries = unzipSync(sampleBytes(sample));
  const byLower = new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
  const root = parseXml(strFromU8(byLower.get('project.qde')!));
  const out = new Map<string, string>();
  for (const source of all(root, 'TextSource')) {
    const file = source.getAttribute('plainTextPath')!.replace(/^internal:\/\//, '');
    const text = strFromU8(byLower.get(`sources/${file.toLowerCase()}`)!).replace(/^\uFEFF/, '');
    for (const selection of children(source, 'PlainTextSelection')) {
      const start = Number(selection.getAttribute('startPosition'));
      const end = Number(selection.getAttribute('endPosition'));
      const cut = utf16 ? text.slice(start, end) : [...text].slice(start, end).join('');
      for (const coding of children(selection, 'Coding')) out.set(coding.getAttribute('guid')!.toLowerCase(), cut.replace(/\r\n/g, '\n'));
    }
  }
  return out;
}
