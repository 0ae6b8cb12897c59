import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { root } from './support/app';

/** The meta tag of renderer/index.html and the headers sent by Electron and the web server must agree. */
function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
}

describe('Content-Security-Policy of the renderer page', () => {
  it('renderer/index.html carries exactly the policy of shared/csp.ts', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(contentSecurityPolicy);
  });

  it('index.html has no inline script or style, and is French', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<title>Balise<\/title>/);
    expect(html).not.toMatch(/<style|style=/i);
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(script).toMatch(/\ssrc="/);
      expect(script.replace(/<script\b[^>]*>|<\/script>/gi, '').trim()).toBe('');
    }
  });

  it('the built page keeps the same policy when a build exists', () => {
    const built = path.join(root, 'dist/renderer/index.html');
    if (!fs.existsSync(built)) return;
    const html = fs.readFileSync(built, 'utf8');
    expect(metaPolicy(html)).toBe(contentSecurityPolicy);
    expect(html).not.toMatch(/<script\b(?![^>]*\ssrc=)[^>]*>/i);
  });
});
