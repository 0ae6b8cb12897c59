import { describe, expect, it } from 'vitest';
import { registerIpcTransport, type IpcMainLike } from '../../../electron/transports/ipc';
import { callNames } from '../../../shared/contract';
import { channelFor } from '../../../shared/ipc';
import { testService } from '../support/temp';

type Listener = Parameters<IpcMainLike['handle']>[1];

function recorder() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const trusted = (url: string) => url.startsWith('app://balise/');

describe('IPC transport', () => {
  it('registers exactly one channel per contract call, each reaching the dispatcher', async () => {
    const { service } = testService();
    const { ipcMain, handlers } = recorder();
    const unregister = registerIpcTransport(ipcMain, service, trusted);
    expect([...handlers.keys()].sort()).toEqual(callNames.map(channelFor).sort());
    for (const name of callNames) {
      const reply = await handlers.get(channelFor(name))!({ senderFrame: { url: 'app://balise/index.html' } }, { __inconnu: 1 });
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const info = await handlers.get(channelFor('app:info'))!({ senderFrame: { url: 'app://balise/index.html' } }, {});
    expect(info).toMatchObject({ ok: true, result: { project: null } });
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { service } = testService();
    const { ipcMain, handlers } = recorder();
    registerIpcTransport(ipcMain, service, trusted);
    for (const url of ['https://example.org/', 'file:///etc/passwd', '']) {
      const reply = await handlers.get(channelFor('app:info'))!({ senderFrame: { url } }, {});
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    }
  });
});
