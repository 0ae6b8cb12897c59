import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';

/** The REFI-QDA schemas, next to the fixtures (`../shared/refi-qda` from the repository). */
export const refiSchemas = path.resolve(__dirname, '../../../../shared/refi-qda');
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';

/** `xmllint --noout --schema XSD FILE`: its exit code and what it said. */
export function xmllint(xsd: string, file: string): { code: number | null; out: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', path.join(refiSchemas, xsd), file], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The entries of a zip, by name. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function parseXml(text: string): Element {
  return new DOMParser().parseFromString(text, 'text/xml').documentElement!;
}

/** Elements named `name` in the project's namespace, at any depth. */
export function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(PROJECT_NS, name));
}

/** The direct children named `name`. */
export function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
}

/** Writes `text` to a file of `dir` and returns its path (for xmllint). */
export function writeTemp(dir: string, name: string, text: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

export function decode(bytes: Uint8Array): string {
  return strFromU8(bytes);
}

/** Counts and coded passages read straight from the project's file. */
export function projectFacts(file: string) {
  const db = new Database(file, { readonly: true });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const facts = {
    documents: count('documents'),
    codes: count('codes'),
    codings: count('codings'),
    coders: count('coders'),
    cases: count('cases'),
    attributes: count('attributes'),
    memos: count('memos'),
    groups: count('document_groups'),
    selections: (db.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT document_id, start, end FROM codings)').get() as { n: number }).n,
    /** The coded passage of each coding, by GUID. */
    passages: new Map(
      (db.prepare('SELECT c.guid, substr(d.text, 1) AS text, c.start, c.end FROM codings c JOIN documents d ON d.id = c.document_id').all() as {
        guid: string;
        text: string;
        start: number;
        end: number;
      }[]).map((r) => [r.guid, r.text.slice(r.start, r.end)]),
    ),
  };
  db.close();
  return facts;
}
