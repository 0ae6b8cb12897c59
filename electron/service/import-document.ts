import path from 'node:path';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract';
import { documentExtensions, type ImportOutcome } from '../../shared/domain/import';
import { BaliseError, type ErrorCode } from '../../shared/errors';
import { contentHash, insertDocument } from '../db/repositories/documents';
import { findDocumentByHash, uniqueDocumentName } from '../db/repositories/document-lookup';
import { ImportError } from '../importers/import-error';
import { parseDocumentFile } from '../importers/registry';
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

/**
 * Imports one document file: parse (outside any transaction), then store document and structure
 * in one transaction. A failure leaves nothing of the file behind; it is reported, not thrown.
 */
export async function importDocument(
  session: ProjectSession,
  fileName: string,
  bytes: Uint8Array,
  duplicates: DuplicatePolicy,
): Promise<ImportOutcome> {
  const name = path.basename(fileName);
  try {
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new ImportError('TOO_LARGE');
    const parsed = await parseDocumentFile(name, bytes);
    const { document } = parsed;
    const hash = contentHash(document.text);
    return session.action(`Importer « ${name} »`, (db) => {
      const existing = findDocumentByHash(db, hash);
      if (existing && duplicates === 'skip') return { fileName: name, status: 'duplicate', duplicateOf: existing.name };
      const documentName = uniqueDocumentName(db, name.replace(/\.[^.]+$/, ''));
      const documentId = insertDocument(
        db,
        {
          name: documentName,
          kind: document.kind,
          text: document.text,
          sourceName: name,
          units: document.units,
          metadata: { format: parsed.format, file: parsed.metadata, speakers: document.speakers, counts: document.counts },
        },
        new Date().toISOString(),
      );
      return {
        fileName: name,
        status: 'imported',
        documentId,
        documentName,
        kind: document.kind,
        counts: document.counts,
        speakers: document.speakers,
      };
    });
  } catch (error) {
    return { fileName: name, status: 'failed', error: describeFailure(name, error).toWire() };
  }
}
