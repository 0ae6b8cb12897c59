/**
 * The API contract: every call the UI (or the CLI) may make, and every event the service pushes.
 * Read this file first. A call is `domain:verb`; its input is a zod schema (checked by the service
 * dispatcher for every transport), its output a TypeScript type, its kind says whether it writes.
 *
 * To add a call: add an entry here, implement it in `electron/service/handlers/<domain>.ts`
 * (the type checker refuses a missing handler), then call `api.<domain>.<verb>(input)` in the UI.
 */
import { z } from 'zod';
import type { CaseSummary } from './domain/case';
import type { DocumentCoding, DocumentContent, DocumentGroup, DocumentMedia, DocumentSummary } from './domain/document';
import type { Code, CodeCoding, CodeDeletePreview, CodeMergeResult } from './domain/codebook';
import type { HistoryState } from './domain/history';
import type { TextEditResult } from './domain/text-edit';
import type { ImportOutcome } from './domain/import';
import { memoKinds, type Memo } from './domain/memo';
import type { AutocodeResult, StructureValue } from './domain/structure';
import type { CaseImportResult, CodebookImportResult, TablePreview } from './domain/table-import';
import type { AppInfo, Coder, ProjectInfo, ProjectSummary, RecentProject } from './domain/project';
import {
  codeNameSchema,
  codeTextSchema,
  colorSchema,
  columnTypeSchema,
  duplicatePolicySchema,
  fileNameSchema,
  idSchema,
  languageSchema,
  projectPathSchema,
  projectTemplateSchema,
  structureSelectorSchema,
} from './schemas/common';
import { MEMO_MAX_BODY_CHARS } from './text/memo-body';
import { call, none } from './contract/call';
import { analysisCalls } from './contract/analysis';
import { caseCalls } from './contract/cases';
import { exportCalls, type ExportProgressEvent } from './contract/exports';
import { exchangeCalls } from './contract/exchange';
import { reportCalls } from './contract/reports';
import { pseudonymCalls } from './contract/pseudonyms';
import { agreementCalls } from './contract/agreement';
import { mergeCalls } from './contract/merge';
import { disagreementCalls } from './contract/disagreements';
import { extractCalls } from './contract/extracts';
import { searchCalls } from './contract/search';

export type { CallSpec } from './contract/call';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Files larger than this are refused at import (DESIGN: clear message, nothing half-imported). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** Base64 of the largest importable file, plus room for the JSON around it. */
const UPLOAD_MAX_BYTES = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024;
/** An edited text is capped like an imported file (MAX_IMPORT_FILE_BYTES in UTF-8); JSON escapes need room. */
const EDIT_TEXT_MAX_BYTES = MAX_IMPORT_FILE_BYTES * 2 + 64 * 1024;

const groupNameSchema = z.string().trim().min(1).max(200);

/** A passage of a document: UTF-16 offsets, exclusive end (shared/offsets.ts). */
const passageSchema = z
  .object({ documentId: idSchema, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((p) => p.end > p.start, { message: 'end must be after start' });

/** What a memo is about: its kind, and the id of its document, code or coding. */
const memoTargetFields = z.object({
  kind: z.enum(memoKinds),
  documentId: idSchema.optional(),
  codeId: idSchema.optional(),
  codingId: idSchema.optional(),
});
const targetField = { project: null, document: 'documentId', code: 'codeId', coding: 'codingId' } as const;
function requireTargetId(value: { kind: (typeof memoKinds)[number]; documentId?: number; codeId?: number; codingId?: number }, ctx: z.RefinementCtx): void {
  const wanted = targetField[value.kind];
  for (const field of ['documentId', 'codeId', 'codingId'] as const) {
    if (field === wanted && value[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `required for a ${value.kind} memo` });
    if (field !== wanted && value[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `not allowed for a ${value.kind} memo` });
  }
}

export const contract = {
  'app:info': call<AppInfo>()(none, 'read'),
  'app:setLanguage': call<AppInfo>()(z.object({ language: languageSchema }).strict(), 'write'),
  'app:setCoderName': call<AppInfo>()(z.object({ name: z.string().trim().min(1).max(80) }).strict(), 'write'),

  'dialogs:chooseNewProjectPath': call<{ path: string | null }>()(
    z.object({ suggestedName: z.string().max(200) }).strict(),
    'read',
  ),
  'dialogs:chooseProjectToOpen': call<{ path: string | null }>()(none, 'read'),
  'dialogs:chooseCopyPath': call<{ path: string | null }>()(none, 'read'),
  /** Native open dialog filtered on audio and video files (Electron); null when cancelled or in a browser. */
  'dialogs:chooseMedia': call<{ path: string | null }>()(z.object({ documentId: idSchema }).strict(), 'read'),
  /** Browser mode's stand-in: the audio and video files of the project's folder and its subfolders (one level). */
  'dialogs:listMedia': call<{ folder: string; files: { name: string; path: string }[] }>()(none, 'read'),

  'projects:create': call<ProjectInfo>()(
    z
      .object({
        path: projectPathSchema,
        template: projectTemplateSchema,
        name: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    'write',
  ),
  'projects:openDemo': call<ProjectInfo>()(none, 'write'),
  'projects:open': call<ProjectInfo>()(z.object({ path: projectPathSchema }).strict(), 'write'),
  'projects:close': call<{ closed: boolean }>()(none, 'write'),
  'projects:info': call<ProjectInfo>()(none, 'read'),
  'projects:recent': call<RecentProject[]>()(none, 'read'),
  'projects:forgetRecent': call<RecentProject[]>()(z.object({ path: z.string().min(1) }).strict(), 'write'),
  /** Reads a project file without opening it (no lock, no backup): for `balise info`, recent lists. */
  'projects:inspect': call<ProjectSummary>()(z.object({ path: projectPathSchema }).strict(), 'read'),
  /** Full integrity check and foreign-key check of a project file, read-only. */
  'projects:check': call<{ path: string; problems: string[] }>()(z.object({ path: projectPathSchema }).strict(), 'read'),
  'projects:saveCopy': call<{ path: string; bytes: number }>()(
    z.object({ path: projectPathSchema }).strict(),
    'write',
  ),

  /** Imports one file sent by the UI (drag and drop, or a file chosen in the browser). */
  'imports:upload': call<ImportOutcome>()(
    z.object({ fileName: fileNameSchema, data: z.base64(), duplicates: duplicatePolicySchema.default('skip') }).strict(),
    'write',
    UPLOAD_MAX_BYTES,
  ),
  /** Imports files the service reads itself (native dialog, CLI); progress as `import:progress`. */
  'imports:paths': call<ImportOutcome[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(5000), duplicates: duplicatePolicySchema.default('skip') }).strict(),
    'write',
  ),
  /** Stops an `imports:paths` batch after the file in progress (which completes or rolls back whole). */
  'imports:cancel': call<{ cancelled: boolean }>()(none, 'read'),
  'dialogs:chooseImportFiles': call<{ paths: string[] }>()(none, 'read'),
  /**
   * The content of a table or a REFI-QDA file the researcher chose in the native import dialog
   * (Electron), so the sandboxed page can show the table dialog or send it to `imports:refi`.
   * Only paths returned by that dialog are read.
   */
  'imports:readChosenFile': call<{ fileName: string; data: string }>()(z.object({ path: z.string().min(1).max(4096) }).strict(), 'read'),

  /** Reads a CSV/XLSX table and shows its columns and inferred types; writes nothing. */
  'tables:preview': call<TablePreview>()(
    z.object({ fileName: fileNameSchema, data: z.base64(), sheet: z.string().max(200).optional() }).strict(),
    'read',
    UPLOAD_MAX_BYTES,
  ),
  /** Imports a table as cases with attributes; chosen free-text columns become codable documents. */
  'cases:importTable': call<CaseImportResult>()(
    z
      .object({
        fileName: fileNameSchema,
        data: z.base64(),
        sheet: z.string().max(200).optional(),
        keyColumn: z.string().max(500).nullable(),
        columnTypes: z.record(z.string().max(500), columnTypeSchema).default({}),
        textColumns: z.array(z.string().max(500)).max(500).default([]),
        linkDocuments: z.boolean().default(true),
      })
      .strict(),
    'write',
    UPLOAD_MAX_BYTES,
  ),
  /** Links a case to a whole document by hand, or removes that link. */
  'cases:linkDocument': call<{ linked: boolean }>()(z.object({ caseId: idSchema, documentId: idSchema, linked: z.boolean() }).strict(), 'write'),
  /** Links documents to cases named in their file names (`B07` in `fiche-B07.docx`). */
  'cases:linkDocuments': call<{ links: number }>()(none, 'write'),
  /** Merges a codebook table (code, parent, couleur, description) into the codebook by name path. */
  'codebook:importTable': call<CodebookImportResult>()(
    z.object({ fileName: fileNameSchema, data: z.base64(), sheet: z.string().max(200).optional() }).strict(),
    'write',
    UPLOAD_MAX_BYTES,
  ),

  'history:list': call<HistoryState>()(none, 'read'),
  'history:undo': call<HistoryState>()(none, 'write'),
  'history:redo': call<HistoryState>()(none, 'write'),
  /** Undoes every action back to this one included, or redoes every undone one up to it: one step of the user. */
  'history:travel': call<HistoryState>()(z.object({ id: idSchema, direction: z.enum(['undo', 'redo']) }).strict(), 'write'),

  /** Grids, blocks, prompts, columns and speakers found in the documents, with counts. */
  'structure:values': call<StructureValue[]>()(none, 'read'),
  /** Codes every passage of a block, prompt, column or speaker (preview: count only, nothing written). */
  'structure:autocode': call<AutocodeResult>()(
    z.object({ codeId: idSchema, selector: structureSelectorSchema, preview: z.boolean().default(false) }).strict(),
    'write',
  ),
  /** Renames a speaker, or merges two spellings by renaming one into the other. */
  'structure:renameSpeaker': call<{ turns: number }>()(
    z.object({ from: z.string().min(1).max(200), to: z.string().trim().min(1).max(200), documentIds: z.array(idSchema).optional() }).strict(),
    'write',
  ),

  'codebook:list': call<Code[]>()(none, 'read'),
  /** A new code at the end of its siblings (default colour from the palette); sibling names are unique. */
  'codebook:create': call<{ id: number }>()(z.object({ parentId: idSchema.nullable(), name: codeNameSchema, color: colorSchema.optional() }).strict(), 'write'),
  'codebook:update': call<Code>()(
    z
      .object({ id: idSchema, name: codeNameSchema.optional(), color: colorSchema.optional(), description: codeTextSchema.optional(), inclusion: codeTextSchema.optional(), exclusion: codeTextSchema.optional() })
      .strict(),
    'write',
  ),
  /** Puts a code at `index` among the children of `parentId` (null: the top level); never into itself. */
  'codebook:move': call<{ moved: boolean }>()(z.object({ id: idSchema, parentId: idSchema.nullable(), index: z.number().int().min(0) }).strict(), 'write'),
  /** The source's codings (same passages collapse), sub-codes, memos and anchor examples go to the target; the source goes. */
  'codebook:merge': call<CodeMergeResult>()(z.object({ sourceId: idSchema, targetId: idSchema }).strict(), 'write'),
  /** A new sibling code named `name` receives the chosen codings of the code. */
  'codebook:split': call<{ id: number; moved: number }>()(
    z.object({ id: idSchema, codingIds: z.array(idSchema).min(1).max(100_000), name: codeNameSchema }).strict(),
    'write',
  ),
  'codebook:deletePreview': call<CodeDeletePreview>()(z.object({ id: idSchema }).strict(), 'read'),
  'codebook:delete': call<{ deleted: number }>()(z.object({ id: idSchema }).strict(), 'write'),
  /** The codings of a code (and of its sub-codes), with document, excerpt, coder and anchor-example mark. */
  'codebook:codings': call<CodeCoding[]>()(z.object({ codeId: idSchema, includeChildren: z.boolean().default(false) }).strict(), 'read'),
  'codebook:setExample': call<{ example: boolean }>()(z.object({ codeId: idSchema, codingId: idSchema, example: z.boolean() }).strict(), 'write'),
  'documents:list': call<DocumentSummary[]>()(none, 'read'),
  'documents:get': call<DocumentContent>()(z.object({ id: idSchema }).strict(), 'read'),
  /**
   * Replaces a document's text (a transcription fixed by hand): codings, structure units and case
   * links follow the text; codings whose text is deleted entirely go. Refused when `revision` is no
   * longer the document's. `preview` says what would happen and writes nothing.
   */
  'documents:editText': call<TextEditResult>()(
    z.object({ id: idSchema, text: z.string(), revision: z.number().int().min(0), preview: z.boolean().default(false) }).strict(),
    'write',
    EDIT_TEXT_MAX_BYTES,
  ),
  /** Links a recording kept beside the project (never copied): stored relative to the project's folder when inside it. */
  'documents:linkMedia': call<{ media: DocumentMedia }>()(z.object({ id: idSchema, path: z.string().trim().min(1).max(4096) }).strict(), 'write'),
  'documents:unlinkMedia': call<{ unlinked: boolean }>()(z.object({ id: idSchema }).strict(), 'write'),
  'cases:list': call<CaseSummary[]>()(none, 'read'),
  /** Cases linked to each document: `{ documentId: [caseId…] }`. */
  'cases:links': call<Record<number, number[]>>()(none, 'read'),

  /** The codings of one document, in reading order (the coding view reloads them after each action). */
  'codings:forDocument': call<DocumentCoding[]>()(z.object({ documentId: idSchema }).strict(), 'read'),
  /**
   * Codes a passage for the current coder. Overlapping or touching codings of the same code by the
   * same coder become one (`merged`); `absorbed` lists the codings that went into it, so the view
   * can update itself without reloading.
   */
  'codings:add': call<{ coding: DocumentCoding; merged: boolean; absorbed: number[] }>()(
    z
      .object({ documentId: idSchema, codeId: idSchema, start: z.number().int().min(0), end: z.number().int().min(1) })
      .strict()
      .refine((p) => p.end > p.start, { message: 'end must be after start' }),
    'write',
  ),
  /** In-vivo coding: a new code named after the passage (in the « In vivo » family), applied to it. */
  'codings:inVivo': call<{ codeId: number; created: boolean; coding: DocumentCoding; absorbed: number[] }>()(passageSchema, 'write'),
  'codings:remove': call<{ removed: boolean }>()(z.object({ id: idSchema }).strict(), 'write'),
  /** Moves a coding to another code (its comment follows). */
  'codings:changeCode': call<DocumentCoding>()(z.object({ id: idSchema, codeId: idSchema }).strict(), 'write'),
  /** The current coder's last nine codes, newest first: the keys 1–9 of the coding view. */
  'codings:recentCodes': call<number[]>()(none, 'read'),
  'coders:list': call<Coder[]>()(none, 'read'),
  /** Document groups (sets), each with its documents. */
  'groups:list': call<DocumentGroup[]>()(none, 'read'),
  'groups:create': call<{ id: number }>()(z.object({ name: groupNameSchema }).strict(), 'write'),
  'groups:rename': call<{ id: number }>()(z.object({ id: idSchema, name: groupNameSchema }).strict(), 'write'),
  /** Deletes a group; its documents stay in the project. */
  'groups:delete': call<{ id: number }>()(z.object({ id: idSchema }).strict(), 'write'),
  /** Adds (`member: true`) or removes several documents at once; returns how many changed. */
  'groups:setMembers': call<{ changed: number }>()(
    z.object({ id: idSchema, documentIds: z.array(idSchema).min(1).max(10_000), member: z.boolean() }).strict(),
    'write',
  ),
  /** The project's memos, newest first; `query` matches title, text and target, case and accents folded. */
  'memos:list': call<Memo[]>()(z.object({ query: z.string().max(500).optional(), kind: z.enum(memoKinds).optional() }).strict(), 'read'),
  /**
   * The memo of a document, a code or a coding, or null when it has none yet; with `id`, that memo
   * if it belongs to the target (a project memo: by its id only, else the project's first memo).
   */
  'memos:get': call<{ memo: Memo | null }>()(memoTargetFields.extend({ id: idSchema.optional() }).strict().superRefine(requireTargetId), 'read'),
  /**
   * Creates or updates a memo, signed by the current coder. A document, code or coding has one memo:
   * saving another for it updates it. `body` is Lexical's JSON (checked, at most 1 million characters)
   * or plain text; `text`, its plain text, is derived from the body when left out. Consecutive saves
   * of the same memo make one history entry.
   */
  'memos:save': call<Memo>()(
    memoTargetFields
      .extend({
        id: idSchema.optional(),
        title: z.string().trim().max(300).default(''),
        body: z.string().max(2 * MEMO_MAX_BODY_CHARS),
        text: z.string().max(2 * MEMO_MAX_BODY_CHARS).optional(),
      })
      .strict()
      .superRefine(requireTargetId),
    'write',
    8 * MEMO_MAX_BODY_CHARS,
  ),
  'memos:delete': call<{ deleted: boolean }>()(z.object({ id: idSchema }).strict(), 'write'),
  // Retrieval (issue 5): one file per domain.
  ...caseCalls,
  ...extractCalls,
  ...searchCalls,
  ...analysisCalls,
  ...exportCalls,
  ...exchangeCalls,
  ...reportCalls,
  ...pseudonymCalls,
  ...agreementCalls,
  ...mergeCalls,
  ...disagreementCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events the service pushes to the UI. */
export interface EventPayloads {
  /** The open project changed (opened, closed, counts changed). */
  'project:changed': { project: ProjectInfo | null };
  /** Progress of an `imports:paths` batch. */
  'import:progress': { done: number; total: number; current: string | null };
  /** Progress of the export in progress (`exports:*`): its step, and how far it is through it. */
  'export:progress': ExportProgressEvent;
  /** A native menu item was chosen (Electron only). */
  'menu:command': { command: MenuCommand; path?: string };
}
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = ['project:changed', 'import:progress', 'export:progress', 'menu:command'];

export const menuCommands = ['new', 'open', 'openRecent', 'saveCopy', 'import', 'export', 'close', 'undo', 'redo'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** `projects:create` → `{ projects: { create } }`: the shape of the client API object. */
type Domain<K> = K extends `${infer D}:${string}` ? D : never;
type Verb<K, D extends string> = K extends `${D}:${infer V}` ? V : never;
type ClientCall<K> = K extends CallName ? (input: CallInput<K>) => Promise<CallOutput<K>> : never;
export type Api = {
  [D in Domain<CallName>]: { [V in Verb<CallName, D>]: ClientCall<`${D}:${V}`> };
};

export function splitCallName(name: CallName): [string, string] {
  const at = name.indexOf(':');
  return [name.slice(0, at), name.slice(at + 1)];
}
