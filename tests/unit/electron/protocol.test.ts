import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/csp';
import { APP_INDEX_URL, appResponse, appSchemePrivileges, mimeType, registerAppProtocol, resolveAppPath } from '../../../electron/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Balise</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => appResponse(root, { url, method });

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme usable by fetch', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(APP_INDEX_URL).toBe('app://balise/index.html');
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(resolveAppPath(root, 'app://balise/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://balise/assets/index.js?v=1#x')).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveAppPath(root, 'app://balise/assets/caf%C3%A9.js')).toBe(path.join(root, 'assets', 'café.js'));
    for (const url of [
      'app://balise/../secret.txt',
      'app://balise/%2e%2e/secret.txt',
      'app://balise/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://balise/..%5csecret.txt',
      'app://balise/%00index.html',
      'app://balise/%E0%A4%A',
      'app://other/index.html',
      'app://user@balise/index.html',
      'https://balise/index.html',
      'not a url',
    ]) {
      // The URL parser already folds plain `..` segments; what remains must stay inside the root.
      const resolved = resolveAppPath(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppPath(root, 'app://balise/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://balise/..%5csecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  });

  it('serves files with the CSP and nosniff headers', async () => {
    const response = await get('app://balise/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Balise</title>');
    const script = await get('app://balise/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses traversal (403), missing files (404) and writes (405), still with the CSP', async () => {
    const traversal = await get('app://balise/assets/%2e%2e%2f%2e%2e%2fsecret.txt');
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');
    for (const url of ['app://balise/../secret.txt', 'app://balise/%2e%2e/secret.txt']) {
      const folded = await get(url);
      expect(folded.status, url).not.toBe(200);
    }
    expect((await get('app://balise/missing.js')).status).toBe(404);
    expect((await get('app://balise/assets/')).status).toBe(404);
    const post = await get('app://balise/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://balise/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows the renderer’s file types and falls back to octet-stream', () => {
    expect(mimeType('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeType('font.woff2')).toBe('font/woff2');
    expect(mimeType('x.exe')).toBe('application/octet-stream');
  });

  it('registers its handler on the app scheme', async () => {
    let registered: { scheme: string; handler: (request: Request) => Response | Promise<Response> } | undefined;
    registerAppProtocol({ handle: (scheme, handler) => (registered = { scheme, handler }) }, root);
    expect(registered?.scheme).toBe('app');
    const response = await registered!.handler(new Request('https://example.org/'));
    expect(response.status).toBe(403);
  });
});
