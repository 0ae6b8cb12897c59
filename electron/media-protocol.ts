/**
 * The `balise-media://document/<id>` protocol: the recording linked to a document, for the
 * window's <audio>/<video> element, with byte ranges (players seek with them). The page never
 * learns the file's path: it names the document, and the service says which file that is.
 * Registered as privileged (`stream: true`) before the app is ready; Electron's `protocol` is
 * passed in, so the answers are unit-tested without Electron.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { parseRange, rangeHeaders, type ByteRange } from '../shared/media/range';
import type { ProtocolLike } from './protocol';
import type { MediaFile } from './service/media';

export const MEDIA_SCHEME = 'balise-media';
export const MEDIA_HOST = 'document';

/** Standard and secure (so the CSP can name it), streamed (media elements read it bit by bit). */
export const mediaSchemePrivileges: CustomScheme = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, stream: true },
};

const headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The document a balise-media:// URL names, or null when the URL is not one of ours. */
export function mediaDocumentId(requestUrl: string): number | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.host !== MEDIA_HOST || url.username || url.password) return null;
  const match = /^\/(\d{1,15})$/.exec(url.pathname);
  return match ? Number(match[1]) : null;
}

export interface MediaRequest {
  url: string;
  method: string;
  headers: { get(name: string): string | null };
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

function fileStream(file: string, range: ByteRange | null): ReadableStream<Uint8Array> {
  return Readable.toWeb(fs.createReadStream(file, range ?? {})) as ReadableStream<Uint8Array>;
}

/** Answers one request: the recording (200, or 206 for a range), 416 for a range outside it, 404 when there is none. */
export async function mediaResponse(request: MediaRequest, mediaFile: (documentId: number) => Promise<MediaFile | null>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const id = mediaDocumentId(request.url);
  if (id === null) return plain(404, 'Not found');
  const file = await mediaFile(id);
  let size: number;
  try {
    if (!file) return plain(404, 'Not found');
    size = (await fs.promises.stat(file.path)).size;
  } catch {
    return plain(404, 'Not found');
  }
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') return plain(416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
  const body = request.method === 'HEAD' || size === 0 ? null : fileStream(file.path, range);
  return new Response(body, { status: range ? 206 : 200, headers: { ...headers, 'Content-Type': file.type, ...rangeHeaders(range, size) } });
}

/** Serves balise-media:// (call once the app is ready and the service runs). */
export function registerMediaProtocol(protocol: ProtocolLike, mediaFile: (documentId: number) => Promise<MediaFile | null>): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(request, mediaFile));
}
