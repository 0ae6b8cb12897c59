import { describe, expect, it } from 'vitest';
import { BACKGROUND_COLOR, MIN_HEIGHT, MIN_WIDTH, mainWindowOptions, secureWebPreferences } from '../../../electron/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs', { width: 1200, height: 800, x: 10, y: 20 });

  it('pins every security flag of the renderer', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      safeDialogs: true,
    });
  });

  it('never enables a dangerous preference, whatever the placement', () => {
    for (const placement of [{ width: 10, height: 10 }, { width: 5000, height: 4000, x: -3000, y: 0 }]) {
      const prefs = mainWindowOptions('p', placement).webPreferences!;
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.webSecurity).toBe(true);
    }
    expect(secureWebPreferences('p')).toEqual(mainWindowOptions('p', { width: 1, height: 1 }).webPreferences);
  });

  it('opens hidden, titled Balise, with a background and a minimum size', () => {
    expect(options).toMatchObject({
      title: 'Balise',
      show: false,
      backgroundColor: BACKGROUND_COLOR,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      width: 1200,
      height: 800,
      x: 10,
      y: 20,
    });
    expect(options.center).toBeUndefined();
  });

  it('centres the window when no position is known, and never opens below the minimum size', () => {
    const centred = mainWindowOptions('p', { width: 300, height: 200 });
    expect(centred.center).toBe(true);
    expect(centred.x).toBeUndefined();
    expect(centred.width).toBe(MIN_WIDTH);
    expect(centred.height).toBe(MIN_HEIGHT);
  });
});
