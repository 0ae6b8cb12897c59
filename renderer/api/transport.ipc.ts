import type { Bridge } from '../../shared/bridge';
import { splitCallName } from '../../shared/contract';
import type { Transport } from './transport';

/** Electron: the preload's `window.balise` bridge. */
export function ipcTransport(bridge: Bridge): Transport {
  return {
    invoke(name, input) {
      const [domain, verb] = splitCallName(name);
      const call = bridge.api[domain]?.[verb];
      if (!call) return Promise.reject(new Error(`Call not exposed by the preload: ${name}`));
      return call(input);
    },
    on: (event, listener) => bridge.on(event, listener),
    // Served by the main process's balise-media:// protocol (electron/media-protocol.ts).
    mediaUrl: (documentId, version) => `balise-media://document/${documentId}?v=${encodeURIComponent(version)}`,
  };
}
