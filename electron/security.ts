/**
 * Security defaults for every web page Balise creates, in one module (pinned by
 * tests/unit/electron/security.test.ts). The renderer may show only app://balise/: navigation,
 * redirects, new windows and <webview> are refused; web permissions are refused; an http(s) link
 * opens in the user's browser only after a native confirmation that shows the exact address.
 * Electron is imported for its types only: the wiring is tested with fake objects.
 */
import type { MessageBoxOptions } from 'electron';
import { translate, type Language } from '../shared/i18n';
import { APP_HOST, APP_SCHEME } from './protocol';

const MAX_EXTERNAL_URL_LENGTH = 2048;

/** True for a page of the app itself: app://balise/… (no credentials, no port, no other host). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
}

/**
 * The normalised address when `url` may be handed to the system browser: http or https only, a
 * real host, no user name or password (`https://bank.fr@evil.example/`), no control characters.
 * Internationalised host names come back in punycode, so the confirmation shows what is opened.
 */
export function safeExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return null;
  // As written, not as the lenient URL parser repairs it (`http:///x`, `https:\\host`).
  if (!/^https?:\/\/[^/\\]/i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  const host = parsed.hostname;
  if (!host || host.startsWith('.') || host.includes('..')) return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: string): boolean {
  return safeExternalUrl(url) !== null;
}

/** Only these web permissions, and only for the app's own page: presentation mode needs full screen, "copy" buttons need the clipboard. */
export const allowedPermissions: readonly string[] = ['fullscreen', 'clipboard-sanitized-write'];

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return allowedPermissions.includes(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

interface PreventableEvent {
  preventDefault(): void;
  url?: string;
}

/** The part of a Session this module configures. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

/** The part of a WebContents this module configures. */
export interface ContentsLike {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  readonly session: SessionLike;
}

export interface SecurityDeps {
  /** Current UI language, for the confirmation's strings. */
  language(): Language;
  /** A native message box, attached to the main window when there is one. */
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  openExternal(url: string): Promise<void>;
  /** Refusals are logged (without the page's data); tests record them. */
  warn(message: string): void;
}

/** Index of the "Open" button in the confirmation; "Cancel" is the default and the Escape answer. */
export const OPEN_BUTTON = 0;

export function externalLinkDialog(language: Language, url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: translate(language, 'dialog.externalTitle'),
    message: translate(language, 'dialog.externalMessage', { url }),
    buttons: [translate(language, 'dialog.externalOpen'), translate(language, 'dialog.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Asks, then opens a vetted http(s) address in the system browser. Resolves to whether it was opened. */
export async function openExternalAfterConfirmation(url: string, deps: SecurityDeps): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) {
    deps.warn(`Lien externe refusé (schéma ou adresse non autorisés) : ${url.slice(0, 80)}`);
    return false;
  }
  const { response } = await deps.showMessageBox(externalLinkDialog(deps.language(), safe));
  if (response !== OPEN_BUTTON) return false;
  await deps.openExternal(safe);
  return true;
}

/** Refuses every permission except the small allow-list above, for the app's own page. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}

export function hardenWebContents(contents: ContentsLike, deps: SecurityDeps): void {
  const openAfterConfirmation = (url: string): void => {
    void openExternalAfterConfirmation(url, deps).catch((error: unknown) => deps.warn(`Lien externe non ouvert : ${String(error)}`));
  };
  const guardNavigation = (kind: string) => (event: PreventableEvent, url?: string) => {
    const target = event.url ?? url ?? '';
    if (isAppUrl(target)) return;
    event.preventDefault();
    deps.warn(`${kind} bloquée : ${String(target).slice(0, 80)}`);
  };
  contents.on('will-navigate', (event, url) => {
    const target = event.url ?? url;
    guardNavigation('Navigation')(event, target);
    // A plain link to a web page (in a memo, a document): offer it to the browser, after confirmation.
    if (!isAppUrl(target) && isSafeExternalUrl(target)) openAfterConfirmation(target);
  });
  contents.on('will-frame-navigate', guardNavigation('Navigation de cadre'));
  contents.on('will-redirect', guardNavigation('Redirection'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.warn('<webview> refusé');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (!isAppUrl(url)) openAfterConfirmation(url);
    return { action: 'deny' };
  });
  hardenSession(contents.session);
}

/** The part of `app` used to harden every web contents as it is created. */
export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: ContentsLike) => void): unknown;
}

export function installSecurity(app: AppLike, deps: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
