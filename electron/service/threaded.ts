import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { CallName, CallOutput, EventName, EventPayloads } from '../../shared/contract';
import { BaliseError, toWireError, type WireResult } from '../../shared/errors';
import type { ServiceOptions } from './context';
import type { EventListener, MediaFile, Service } from './index';
import type { FromWorker, ToWorker } from './thread-protocol';

export interface ThreadedServiceOptions extends ServiceOptions {
  /** The bundled worker (dist/electron/service-worker.cjs), or the TypeScript source in tests. */
  workerFile: string;
  workerOptions?: WorkerOptions;
  /** Electron's better-sqlite3 binary, when the default one is built for Node. */
  nativeBinding?: string;
}

/**
 * The service in a worker thread, behind the same `Service` interface: transports do not know
 * the difference. If the worker dies, pending and later calls get a typed INTERNAL error.
 */
export function createThreadedService(options: ThreadedServiceOptions): Service {
  const { host, workerFile, workerOptions, nativeBinding, ...rest } = options;
  const worker = new Worker(workerFile, workerOptions);
  const pending = new Map<number, (result: WireResult) => void>();
  const pendingMedia = new Map<number, (file: MediaFile | null) => void>();
  const listeners = new Set<EventListener>();
  let nextId = 1;
  let dead: string | null = null;
  let onClosed: (() => void) | null = null;

  const send = (message: ToWorker): void => worker.postMessage(message);
  send({ type: 'init', options: rest, nativeDialogs: host.nativeDialogs, nativeBinding });

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'result':
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        return;
      case 'media':
        pendingMedia.get(message.id)?.(message.file);
        pendingMedia.delete(message.id);
        return;
      case 'event':
        for (const listener of listeners) listener(message.event as EventName, message.payload as EventPayloads[EventName]);
        return;
      case 'host':
        void (host[message.method] as (argument: string) => Promise<string | string[] | null>)(message.argument).then(
          (value) => send({ type: 'host-reply', id: message.id, value }),
          () => send({ type: 'host-reply', id: message.id, value: null }),
        );
        return;
      case 'closed':
        onClosed?.();
        return;
    }
  });

  const fail = (reason: string): void => {
    dead = reason;
    for (const resolve of pending.values()) resolve({ ok: false, error: toWireError('INTERNAL', { details: reason }) });
    pending.clear();
    for (const resolve of pendingMedia.values()) resolve(null);
    pendingMedia.clear();
    onClosed?.();
  };
  worker.on('error', (error) => {
    console.error('Balise service worker failed:', error);
    fail(error.message);
  });
  worker.on('exit', (code) => fail(`service arrêté (code ${code})`));

  function dispatch(name: string, input: unknown): Promise<WireResult> {
    if (dead) return Promise.resolve({ ok: false, error: toWireError('INTERNAL', { details: dead }) });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      send({ type: 'call', id, name, input });
    });
  }

  return {
    dispatch,
    async call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
      const reply = await dispatch(name, input);
      if (!reply.ok) throw new BaliseError(reply.error.code, reply.error.params);
      return reply.result as CallOutput<K>;
    },
    mediaFile(documentId) {
      if (dead) return Promise.resolve(null);
      const id = nextId++;
      return new Promise((resolve) => {
        pendingMedia.set(id, resolve);
        send({ type: 'media', id, documentId });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (!dead) {
        await new Promise<void>((resolve) => {
          onClosed = resolve;
          send({ type: 'close' });
        });
      }
      await worker.terminate();
    },
  };
}
