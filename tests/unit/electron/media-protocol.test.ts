import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEDIA_SCHEME, mediaDocumentId, mediaResponse, mediaSchemePrivileges, registerMediaProtocol } from '../../../electron/media-protocol';
import { contentSecurityPolicy } from '../../../shared/csp';
import { makeWav } from '../../integration/support/wav';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-media-protocol-'));
const wav = makeWav(1);
const file = path.join(folder, 'entretien.wav');
fs.writeFileSync(file, wav);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const files = async (id: number) => (id === 7 ? { path: file, type: 'audio/wav' } : id === 8 ? { path: path.join(folder, 'absent.wav'), type: 'audio/wav' } : null);
const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers: new Headers(headers) });

describe('balise-media:// protocol', () => {
  it('is a standard, secure, streamed scheme that does not bypass the CSP, and the CSP lets media come from it', () => {
    expect(mediaSchemePrivileges).toEqual({ scheme: 'balise-media', privileges: { standard: true, secure: true, stream: true } });
    expect(contentSecurityPolicy).toContain(`media-src 'self' ${MEDIA_SCHEME}:`);
  });

  it('names a document by id, and nothing else', () => {
    expect(mediaDocumentId('balise-media://document/12')).toBe(12);
    expect(mediaDocumentId('balise-media://document/12?v=3')).toBe(12);
    for (const url of ['balise-media://document/', 'balise-media://document/1/2', 'balise-media://autre/1', 'app://balise/1', 'balise-media://u:p@document/1', 'balise-media://document/..%2f1', 'nope']) {
      expect(mediaDocumentId(url), url).toBeNull();
    }
  });

  it('serves the whole recording, or the exact bytes of a range', async () => {
    const whole = await mediaResponse(request('balise-media://document/7'), files);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await whole.arrayBuffer()).equals(wav)).toBe(true);

    const part = await mediaResponse(request('balise-media://document/7', { Range: 'bytes=100-199' }), files);
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${wav.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(wav.subarray(100, 200))).toBe(true);

    const head = await mediaResponse(request('balise-media://document/7', {}, 'HEAD'), files);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(wav.length));
  });

  it('answers 416 outside the file, 404 without a recording, 405 to other methods', async () => {
    const outside = await mediaResponse(request('balise-media://document/7', { Range: `bytes=${wav.length}-` }), files);
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${wav.length}`);
    expect((await mediaResponse(request('balise-media://document/8'), files)).status).toBe(404);
    expect((await mediaResponse(request('balise-media://document/9'), files)).status).toBe(404);
    expect((await mediaResponse(request('balise-media://autre/7'), files)).status).toBe(404);
    expect((await mediaResponse(request('balise-media://document/7', {}, 'POST'), files)).status).toBe(405);
  });

  it('registers its handler on the scheme', async () => {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    registerMediaProtocol({ handle: (scheme, handler) => handlers.set(scheme, handler) }, files);
    const response = await handlers.get('balise-media')!(new Request('balise-media://document/7', { headers: { Range: 'bytes=0-3' } }));
    expect(Buffer.from(await response.arrayBuffer()).toString('ascii')).toBe('RIFF');
  });
});
