import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpTransport, type RunningHttpTransport } from '../../../electron/transports/http';
import { callNames } from '../../../shared/contract';
import { contentSecurityPolicy } from '../../../shared/csp';
import { tempDir, testService } from '../support/temp';

let running: RunningHttpTransport | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(maxBodyBytes?: number) {
  const { service, folder } = testService();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Balise</title>');
  running = await startHttpTransport({ service, staticDir, maxBodyBytes });
  return { service, folder, transport: running };
}

/** Raw request, so Host and Origin can be forged as an attacker's page or a rebinding DNS would. */
function request(
  transport: RunningHttpTransport,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(transport.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiHeaders(transport: RunningHttpTransport, extra: Record<string, string> = {}) {
  return { 'Content-Type': 'application/json', Authorization: `Bearer ${transport.token}`, Origin: transport.origin, ...extra };
}

describe('loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only and puts the token in the fragment of the printed address', async () => {
    const { transport } = await start();
    expect(transport.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(transport.url).toBe(`${transport.origin}/#jeton=${transport.token}`);
    expect(transport.token.length).toBeGreaterThanOrEqual(32);
  });

  it('wires every contract call to the dispatcher and its validation', async () => {
    const { transport } = await start();
    for (const name of callNames) {
      const res = await request(transport, {
        method: 'POST',
        path: `/api/call/${name}`,
        headers: apiHeaders(transport),
        body: JSON.stringify({ __champInconnu: true }),
      });
      expect(res.status, name).toBe(200);
      expect(JSON.parse(res.body), name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('runs calls end to end', async () => {
    const { transport, folder } = await start();
    const file = path.join(folder, 'web.balise');
    const res = await request(transport, {
      method: 'POST',
      path: '/api/call/projects:create',
      headers: apiHeaders(transport),
      body: JSON.stringify({ path: file, template: 'stess' }),
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { path: file, codes: 15 } });
  });

  it('refuses requests without the token, from another origin or host, or too large', async () => {
    const { transport } = await start(1024);
    const call = (headers: Record<string, string>, body = '{}') =>
      request(transport, { method: 'POST', path: '/api/call/app:info', headers, body });
    expect((await call({ 'Content-Type': 'application/json', Origin: transport.origin })).status).toBe(401);
    expect((await call(apiHeaders(transport, { Authorization: 'Bearer faux' }))).status).toBe(401);
    expect((await call(apiHeaders(transport, { Origin: 'http://evil.example' }))).status).toBe(403);
    expect((await call(apiHeaders(transport, { Host: 'evil.example:80' }))).status).toBe(421);
    expect((await call(apiHeaders(transport, { 'Content-Type': 'text/plain' }))).status).toBe(415);
    expect((await call(apiHeaders(transport), JSON.stringify({ x: 'a'.repeat(5000) }))).status).toBe(413);
    expect((await call(apiHeaders(transport))).status).toBe(200);
    const malformed = await call(apiHeaders(transport), '{pas du json');
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the UI with the CSP and without leaving its folder', async () => {
    const { transport } = await start();
    const page = await request(transport, { path: '/', headers: { Host: new URL(transport.origin).host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const escape = await request(transport, { path: '/..%2f..%2fpackage.json' });
    expect(escape.status).toBe(404);
    expect((await request(transport, { path: '/index.html', headers: { Host: 'rebind.example' } })).status).toBe(421);
  });

  it('pushes events to an authenticated event stream only', async () => {
    const { transport, service, folder } = await start();
    expect((await request(transport, { path: '/api/events?jeton=faux' })).status).toBe(401);
    const url = new URL(transport.origin);
    const received = new Promise<string>((resolve) => {
      http.get({ host: url.hostname, port: url.port, path: `/api/events?jeton=${transport.token}` }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: project:changed')) {
            resolve(text);
            res.destroy();
          }
        });
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    await service.call('projects:create', { path: path.join(folder, 'evt.balise'), template: 'vide' });
    expect(await received).toContain('"name":"evt"');
  });
});
