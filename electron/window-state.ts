/**
 * Window position and size, remembered between sessions (AppSettings.window). A saved position
 * is used only if the window would still be reachable on one of today's screens: a laptop
 * unplugged from its second monitor must not open Balise off-screen.
 */
import type { Rectangle } from 'electron';
import { AppSettings, type WindowState } from './service/app-settings';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH } from './window-options';

export type { WindowState };

/** How much of the window (its top strip, where the title bar is) must lie on one screen. */
const MIN_VISIBLE_WIDTH = 120;
const TITLE_BAR_HEIGHT = 40;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

function usable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Fits a saved state to the current screens' work areas. Keeps the position only when the title
 * bar is visible on some screen; otherwise the window is centred (no x/y). Sizes are clamped to
 * the chosen screen, and never below the minimum size.
 */
export function fitToDisplays(state: WindowState | undefined, workAreas: readonly Rectangle[]): WindowState {
  const areas = workAreas.filter((a) => a.width > 0 && a.height > 0);
  const largest = areas.reduce<Rectangle | undefined>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), undefined);
  const width = usable(state?.width) ? state.width : DEFAULT_WIDTH;
  const height = usable(state?.height) ? state.height : DEFAULT_HEIGHT;
  const maximized = state?.maximized === true;

  let home: Rectangle | undefined;
  if (state && usable(state.x) && usable(state.y)) {
    const { x, y } = state;
    home = areas.find(
      (a) => overlap(x, x + width, a.x, a.x + a.width) >= Math.min(MIN_VISIBLE_WIDTH, width) && y >= a.y && y <= a.y + a.height - TITLE_BAR_HEIGHT,
    );
  }
  const area = home ?? largest;
  const fitted: WindowState = {
    width: Math.round(Math.max(MIN_WIDTH, area ? Math.min(width, area.width) : width)),
    height: Math.round(Math.max(MIN_HEIGHT, area ? Math.min(height, area.height) : height)),
    maximized,
  };
  if (home && state && usable(state.x) && usable(state.y)) {
    // Pull the window back inside the screen if it hung over an edge.
    fitted.x = Math.round(Math.min(Math.max(state.x, home.x), home.x + home.width - Math.min(fitted.width, home.width)));
    fitted.y = Math.round(Math.min(Math.max(state.y, home.y), home.y + home.height - Math.min(fitted.height, home.height)));
  }
  return fitted;
}

/** The part of BrowserWindow the tracker uses (a test passes a fake). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  getNormalBounds(): Rectangle;
}

export interface WindowStateTracker {
  /** Saves the current state now (before quitting, when 'close' may not fire). */
  flush(): void;
  dispose(): void;
}

export const SAVE_DELAY_MS = 500;

/** Saves the window's state on close, and after it stops moving or resizing (debounced). */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void, delayMs = SAVE_DELAY_MS): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | undefined;
  let disposed = false;

  function capture(): WindowState | null {
    if (window.isDestroyed() || window.isMinimized()) return null;
    // Normal bounds: the size to come back to when un-maximizing next time.
    const bounds = window.getNormalBounds();
    return {
      x: bounds.x,
      y: bounds.y,
      width: Math.max(MIN_WIDTH, bounds.width),
      height: Math.max(MIN_HEIGHT, bounds.height),
      maximized: window.isMaximized() || window.isFullScreen(),
    };
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (disposed) return;
    const state = capture();
    if (!state) return;
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    try {
      save(state);
    } catch (error) {
      console.warn('Window state not saved:', error);
    }
  }

  function later(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  }

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', flush);

  return {
    flush,
    dispose() {
      if (timer) clearTimeout(timer);
      disposed = true;
    },
  };
}

export interface WindowStore {
  load(): WindowState | undefined;
  save(state: WindowState): void;
}

/**
 * Window state kept in the application settings file. The service holds its own AppSettings;
 * reading the file afresh before each write keeps what it saved since (language, recent projects).
 */
export function settingsWindowStore(dataDir: string): WindowStore {
  return {
    load: () => new AppSettings(dataDir).window,
    save: (state) => {
      new AppSettings(dataDir).window = state;
    },
  };
}
