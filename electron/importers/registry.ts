import path from 'node:path';
import { type documentExtensions, refiExtensions, tableExtensions } from '../../shared/domain/import';
import type { Flow } from '../../shared/import/flow';
import { interpretFlow, type InterpretedDocument } from '../../shared/import/structure';
import type { ImportedTable } from '../../shared/import/table';
import { parseCsv } from './csv';
import { parseDocx } from './docx';
import { parseHtml } from './html';
import { ImportError } from './import-error';
import { parseMarkdown } from './markdown';
import { parseOdt } from './odt';
import { parsePdf } from './pdf';
import { parseRtf } from './rtf';
import { parseSrt } from './srt';
import { parseText } from './text';
import { parseVtt } from './vtt';
import { parseXlsx } from './xlsx';

type FlowParser = (bytes: Uint8Array) => Flow | Promise<Flow>;

/** One parser per extension; all documents go through the same interpreter afterwards. */
const documentParsers: Record<(typeof documentExtensions)[number], FlowParser> = {
  '.docx': parseDocx,
  '.odt': parseOdt,
  '.rtf': parseRtf,
  '.pdf': parsePdf,
  '.txt': parseText,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.vtt': parseVtt,
  '.srt': parseSrt,
};

export function extensionOf(fileName: string): string {
  return path.extname(fileName).toLowerCase();
}

export function isDocumentFile(fileName: string): boolean {
  return Object.prototype.hasOwnProperty.call(documentParsers, extensionOf(fileName));
}

export function isTableFile(fileName: string): boolean {
  return (tableExtensions as readonly string[]).includes(extensionOf(fileName));
}

/** A REFI-QDA project or codebook, imported through `imports:refi` (not a document). */
export function isRefiFile(fileName: string): boolean {
  return (refiExtensions as readonly string[]).includes(extensionOf(fileName));
}

export interface ParsedDocumentFile {
  document: InterpretedDocument;
  format: string;
  metadata: Record<string, string>;
}

/** Parses and interprets a document file; throws ImportError for anything it cannot read. */
export async function parseDocumentFile(fileName: string, bytes: Uint8Array): Promise<ParsedDocumentFile> {
  const extension = extensionOf(fileName);
  const parser = documentParsers[extension as keyof typeof documentParsers];
  if (!parser) throw new ImportError('UNSUPPORTED_TYPE', extension);
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  // pdf.js refuses Node Buffers: parsers get a plain Uint8Array.
  const flow = await parser(Buffer.isBuffer(bytes) ? new Uint8Array(bytes) : bytes);
  const document = interpretFlow(flow);
  if (document.text.trim().length === 0) throw new ImportError(extension === '.pdf' ? 'NO_TEXT' : 'EMPTY_FILE');
  return { document, format: extension.slice(1), metadata: flow.metadata };
}

/** Parses a CSV or XLSX table (first sheet unless one is named). */
export async function parseTableFile(fileName: string, bytes: Uint8Array, sheet?: string): Promise<ImportedTable> {
  const extension = extensionOf(fileName);
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  if (extension === '.csv') return parseCsv(bytes);
  if (extension === '.xlsx') return parseXlsx(bytes, sheet);
  throw new ImportError('UNSUPPORTED_TYPE', extension);
}
