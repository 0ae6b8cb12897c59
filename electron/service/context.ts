import type { CallName, CallOutput, EventName, EventPayloads, ParsedInput } from '../../shared/contract';
import { BaliseError } from '../../shared/errors';
import type { AppSettings } from './app-settings';
import type { ExportJob } from './export-job';
import type { Host } from './host';
import type { ProjectSession } from './project-session';

export interface ServiceOptions {
  /** Application data: settings, recent projects, automatic backups, the demo project. */
  dataDir: string;
  appVersion: string;
  host: Host;
  /** Folder proposed for new projects when the host has no native dialogs. */
  defaultProjectFolder: string;
}

/** What a handler sees: options, settings, the open project (if any), and a way to push events. */
export interface ServiceContext {
  readonly options: ServiceOptions;
  readonly settings: AppSettings;
  session: ProjectSession | null;
  /** The import batch in progress, if any: `imports:cancel` sets `cancelled`. */
  importBatch: { cancelled: boolean } | null;
  /** The export in progress, if any: `exports:cancel` stops it at its next step. */
  exportJob: ExportJob | null;
  /** Files the researcher chose in the native import dialog: the only ones the page may have read. */
  chosenFiles: Set<string>;
  requireProject(): ProjectSession;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  context: ServiceContext,
) => CallOutput<K> | Promise<CallOutput<K>>;

export type Handlers<K extends CallName> = { [P in K]: Handler<P> };

export function noProject(): never {
  throw new BaliseError('NO_PROJECT');
}
