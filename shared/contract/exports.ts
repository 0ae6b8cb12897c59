import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { call, none } from './call';
import { extractSelectionSchema } from './extracts';

/** Formats of the coded extracts (the extract browser's current selection). */
export const extractExportFormats = ['csv', 'xlsx', 'docx', 'html'] as const;
export type ExtractExportFormat = (typeof extractExportFormats)[number];

/** Formats of a whole project (REFI-QDA project) or of its codebook (REFI-QDA codebook). */
export const projectExportFormats = ['qdpx', 'qdc'] as const;
export type ProjectExportFormat = (typeof projectExportFormats)[number];

/** A file made by the service: its proposed name and its bytes in base64. */
export interface ExportedFile {
  fileName: string;
  base64: string;
  /** What it holds, for the message after the export (« 42 extraits », « 3 documents, 120 codages »). */
  summary: Record<string, number>;
}

/** The steps of an export: finding what goes in, writing it, compressing the file (DOCX, XLSX, QDPX). */
export const exportSteps = ['select', 'write', 'compress'] as const;
export type ExportStep = (typeof exportSteps)[number];
export interface ExportProgressEvent {
  step: ExportStep;
  done: number;
  total: number;
}

/** Exports: coded extracts to CSV, XLSX, DOCX, HTML; the project to REFI-QDA. Spread into `shared/contract.ts`. */
export const exportCalls = {
  /**
   * The extracts of a selection (query and filters, as `extracts:list` takes them) as a file.
   * CSV: UTF-8 with BOM, `;` unless `separator` says `,`.
   */
  'exports:extracts': call<ExportedFile>()(
    extractSelectionSchema
      .extend({
        format: z.enum(extractExportFormats),
        separator: z.enum([';', ',']).default(';'),
        /** Shown at the head of DOCX and HTML files, and as the file's name. */
        title: z.string().trim().min(1).max(200).default('Extraits codés'),
        /** XLSX: one sheet per code instead of one sheet with a code column. */
        sheetPerCode: z.boolean().default(false),
      })
      .strict(),
    'read',
  ),
  /**
   * Stops the export in progress at its next step (it fails with EXPORT_CANCELLED; no file is made).
   * Every `exports:*` call reports `export:progress` while it runs.
   */
  'exports:cancel': call<{ cancelled: boolean }>()(none, 'read'),
  /** The whole project as a REFI-QDA project (`.qdpx`), or its codebook (`.qdc`). */
  'exports:project': call<ExportedFile>()(z.object({ format: z.enum(projectExportFormats), codeIds: z.array(idSchema).max(10_000).optional() }).strict(), 'read'),
} as const;
