import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/service/host';
import type { Service } from '../../../electron/service';
import { createThreadedService } from '../../../electron/service/threaded';
import { tempDir } from '../support/temp';

const workerFile = path.resolve(__dirname, '../support/ts-worker.cjs');
const entry = path.resolve(__dirname, '../../../electron/service/worker.ts');
let service: Service | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function start(host: Partial<Host> = {}): { service: Service; folder: string } {
  const folder = tempDir();
  service = createThreadedService({
    dataDir: tempDir(),
    appVersion: 'test',
    defaultProjectFolder: folder,
    host: { nativeDialogs: true, chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => null, chooseCopyPath: async () => null, chooseImportFiles: async () => [], chooseMedia: async () => null, ...host },
    workerFile,
    workerOptions: { workerData: { entry } },
  });
  return { service, folder };
}

describe('service in a worker thread', () => {
  it('answers the same calls, with the same typed errors, and forwards events', async () => {
    const { service, folder } = start();
    const events: string[] = [];
    service.onEvent((event) => events.push(event));
    const file = path.join(folder, 'fil.balise');
    expect(await service.call('projects:create', { path: file, template: 'stess' })).toMatchObject({ codes: 15 });
    expect(await service.dispatch('projects:create', { path: 'relatif', template: 'stess' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await expect(service.call('documents:get', { id: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(events).toEqual(['project:changed']);
    await service.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('asks the main thread for native dialogs', async () => {
    const { service, folder } = start({ chooseNewProjectPath: async (name) => path.join(folder, `${name}.balise`) });
    expect(await service.call('app:info', {})).toMatchObject({ nativeDialogs: true });
    expect(await service.call('dialogs:chooseNewProjectPath', { suggestedName: 'Enquête' })).toEqual({
      path: path.join(folder, 'Enquête.balise'),
    });
  });

  it('chooses a recording in the native dialog, and tells the transports which file to serve', async () => {
    const { service, folder } = start({ chooseMedia: async (start) => path.join(start, 'entretien.wav') });
    await service.call('projects:create', { path: path.join(folder, 'fil.balise'), template: 'vide' });
    const text = Buffer.from('[00:00:01] Enquêtrice : Bonjour.\n\n[00:00:02] Conseillère : Bonjour.\n').toString('base64');
    const id = (await service.call('imports:upload', { fileName: 'entretien.txt', data: text })).documentId!;
    const { path: chosen } = await service.call('dialogs:chooseMedia', { documentId: id });
    expect(chosen).toBe(path.join(folder, 'entretien.wav'));
    fs.writeFileSync(chosen!, Buffer.alloc(16));
    expect(await service.mediaFile(id)).toBeNull();
    await service.call('documents:linkMedia', { id, path: chosen! });
    expect(await service.mediaFile(id)).toEqual({ path: chosen, type: 'audio/wav' });
    expect(await service.mediaFile(id + 1)).toBeNull();
  });
});
