/**
 * The one place where the main window's options are decided, security flags first. Pure (Electron
 * is imported for its types only) so that a unit test pins every flag: weakening one must fail a
 * test, not slip through review.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 820;
/** Painted before the page: the UI's light background, so the window never flashes white/black. */
export const BACKGROUND_COLOR = '#f6f8f8';

/** Where and how big the window opens (already fitted to the screens, see window-state.ts). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Security-relevant web preferences: the renderer is a sandboxed web page that only sees the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click opens links without a 'click' event; links are vetted by security.ts anyway.
    disableBlinkFeatures: 'Auxclick',
    // The corpus is French prose: the system spell checker helps when transcripts are corrected.
    spellcheck: true,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string, placement: WindowPlacement): BrowserWindowConstructorOptions {
  const options: BrowserWindowConstructorOptions = {
    title: 'Balise',
    width: Math.max(MIN_WIDTH, Math.round(placement.width)),
    height: Math.max(MIN_HEIGHT, Math.round(placement.height)),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    backgroundColor: BACKGROUND_COLOR,
    // Shown on 'ready-to-show', once the first frame is painted.
    show: false,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
  if (placement.x !== undefined && placement.y !== undefined) {
    options.x = Math.round(placement.x);
    options.y = Math.round(placement.y);
  } else {
    options.center = true;
  }
  return options;
}
