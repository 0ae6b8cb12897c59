import { type z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput, type EventName, type EventPayloads } from '../../shared/contract';
import { BaliseError, type WireError, type WireResult } from '../../shared/errors';
import { AppSettings } from './app-settings';
import type { Handler, Handlers, ServiceContext, ServiceOptions } from './context';
import { appHandlers } from './handlers/app';
import { codingHandlers } from './handlers/coding';
import { codebookHandlers } from './handlers/codebook';
import { corpusHandlers } from './handlers/corpus';
import { dialogHandlers } from './handlers/dialogs';
import { editTextHandlers } from './handlers/edit-text';
import { groupHandlers } from './handlers/groups';
import { historyHandlers } from './handlers/history';
import { importHandlers } from './handlers/imports';
import { memoHandlers } from './handlers/memos';
import { mediaHandlers } from './handlers/media';
import { structureHandlers } from './handlers/structure';
import { tableHandlers } from './handlers/tables';
import { projectHandlers } from './handlers/projects';
import { caseHandlers } from './handlers/cases';
import { extractHandlers } from './handlers/extracts';
import { searchHandlers } from './handlers/search';
import { analysisHandlers } from './handlers/analysis';
import { exportHandlers } from './handlers/exports';
import { exchangeHandlers } from './handlers/exchange';
import { reportHandlers } from './handlers/reports';
import { pseudonymHandlers } from './handlers/pseudonyms';
import { agreementHandlers } from './handlers/agreement';
import { mergeHandlers } from './handlers/merge';
import { disagreementHandlers } from './handlers/disagreements';
import { mediaFileOf, type MediaFile } from './media';
import { getMediaPath } from '../db/repositories/documents';

export type { ServiceOptions } from './context';
export type { MediaFile } from './media';

/** Every call of the contract, with its handler; the type checker refuses a missing one. */
const handlers: Handlers<CallName> = {
  ...appHandlers,
  ...dialogHandlers,
  ...projectHandlers,
  ...corpusHandlers,
  ...editTextHandlers,
  ...codebookHandlers,
  ...importHandlers,
  ...historyHandlers,
  ...structureHandlers,
  ...tableHandlers,
  ...codingHandlers,
  ...groupHandlers,
  ...memoHandlers,
  ...mediaHandlers,
  ...caseHandlers,
  ...extractHandlers,
  ...searchHandlers,
  ...analysisHandlers,
  ...exportHandlers,
  ...exchangeHandlers,
  ...reportHandlers,
  ...pseudonymHandlers,
  ...agreementHandlers,
  ...mergeHandlers,
  ...disagreementHandlers,
};

export type { WireResult };
export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface Service {
  /** Validates and runs a call; never throws: transports send the result as it is. */
  dispatch(name: string, input: unknown): Promise<WireResult>;
  /** Typed call for in-process users (the CLI, tests); throws `BaliseError`. */
  call<K extends CallName>(name: K, input: z.input<(typeof contract)[K]['input']>): Promise<CallOutput<K>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
  /**
   * The recording linked to a document of the open project, for the transports that serve its
   * bytes (HTTP /media/<id>, balise-media://): null when there is none or it is missing. Not a
   * contract call: the renderer never learns the path.
   */
  mediaFile(documentId: number): Promise<MediaFile | null>;
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(entrée)'} : ${issue.message}`)
    .join(' ; ');
}

function toWire(error: unknown): WireError {
  if (error instanceof BaliseError) return error.toWire();
  // Unexpected: log the stack here, send only a short message.
  console.error(error);
  const details = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
  return new BaliseError('INTERNAL', { details }).toWire();
}

export function createService(options: ServiceOptions): Service {
  const listeners = new Set<EventListener>();
  const context: ServiceContext = {
    options,
    settings: new AppSettings(options.dataDir),
    session: null,
    importBatch: null,
    exportJob: null,
    chosenFiles: new Set(),
    requireProject() {
      if (!this.session) throw new BaliseError('NO_PROJECT');
      return this.session;
    },
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
  };
  // Writes run one after another: an action never interleaves with another's transaction.
  let writes: Promise<unknown> = Promise.resolve();

  async function run(name: string, input: unknown): Promise<unknown> {
    if (!isCallName(name)) throw new BaliseError('UNKNOWN_CALL', { name: String(name).slice(0, 80) });
    const spec = contract[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw new BaliseError('INVALID_INPUT', { details: describeZodError(parsed.error) });
    const handler = handlers[name] as Handler<CallName>;
    if (spec.kind === 'read') return handler(parsed.data as never, context);
    const next = writes.then(() => handler(parsed.data as never, context));
    writes = next.catch(() => undefined);
    return next;
  }

  return {
    async dispatch(name, input) {
      try {
        return { ok: true, result: await run(name, input) };
      } catch (error) {
        return { ok: false, error: toWire(error) };
      }
    },
    async call(name, input) {
      return (await run(name, input)) as CallOutput<typeof name>;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async mediaFile(documentId) {
      const session = context.session;
      const stored = session ? getMediaPath(session.db, documentId)?.mediaPath : null;
      return session && stored ? mediaFileOf(session.path, stored) : null;
    },
    async close() {
      await writes;
      const session = context.session;
      context.session = null;
      await session?.close();
    },
  };
}
