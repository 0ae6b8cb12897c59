import { describe, expect, it } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import {
  OPEN_BUTTON,
  hardenWebContents,
  installSecurity,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  safeExternalUrl,
  type ContentsLike,
  type SecurityDeps,
  type SessionLike,
} from '../../../electron/security';

describe('isAppUrl', () => {
  it('accepts only pages of app://balise/', () => {
    expect(isAppUrl('app://balise/index.html')).toBe(true);
    expect(isAppUrl('app://balise/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://balise')).toBe(true);
    for (const url of [
      'app://balise.evil.example/index.html',
      'app://evil/index.html',
      'app://balise@evil/index.html',
      'app://user:pw@balise/index.html',
      'https://balise/index.html',
      'file:///app/dist/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain http and https addresses', () => {
    expect(isSafeExternalUrl('https://www.economie.gouv.fr/ess')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/page?q=1#x')).toBe(true);
  });

  it('refuses other schemes, credentials, missing hosts and control characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'file://C:/Windows/System32/calc.exe',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox',
      'ftp://example.org/',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://balise/index.html',
      'https://bank.fr@evil.example/',
      'https://user:secret@example.org/',
      'https://',
      'http:///path',
      'https:\\\\evil.example/',
      'https://exa mple.org/',
      'https://example.org/\nSet-Cookie',
      `https://example.org/${'a'.repeat(3000)}`,
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('returns internationalised hosts in punycode, as the confirmation shows them', () => {
    expect(safeExternalUrl('https://exаmple.org/')).toBe('https://xn--exmple-4nf.org/');
  });
});

describe('permissions', () => {
  it('allows only full screen and clipboard writing, only to the app itself', () => {
    expect(isPermissionAllowed('fullscreen', 'app://balise/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://balise')).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midiSysex', 'hid', 'usb', 'serial']) {
      expect(isPermissionAllowed(permission, 'app://balise/index.html'), permission).toBe(false);
    }
  });
});

type Listener = (event: { preventDefault(): void; url?: string }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  let requestHandler: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
  let checkHandler: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
    session: {
      setPermissionRequestHandler(handler) {
        requestHandler = handler;
      },
      setPermissionCheckHandler(handler) {
        checkHandler = handler;
      },
    } satisfies SessionLike,
  } as ContentsLike;
  /** Emits a navigation-like event; returns whether it was prevented. */
  function emit(event: string, url: string, inEvent = true): boolean {
    let prevented = false;
    listeners.get(event)!({ preventDefault: () => (prevented = true), ...(inEvent ? { url } : {}) }, url);
    return prevented;
  }
  return {
    contents,
    emit,
    open: (url: string) => openHandler!({ url }),
    request: (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => requestHandler!(null, permission, resolve, { requestingUrl })),
    check: (permission: string, origin: string) => checkHandler!(null, permission, origin),
  };
}

function fakeDeps(answer: number) {
  const dialogs: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const warnings: string[] = [];
  const deps: SecurityDeps = {
    language: () => 'fr',
    showMessageBox: async (options) => {
      dialogs.push(options);
      return { response: answer };
    },
    openExternal: async (url) => {
      opened.push(url);
    },
    warn: (message) => warnings.push(message),
  };
  return { deps, dialogs, opened, warnings };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app, and lets the app navigate inside itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fakeDeps(1).deps);
    expect(fake.emit('will-navigate', 'app://balise/index.html')).toBe(false);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///etc/passwd', false)).toBe(true);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'app://balise/index.html')).toBe(false);
    expect(fake.emit('will-frame-navigate', 'data:text/html,x')).toBe(true);
    expect(fake.emit('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fakeDeps(OPEN_BUTTON).deps);
    for (const url of ['app://balise/index.html', 'https://example.org/', 'javascript:alert(1)', 'about:blank']) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('opens an http(s) link in the browser only after the user confirms, showing the address in French', async () => {
    const fake = fakeContents();
    const { deps, dialogs, opened } = fakeDeps(OPEN_BUTTON);
    hardenWebContents(fake.contents, deps);
    fake.open('https://www.economie.gouv.fr/ess');
    await settle();
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatchObject({
      title: 'Ouvrir un lien externe',
      buttons: ['Ouvrir', 'Annuler'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(dialogs[0]!.message).toContain('https://www.economie.gouv.fr/ess');
    expect(opened).toEqual(['https://www.economie.gouv.fr/ess']);
  });

  it('does not open the link when the user cancels', async () => {
    const fake = fakeContents();
    const { deps, dialogs, opened } = fakeDeps(1);
    hardenWebContents(fake.contents, deps);
    fake.open('https://example.org/');
    expect(fake.emit('will-navigate', 'https://example.org/other')).toBe(true);
    await settle();
    expect(dialogs).toHaveLength(2);
    expect(opened).toEqual([]);
  });

  it('refuses javascript:, file:, data: and other schemes without even asking', async () => {
    const fake = fakeContents();
    const { deps, dialogs, opened, warnings } = fakeDeps(OPEN_BUTTON);
    hardenWebContents(fake.contents, deps);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share', 'https://a:b@example.org/']) {
      fake.open(url);
      fake.emit('will-navigate', url);
    }
    await settle();
    expect(dialogs).toEqual([]);
    expect(opened).toEqual([]);
    expect(warnings.length).toBeGreaterThanOrEqual(5);
  });

  it('denies permission requests and checks', async () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fakeDeps(1).deps);
    expect(await fake.request('media', 'app://balise/index.html')).toBe(false);
    expect(await fake.request('geolocation', 'app://balise/index.html')).toBe(false);
    expect(await fake.request('fullscreen', 'https://evil.example/')).toBe(false);
    expect(await fake.request('fullscreen', 'app://balise/index.html')).toBe(true);
    expect(fake.check('notifications', 'app://balise')).toBe(false);
    expect(fake.check('clipboard-read', 'app://balise')).toBe(false);
  });

  it('is applied to every web contents the app creates', () => {
    let created: ((event: unknown, contents: ContentsLike) => void) | undefined;
    installSecurity({ on: (_event, listener) => (created = listener) }, fakeDeps(1).deps);
    const fake = fakeContents();
    created!({}, fake.contents);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
  });
});
