import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppSettings } from '../../../electron/service/app-settings';
import type { Rectangle } from 'electron';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH } from '../../../electron/window-options';
import { fitToDisplays, settingsWindowStore, trackWindowState, type TrackedWindow, type WindowState } from '../../../electron/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitToDisplays', () => {
  it('uses defaults, centred, when nothing was saved', () => {
    expect(fitToDisplays(undefined, [monitorRight])).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false });
  });

  it('keeps a saved position that is on a screen', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(fitToDisplays(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('drops the position of a window left on a monitor that is gone', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    const fitted = fitToDisplays(saved, [laptop]);
    expect(fitted.x).toBeUndefined();
    expect(fitted.y).toBeUndefined();
    expect(fitted.width).toBe(1400);
    expect(fitted.height).toBe(875);
  });

  it('drops a position whose title bar is above or below every screen', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop]).x).toBeUndefined();
    expect(fitToDisplays({ x: 100, y: 860, width: 1000, height: 700, maximized: false }, [laptop]).x).toBeUndefined();
  });

  it('pulls back a window that hangs over an edge and shrinks it to the screen', () => {
    const fitted = fitToDisplays({ x: 1000, y: 50, width: 1000, height: 2000, maximized: false }, [laptop]);
    expect(fitted).toEqual({ x: 440, y: 0, width: 1000, height: 875, maximized: false });
  });

  it('never goes below the minimum size, even on a tiny screen or with absurd values', () => {
    const tiny = fitToDisplays({ width: 400, height: 300, maximized: false }, [{ x: 0, y: 0, width: 640, height: 480 }]);
    expect(tiny.width).toBe(MIN_WIDTH);
    expect(tiny.height).toBe(MIN_HEIGHT);
    const nan = fitToDisplays({ x: Number.NaN, y: 0, width: Number.POSITIVE_INFINITY, height: 900, maximized: false }, [laptop]);
    expect(nan.x).toBeUndefined();
    expect(Number.isFinite(nan.width)).toBe(true);
  });

  it('works with no display information at all', () => {
    expect(fitToDisplays({ x: 5, y: 5, width: 1000, height: 700, maximized: false }, [])).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

class FakeWindow implements TrackedWindow {
  listeners = new Map<string, (() => void)[]>();
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  minimized = false;
  destroyed = false;
  on(event: string, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  isDestroyed = () => this.destroyed;
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
  isFullScreen = () => false;
  getNormalBounds = () => this.bounds;
}

describe('trackWindowState', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once after moves and resizes stop (debounced), and at close', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window, (state) => saved.push(state), 500);
    for (let i = 0; i < 20; i += 1) {
      window.bounds = { ...window.bounds, x: 10 + i };
      window.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ x: 29, y: 20, width: 1000, height: 700, maximized: false }]);
    window.maximized = true;
    window.emit('close');
    expect(saved.at(-1)).toEqual({ x: 29, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('does not save a minimised or destroyed window, nor the same state twice', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    const tracker = trackWindowState(window, save);
    window.minimized = true;
    tracker.flush();
    expect(save).not.toHaveBeenCalled();
    window.minimized = false;
    tracker.flush();
    tracker.flush();
    expect(save).toHaveBeenCalledTimes(1);
    tracker.dispose();
    window.bounds = { ...window.bounds, width: 1200 };
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('settingsWindowStore', () => {
  it('keeps the window state in the settings file without undoing what the service saved meanwhile', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-window-'));
    try {
      const store = settingsWindowStore(dir);
      expect(store.load()).toBeUndefined();
      const service = new AppSettings(dir);
      service.language = 'en';
      service.touchRecent('/data/StESS.balise', 'StESS');
      const state: WindowState = { x: 5, y: 6, width: 1000, height: 700, maximized: true };
      store.save(state);
      const reread = new AppSettings(dir);
      expect(reread.window).toEqual(state);
      expect(reread.language).toBe('en');
      expect(reread.recent().map((r) => r.name)).toEqual(['StESS']);
      expect(store.load()).toEqual(state);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
