/**
 * The only bridge between the sandboxed page and the main process. It exposes exactly the API
 * contract, one function per call (`window.balise.api.projects.create(input)`), and a way to
 * listen to the contract's events. Nothing else: no ipcRenderer, no Node.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames, eventNames, splitCallName, type EventName } from '../shared/contract';
import type { Bridge } from '../shared/bridge';
import type { WireResult } from '../shared/errors';
import { EVENT_CHANNEL, channelFor, type EventMessage } from '../shared/ipc';

const api: Bridge['api'] = {};
for (const name of callNames) {
  const [domain, verb] = splitCallName(name);
  api[domain] ??= {};
  api[domain][verb] = (input: unknown) => ipcRenderer.invoke(channelFor(name), input) as Promise<WireResult>;
}

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
  const relay = (_event: IpcRendererEvent, message: EventMessage): void => {
    if (message.event === event) listener(message.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  };
}

const bridge = { api, on };
contextBridge.exposeInMainWorld('balise', bridge satisfies Bridge);
