import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpTransport, type RunningHttpTransport } from '../../../electron/transports/http';
import { testService } from '../support/temp';
import { makeWav } from '../support/wav';

let running: RunningHttpTransport | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function get(transport: RunningHttpTransport, pathname: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = new URL(transport.origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A project with a timed transcript linked to a generated WAV beside it, served over HTTP. */
async function served() {
  const { service, folder } = testService();
  await service.call('projects:create', { path: path.join(folder, 'terrain.balise'), template: 'vide' });
  const text = '[00:00:00] Enquêtrice : Bonjour.\n\n[00:00:01] Conseillère : Bonjour.\n';
  const outcome = await service.call('imports:upload', { fileName: 'entretien.txt', data: Buffer.from(text).toString('base64') });
  const id = outcome.documentId!;
  const wav = makeWav(2);
  const file = path.join(folder, 'entretien.wav');
  fs.writeFileSync(file, wav);
  await service.call('documents:linkMedia', { id, path: file });
  running = await startHttpTransport({ service, staticDir: null });
  return { service, transport: running, id, wav, file };
}

describe('recordings over the loopback HTTP transport', () => {
  it('needs the token, and refuses other origins', async () => {
    const { transport, id } = await served();
    expect((await get(transport, `/media/${id}`)).status).toBe(401);
    expect((await get(transport, `/media/${id}?jeton=faux`)).status).toBe(401);
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`, { Host: 'evil.example' })).status).toBe(421);
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`, {}, 'POST')).status).toBe(405);
  });

  it('serves the whole file with its content type, and exact byte ranges for seeking', async () => {
    const { transport, id, wav } = await served();
    const whole = await get(transport, `/media/${id}?jeton=${transport.token}`);
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(wav.length));
    expect(whole.headers['x-content-type-options']).toBe('nosniff');
    expect(whole.body.equals(wav)).toBe(true);

    const part = await get(transport, `/media/${id}?jeton=${transport.token}`, { Range: 'bytes=44-1043' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 44-1043/${wav.length}`);
    expect(part.headers['content-length']).toBe('1000');
    expect(part.body.equals(wav.subarray(44, 1044))).toBe(true);

    const tail = await get(transport, `/media/${id}?jeton=${transport.token}`, { Range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(wav.subarray(wav.length - 10))).toBe(true);

    const open = await get(transport, `/media/${id}?jeton=${transport.token}`, { Range: `bytes=${wav.length - 5}-` });
    expect(open.body.equals(wav.subarray(wav.length - 5))).toBe(true);

    const head = await get(transport, `/media/${id}?jeton=${transport.token}`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers 416 to a range outside the file', async () => {
    const { transport, id, wav } = await served();
    for (const range of [`bytes=${wav.length}-`, 'bytes=500-100', 'bytes=x-y']) {
      const res = await get(transport, `/media/${id}?jeton=${transport.token}`, { Range: range });
      expect(res.status, range).toBe(416);
      expect(res.headers['content-range'], range).toBe(`bytes */${wav.length}`);
    }
  });

  it('answers 404 for a document without a recording, an unknown one, and a recording gone missing', async () => {
    const { service, transport, id, file } = await served();
    expect((await get(transport, `/media/9999?jeton=${transport.token}`)).status).toBe(404);
    fs.renameSync(file, `${file}.déplacé`);
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`)).status).toBe(404);
    fs.renameSync(`${file}.déplacé`, file);
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`)).status).toBe(200);
    await service.call('documents:unlinkMedia', { id });
    expect((await get(transport, `/media/${id}?jeton=${transport.token}`)).status).toBe(404);
  });
});
