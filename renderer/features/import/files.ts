import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import { documentExtensions, tableExtensions, type ImportOutcome } from '../../../shared/domain/import';
import { toWireError } from '../../../shared/errors';

/**
 * What the renderer decides about a file before sending it: is it a document, a case table, or
 * something Balise does not read; and how its bytes travel (base64, read off the UI thread).
 */
export type FileRole = 'document' | 'table' | 'other';

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function roleOf(name: string): FileRole {
  const extension = extensionOf(name);
  if ((documentExtensions as readonly string[]).includes(extension)) return 'document';
  if ((tableExtensions as readonly string[]).includes(extension)) return 'table';
  return 'other';
}

/** Hidden files and the lock files Word leaves beside an open document (`~$fiche.docx`). */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export const documentFormats = documentExtensions.join(' ');
export const tableFormats = tableExtensions.join(' ');
export const acceptAttribute = [...documentExtensions, ...tableExtensions].join(',');
export const tableAccept = tableExtensions.join(',');

export interface SortedFiles<F> {
  documents: F[];
  tables: F[];
  /** Files of a type Balise does not read, reported without being sent. */
  others: F[];
}

export function sortFiles<F>(files: readonly F[], nameOf: (file: F) => string): SortedFiles<F> {
  const sorted: SortedFiles<F> = { documents: [], tables: [], others: [] };
  for (const file of files) {
    const role = roleOf(nameOf(file));
    (role === 'document' ? sorted.documents : role === 'table' ? sorted.tables : sorted.others).push(file);
  }
  return sorted;
}

/** The refusal the service gives to a file of an unsupported type, without sending the file. */
export function unsupportedOutcome(fileName: string): ImportOutcome {
  return { fileName, status: 'failed', error: toWireError('IMPORT_UNSUPPORTED_TYPE', { file: fileName, formats: documentFormats }) };
}

/** The refusal the service gives to a file over the size limit, without reading 50 MB for nothing. */
export function tooLargeOutcome(fileName: string): ImportOutcome {
  return { fileName, status: 'failed', error: toWireError('IMPORT_TOO_LARGE', { file: fileName, limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }) };
}

export function isTooLarge(file: Blob): boolean {
  return file.size > MAX_IMPORT_FILE_BYTES;
}

/**
 * The file's bytes as base64. FileReader encodes off the UI thread, in the browser's own code,
 * so a large file does not freeze the window while it is read.
 */
/** Bytes of a base64 string (a table handed over by the service). */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
