import type { CandidateSource, PseudonymEntry, PseudonymKind } from '../../../shared/domain/pseudonym';
import type { Db } from '../open';
import { statement } from '../statements';

/** SQL of pseudonymisation: the correspondence table, its settings, and what replacing reads and writes. */

export function listPseudonyms(db: Db): PseudonymEntry[] {
  return statement(db, 'SELECT id, original, pseudonym, kind, decision, source FROM pseudonyms ORDER BY id').all() as PseudonymEntry[];
}

export interface PseudonymWrite {
  original: string;
  pseudonym: string;
  kind: PseudonymKind;
  decision: 'accepted' | 'rejected';
  source: CandidateSource;
}

/** Stores a decision for an original (replacing the one stored under the same original). */
export function savePseudonym(db: Db, entry: PseudonymWrite, now: string): PseudonymEntry {
  const existing = statement(db, 'SELECT id FROM pseudonyms WHERE original = ?').get(entry.original) as { id: number } | undefined;
  if (existing) {
    statement(db, 'UPDATE pseudonyms SET pseudonym = ?, kind = ?, decision = ?, source = ? WHERE id = ?').run(
      entry.pseudonym,
      entry.kind,
      entry.decision,
      entry.source,
      existing.id,
    );
    return { id: existing.id, ...entry };
  }
  const id = statement(db, 'INSERT INTO pseudonyms (original, pseudonym, kind, decision, source, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.original,
    entry.pseudonym,
    entry.kind,
    entry.decision,
    entry.source,
    now,
  ).lastInsertRowid;
  return { id: Number(id), ...entry };
}

export function deletePseudonym(db: Db, id: number): void {
  statement(db, 'DELETE FROM pseudonyms WHERE id = ?').run(id);
}

/** The copy a pseudonymised export is made from must not hold the correspondence table. */
export function dropPseudonymTable(db: Db): void {
  db.exec('DROP TABLE IF EXISTS pseudonyms');
}

const SETTINGS_KEY = 'pseudonyms';

export function readPseudonymSettings(db: Db): unknown {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : null;
}

export function writePseudonymSettings(db: Db, value: unknown): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(value));
}

// What detection and replacement read.

export interface CorpusDocument {
  id: number;
  name: string;
  text: string;
  revision: number;
}

export function corpusDocuments(db: Db): CorpusDocument[] {
  return statement(db, 'SELECT id, name, text, revision FROM documents ORDER BY position, id').all() as CorpusDocument[];
}

/** Every document's id, revision and import time: changes whenever a text or its structure does (revisions.ts). */
export function corpusState(db: Db): string {
  const row = statement(db, "SELECT group_concat(id || ':' || revision || ':' || imported_at, ',') AS state FROM documents INDEXED BY documents_state").get() as {
    state: string | null;
  };
  return row.state ?? '';
}

/**
 * Texts outside the documents where names are written too: document names, case descriptions,
 * text attribute values, memo titles and texts.
 */
export function otherTexts(db: Db): string[] {
  return (
    statement(
      db,
      `SELECT name AS t FROM documents
       UNION ALL SELECT description FROM cases WHERE description <> ''
       UNION ALL SELECT v.value FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE a.type IN ('text', 'category') AND v.value IS NOT NULL
       UNION ALL SELECT title FROM memos WHERE title <> ''
       UNION ALL SELECT text FROM memos WHERE text <> ''`,
    ).all() as { t: string }[]
  ).map((r) => r.t);
}

export function speakerNames(db: Db): string[] {
  return (
    statement(
      db,
      `SELECT DISTINCT json_extract(attrs, '$.speaker') AS speaker FROM document_units
       WHERE json_extract(attrs, '$.speaker') IS NOT NULL ORDER BY speaker`,
    ).all() as { speaker: unknown }[]
  )
    .map((r) => r.speaker)
    .filter((s): s is string => typeof s === 'string');
}

export function caseNames(db: Db): string[] {
  return (statement(db, 'SELECT name FROM cases ORDER BY position, id').all() as { name: string }[]).map((r) => r.name);
}

export interface UnitRow {
  id: number;
  documentId: number;
  label: string | null;
  attrs: string;
}

export function unitLabels(db: Db): UnitRow[] {
  return statement(db, 'SELECT id, document_id AS documentId, label, attrs FROM document_units ORDER BY id').all() as UnitRow[];
}

export function updateUnitLabel(db: Db, id: number, label: string | null, attrs: string): void {
  statement(db, 'UPDATE document_units SET label = ?, attrs = ? WHERE id = ?').run(label, attrs, id);
}

export interface DocumentToRewrite extends CorpusDocument {
  sourceName: string | null;
  metadata: string;
}

export function documentsToRewrite(db: Db): DocumentToRewrite[] {
  return statement(db, 'SELECT id, name, text, revision, source_name AS sourceName, metadata FROM documents ORDER BY position, id').all() as DocumentToRewrite[];
}

export function updateDocumentNames(db: Db, id: number, name: string, sourceName: string | null, metadata: string): void {
  statement(db, 'UPDATE documents SET name = ?, source_name = ?, metadata = ? WHERE id = ?').run(name, sourceName, metadata, id);
}

export function setDocumentRevision(db: Db, id: number, revision: number): void {
  statement(db, 'UPDATE documents SET revision = ? WHERE id = ?').run(revision, id);
}

export function namedCaseParts(db: Db): { id: number; value: string }[] {
  return statement(db, 'SELECT id, part_value AS value FROM case_links WHERE part_value IS NOT NULL ORDER BY id').all() as { id: number; value: string }[];
}

export function updateCasePart(db: Db, id: number, value: string): void {
  statement(db, 'UPDATE case_links SET part_value = ? WHERE id = ?').run(value, id);
}

export function caseRows(db: Db): { id: number; name: string; description: string }[] {
  return statement(db, 'SELECT id, name, description FROM cases ORDER BY id').all() as { id: number; name: string; description: string }[];
}

export function updateCase(db: Db, id: number, name: string, description: string): void {
  statement(db, 'UPDATE cases SET name = ?, description = ? WHERE id = ?').run(name, description, id);
}

/** Values of text and category attributes (numbers and dates name no one). */
export function textAttributeValues(db: Db): { caseId: number; attributeId: number; value: string }[] {
  return statement(
    db,
    `SELECT v.case_id AS caseId, v.attribute_id AS attributeId, v.value FROM attribute_values v
     JOIN attributes a ON a.id = v.attribute_id WHERE a.type IN ('text', 'category') AND v.value IS NOT NULL ORDER BY v.case_id, v.attribute_id`,
  ).all() as { caseId: number; attributeId: number; value: string }[];
}

export function updateAttributeValue(db: Db, caseId: number, attributeId: number, value: string): void {
  statement(db, 'UPDATE attribute_values SET value = ? WHERE case_id = ? AND attribute_id = ?').run(value, caseId, attributeId);
}

export interface CodeTextRow {
  id: number;
  name: string;
  description: string;
  inclusion: string;
  exclusion: string;
}

/** Codes' words: an in vivo code is named after the words of a passage, names included. */
export function codeTexts(db: Db): CodeTextRow[] {
  return statement(db, 'SELECT id, name, description, inclusion, exclusion FROM codes ORDER BY id').all() as CodeTextRow[];
}

export function updateCodeTexts(db: Db, code: CodeTextRow): void {
  statement(db, 'UPDATE codes SET name = ?, description = ?, inclusion = ?, exclusion = ? WHERE id = ?').run(code.name, code.description, code.inclusion, code.exclusion, code.id);
}

export interface MemoRow {
  id: number;
  title: string;
  body: string;
  text: string;
}

export function memoRows(db: Db): MemoRow[] {
  return statement(db, 'SELECT id, title, body, text FROM memos ORDER BY id').all() as MemoRow[];
}

export function updateMemoText(db: Db, memo: MemoRow): void {
  statement(db, 'UPDATE memos SET title = ?, body = ?, text = ? WHERE id = ?').run(memo.title, memo.body, memo.text, memo.id);
}
