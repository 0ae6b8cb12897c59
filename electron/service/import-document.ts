import path from 'node:path';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract';
import { documentExtensions, type ImportOutcome } from '../../shared/domain/import';
import { BaliseError, type ErrorCode } from '../../shared/errors';
import { contentHash, insertDocument } from '../db/repositories/documents';
import { findDocumentByHash, uniqueDocumentName } from '../db/repositories/document-lookup';
import { ImportError } from '../importers/import-error';
import { parseDocumentFile, type ParsedDocumentFile } from '../importers/registry';
import { toBaliseError } from '../db/errors';
import type { Db } from '../db/open';
import { recordAction } from '../db/undo';
import { encodeLabel } from './action-label';
import type { ProjectSession } from './project-session';

export type DuplicatePolicy = 'skip' | 'import';

function importErrorCode(error: ImportError): ErrorCode {
  return `IMPORT_${error.problem}` as ErrorCode;
}

/** A failed file becomes a typed error naming it, in the researcher's words. */
export function describeFailure(fileName: string, error: unknown): BaliseError {
  if (error instanceof ImportError) {
    return new BaliseError(importErrorCode(error), {
      file: fileName,
      details: error.detail ? ` (${error.detail})` : '',
      formats: documentExtensions.join(' '),
      limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024,
    });
  }
  if (error instanceof BaliseError) return error;
  return new BaliseError('IMPORT_CORRUPT_FILE', { file: fileName, details: ` (${error instanceof Error ? error.message.slice(0, 120) : String(error)})` });
}

/** A file parsed and ready to store, or the reason it cannot be. */
export type PreparedFile =
  | { fileName: string; ok: true; parsed: ParsedDocumentFile; hash: string }
  | { fileName: string; ok: false; outcome: ImportOutcome };

/** Reads and interprets a file outside any transaction (parsing may take a while). */
export async function prepareDocument(fileName: string, bytes: Uint8Array): Promise<PreparedFile> {
  const name = path.basename(fileName);
  try {
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new ImportError('TOO_LARGE');
    const parsed = await parseDocumentFile(name, bytes);
    return { fileName: name, ok: true, parsed, hash: contentHash(parsed.document.text) };
  } catch (error) {
    return { fileName: name, ok: false, outcome: failed(name, error) };
  }
}

function failed(fileName: string, error: unknown): ImportOutcome {
  return { fileName, status: 'failed', error: describeFailure(fileName, error).toWire() };
}

/**
 * Stores prepared files inside the caller's transaction, each in its own savepoint and undo entry:
 * a file that fails to store is rolled back alone and reported; the others stay.
 */
export function storePrepared(db: Db, coder: string, files: PreparedFile[], duplicates: DuplicatePolicy): ImportOutcome[] {
  const now = new Date().toISOString();
  return files.map((file) => {
    if (!file.ok) return file.outcome;
    try {
      return db.transaction(() => recordAction(db, encodeLabel({ key: 'history.import', params: { file: file.fileName } }), coder, () => storeOne(db, file, duplicates, now)))();
    } catch (error) {
      return failed(file.fileName, toBaliseError(error, file.fileName));
    }
  });
}

function storeOne(db: Db, file: Extract<PreparedFile, { ok: true }>, duplicates: DuplicatePolicy, now: string): ImportOutcome {
  const { parsed, fileName } = file;
  const { document } = parsed;
  const existing = findDocumentByHash(db, file.hash);
  if (existing && duplicates === 'skip') return { fileName, status: 'duplicate', duplicateOf: existing.name };
  const documentName = uniqueDocumentName(db, fileName.replace(/\.[^.]+$/, ''));
  const documentId = insertDocument(
    db,
    {
      name: documentName,
      kind: document.kind,
      text: document.text,
      sourceName: fileName,
      units: document.units,
      metadata: { format: parsed.format, file: parsed.metadata, speakers: document.speakers, counts: document.counts },
      hash: file.hash,
    },
    now,
  );
  return { fileName, status: 'imported', documentId, documentName, kind: document.kind, counts: document.counts, speakers: document.speakers };
}

/** Imports one file as one transaction (uploads from the window). */
export async function importDocument(
  session: ProjectSession,
  fileName: string,
  bytes: Uint8Array,
  duplicates: DuplicatePolicy,
): Promise<ImportOutcome> {
  const prepared = await prepareDocument(fileName, bytes);
  return session.write((db) => storePrepared(db, session.coder.name, [prepared], duplicates))[0]!;
}
