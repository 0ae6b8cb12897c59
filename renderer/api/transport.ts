import type { CallName, EventName } from '../../shared/contract';
import type { WireResult } from '../../shared/errors';

/** How the client reaches the service. Two implementations: IPC (Electron) and HTTP (browser). */
export interface Transport {
  invoke(name: CallName, input: unknown): Promise<WireResult>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * Where the page's <audio>/<video> reads a document's linked recording (by id: the page never
   * knows its path). `version` changes with each link, so the browser's media cache never plays
   * the previous file.
   */
  mediaUrl(documentId: number, version: string): string;
}
