import { callNames } from '../../shared/contract';
import { toWireError } from '../../shared/errors';
import { channelFor } from '../../shared/ipc';
import type { Service } from '../service';

/** The part of Electron's `ipcMain` this transport uses (so a test can pass a recorder). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, input: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

/**
 * IPC transport: one `ipcMain.handle` per contract call, each sent to the shared dispatcher.
 * Messages from a frame that is not the app's own page are refused.
 */
export function registerIpcTransport(ipcMain: IpcMainLike, service: Service, isTrustedSender: (url: string) => boolean): () => void {
  for (const name of callNames) {
    ipcMain.handle(channelFor(name), (event, input) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return { ok: false, error: toWireError('UNSUPPORTED', { what: 'appel depuis une page externe' }) };
      return service.dispatch(name, input);
    });
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(channelFor(name));
  };
}
