import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { contract, DEFAULT_MAX_BYTES, isCallName } from '../../shared/contract';
import { contentSecurityPolicy } from '../../shared/csp';
import { toWireError } from '../../shared/errors';
import { parseRange, rangeHeaders } from '../../shared/media/range';
import type { Service } from '../service';

/**
 * Loopback HTTP transport for `npm run web` and the end-to-end tests: bound to 127.0.0.1 only,
 * a per-run secret token on every API request, Host and Origin checked (DNS rebinding, other
 * sites), bodies capped. Calls go to the same dispatcher as IPC: `POST /api/call/<name>`.
 */
export interface HttpTransportOptions {
  service: Service;
  /** Built renderer to serve (dist/renderer), or null for API only. */
  staticDir: string | null;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHttpTransport {
  origin: string;
  /** Address to open: the token travels in the fragment, which browsers never send to servers. */
  url: string;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body; the rest is drained and dropped while the 413 is sent.
        req.off('data', onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpTransport(options: HttpTransportOptions): Promise<RunningHttpTransport> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BYTES;
  const sockets = new Set<http.ServerResponse>();
  let allowedHosts: string[] = [];
  let origin = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'Erreur interne'));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'Hôte refusé');
    const url = new URL(req.url ?? '/', origin);
    const media = /^\/media\/(\d{1,15})$/.exec(url.pathname);
    if (media) {
      // <audio src> cannot send headers: the token comes in `?jeton=`, as for the event stream.
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && !allowedHosts.some((h) => requestOrigin === `http://${h}`)) return send(res, 403, 'Origine refusée');
      if (!sameSecret(url.searchParams.get('jeton') ?? '', token)) return send(res, 401, 'Jeton manquant ou invalide');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Méthode refusée');
      return serveMedia(Number(media[1]), req, res);
    }
    if (url.pathname.startsWith('/api/')) {
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && !allowedHosts.some((h) => requestOrigin === `http://${h}`)) {
        return send(res, 403, 'Origine refusée');
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!sameSecret(url.searchParams.get('jeton') ?? '', token)) return send(res, 401, 'Jeton manquant ou invalide');
        return openEventStream(res);
      }
      const auth = req.headers.authorization ?? '';
      if (!sameSecret(auth.replace(/^Bearer /, ''), token)) return send(res, 401, 'Jeton manquant ou invalide');
      const match = /^\/api\/call\/([\w-]+:[\w-]+)$/.exec(url.pathname);
      if (!match || req.method !== 'POST') return send(res, 404, 'Appel introuvable');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON attendu');
      const name = match[1]!;
      const body = await readBody(req, isCallName(name) ? (contract[name].maxBytes ?? limit) : limit);
      if (body === null) {
        res.setHeader('Connection', 'close');
        return send(res, 413, 'Requête trop volumineuse');
      }
      let input: unknown;
      try {
        input = body.length > 0 ? JSON.parse(body) : {};
      } catch {
        const error = toWireError('INVALID_INPUT', { details: 'JSON illisible' });
        return send(res, 200, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
      }
      const result = await options.service.dispatch(name, input);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Méthode refusée');
    return serveStatic(url.pathname, res);
  }

  /** A document's recording, whole or the byte range asked for (players seek with ranges). */
  async function serveMedia(documentId: number, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const file = await options.service.mediaFile(documentId);
    let size: number;
    try {
      if (!file) throw new Error('no recording');
      size = (await fs.promises.stat(file.path)).size;
    } catch {
      return send(res, 404, 'Enregistrement introuvable');
    }
    const range = parseRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Range': `bytes */${size}` });
      res.end('Plage demandée hors du fichier');
      return;
    }
    res.writeHead(range ? 206 : 200, { ...securityHeaders, 'Content-Type': file!.type, ...rangeHeaders(range, size) });
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    const stream = fs.createReadStream(file!.path, range ?? {});
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connecté\n\n');
    sockets.add(res);
    res.on('close', () => sockets.delete(res));
  }

  const unsubscribe = options.service.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sockets) res.write(frame);
  });

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!options.staticDir) return send(res, 404, 'Introuvable');
    const root = path.resolve(options.staticDir);
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'Introuvable');
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { ...securityHeaders, 'Content-Type': type });
    fs.createReadStream(file).pipe(res);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: `${origin}/#jeton=${token}`,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const res of sockets) res.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
