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
import type { Code } from './domain/codebook';
import type { DocumentContent, DocumentSummary } from './domain/document';
import type { Memo } from './domain/memo';
import type { AppInfo, ProjectInfo, ProjectSummary, RecentProject } from './domain/project';
import { languageSchema, projectPathSchema, projectTemplateSchema } from './schemas/common';

type CallKind = 'read' | 'write';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  kind: CallKind;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I, kind: CallKind): CallSpec<I, O> => ({ input, kind });
}

const none = z.object({}).strict();

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

  'codebook:list': call<Code[]>()(none, 'read'),
  'documents:list': call<DocumentSummary[]>()(none, 'read'),
  'documents:get': call<DocumentContent>()(z.object({ id: z.number().int().positive() }).strict(), 'read'),
  'cases:list': call<CaseSummary[]>()(none, 'read'),
  'memos:list': call<Memo[]>()(none, 'read'),
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
  /** A native menu item was chosen (Electron only). */
  'menu:command': { command: MenuCommand; path?: string };
}
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = ['project:changed', 'menu:command'];

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
