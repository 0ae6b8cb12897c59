/**
 * The renderer's Content-Security-Policy, the same in Electron (app:// protocol headers), in the
 * browser transport (HTTP headers) and in `renderer/index.html` (meta tag; a test checks they agree).
 * No remote origin, no inline script, no eval.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Recordings beside transcripts: /media/<id> in the browser, balise-media:// in Electron.
  "media-src 'self' balise-media:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');
