/**
 * Worker-thread entry: owns the service and its SQLite connection, so long queries and imports
 * never block the Electron main process or the browser-mode server. Host requests (native
 * dialogs) go back to the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { EventName } from '../../shared/contract';
import { useNativeBinding } from '../db/open';
import type { Host } from './host';
import { createService, type Service } from './index';
import type { FromWorker, HostMethod, ToWorker } from './thread-protocol';

const port = parentPort;
if (!port) throw new Error('service worker started outside a worker thread');

let service: Service | undefined;
let nextHostId = 1;
const pendingHost = new Map<number, (value: string | string[] | null) => void>();

function post(message: FromWorker): void {
  port!.postMessage(message);
}

function askHost(method: HostMethod, argument = ''): Promise<string | string[] | null> {
  const id = nextHostId++;
  return new Promise((resolve) => {
    pendingHost.set(id, resolve);
    post({ type: 'host', id, method, argument });
  });
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'init': {
      useNativeBinding(message.nativeBinding);
      const host: Host = {
        nativeDialogs: message.nativeDialogs,
        chooseNewProjectPath: async (name) => (await askHost('chooseNewProjectPath', name)) as string | null,
        chooseProjectToOpen: async () => (await askHost('chooseProjectToOpen')) as string | null,
        chooseCopyPath: async (name) => (await askHost('chooseCopyPath', name)) as string | null,
        chooseImportFiles: async () => ((await askHost('chooseImportFiles')) as string[] | null) ?? [],
        chooseMedia: async (folder) => (await askHost('chooseMedia', folder)) as string | null,
      };
      service = createService({ ...message.options, host });
      service.onEvent((event: EventName, payload) => post({ type: 'event', event, payload }));
      return;
    }
    case 'call':
      void service!.dispatch(message.name, message.input).then((result) => post({ type: 'result', id: message.id, result }));
      return;
    case 'media':
      void service!.mediaFile(message.documentId).then(
        (file) => post({ type: 'media', id: message.id, file }),
        () => post({ type: 'media', id: message.id, file: null }),
      );
      return;
    case 'host-reply':
      pendingHost.get(message.id)?.(message.value);
      pendingHost.delete(message.id);
      return;
    case 'close':
      void (service?.close() ?? Promise.resolve()).finally(() => post({ type: 'closed' }));
      return;
  }
});
