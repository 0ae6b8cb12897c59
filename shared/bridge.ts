import type { EventName } from './contract';
import type { WireResult } from './errors';

/**
 * What the Electron preload puts on `window.balise`: one function per contract call, grouped by
 * domain (`api.projects.create`), each resolving to a `WireResult`, and `on` for events.
 */
export interface Bridge {
  api: Record<string, Record<string, (input: unknown) => Promise<WireResult>>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
