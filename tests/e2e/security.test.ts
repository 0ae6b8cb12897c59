import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { startApp, type RunningApp } from './support/app';
import { WelcomePage } from './support/pages';

describe('browser mode security', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    await new WelcomePage(app.page).waitUntilShown();
  });
  afterAll(async () => {
    await app?.close();
  });

  const call = (name: string, headers: Record<string, string>) =>
    fetch(`${app.origin}/api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

  it('refuses API calls without the token, or with a wrong one, and answers with it', async () => {
    expect((await call('app:info', {})).status).toBe(401);
    expect((await call('app:info', { Authorization: 'Bearer pas-le-bon-jeton' })).status).toBe(401);
    expect((await fetch(`${app.origin}/api/events`)).status).toBe(401);
    const ok = await call('app:info', { Authorization: `Bearer ${app.token}` });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses a call from another origin even with the token', async () => {
    expect((await call('app:info', { Authorization: `Bearer ${app.token}`, Origin: 'https://exemple.org' })).status).toBe(403);
  });

  it('serves the page with the CSP header, and the page drops the token from its address', async () => {
    const response = await fetch(`${app.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const page = await app.newPage();
    await new WelcomePage(page).waitUntilShown();
    expect(page.url()).toBe(`${app.origin}/`);
    // Reloading keeps working: the token stays in the tab's sessionStorage, not in the address.
    const navigation = await page.reload();
    expect((await navigation?.allHeaders())?.['content-security-policy']).toBe(contentSecurityPolicy);
    await new WelcomePage(page).waitUntilShown();
  });

  it('the CSP blocks inline scripts injected into the page', async () => {
    const ran = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injecte = true';
      document.body.append(script);
      return (window as unknown as { __injecte?: boolean }).__injecte === true;
    });
    expect(ran).toBe(false);
  });
});
