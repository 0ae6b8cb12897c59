import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../../shared/domain/project';
import { buildMenuTemplate, escapeMnemonic, recentLabels, withMenuRefresh, type MenuHandlers } from '../../../electron/menu';
import type { Service } from '../../../electron/service';

type Item = MenuItemConstructorOptions;

function handlers(): MenuHandlers & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    command: (command, path) => calls.push(path === undefined ? ['command', command] : ['command', command, path]),
    clearRecent: () => calls.push(['clearRecent']),
    setLanguage: (language) => calls.push(['setLanguage', language]),
    about: () => calls.push(['about']),
    guide: () => calls.push(['guide']),
  };
}

const recent: RecentProject[] = [
  { path: '/home/ana/StESS.balise', name: 'StESS', lastOpenedAt: '2026-01-02T10:00:00Z', exists: true },
  { path: '/home/ana/Ancien.balise', name: 'Ancien', lastOpenedAt: '2026-01-01T10:00:00Z', exists: false },
];

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const labels = (items: Item[]): (string | undefined)[] => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const byId = (items: Item[], id: string): Item => items.find((i) => i.id === id)!;
const click = (item: Item): void => (item.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it('has exactly Fichier, Édition, Affichage, Aide in French', () => {
    expect(labels(buildMenuTemplate('fr', recent, handlers(), { platform: 'linux' }))).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('lists the Fichier items of the issue, in order, with their shortcuts', () => {
    const file = submenu(buildMenuTemplate('fr', recent, handlers(), { platform: 'win32' })[0]);
    expect(labels(file)).toEqual([
      'Nouveau projet',
      'Ouvrir…',
      'Ouvrir récent',
      'Enregistrer une copie…',
      'Importer…',
      'Exporter…',
      'Fermer le projet',
      'Quitter',
    ]);
    expect(Object.fromEntries(file.filter((i) => i.accelerator).map((i) => [i.id, i.accelerator]))).toEqual({
      new: 'CmdOrCtrl+N',
      open: 'CmdOrCtrl+O',
      saveCopy: 'CmdOrCtrl+Shift+S',
      import: 'CmdOrCtrl+Alt+I',
      close: 'CmdOrCtrl+Shift+W',
      quit: 'CmdOrCtrl+Q',
    });
    expect(byId(file, 'quit').role).toBe('quit');
  });

  it('uses English labels when the language is English', () => {
    const template = buildMenuTemplate('en', recent, handlers(), { platform: 'linux' });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template[0]))).toEqual(['New project', 'Open…', 'Open recent', 'Save a copy…', 'Import…', 'Export…', 'Close project', 'Quit']);
  });

  it('sends menu commands for the items the UI handles', () => {
    const h = handlers();
    const [file, edit] = buildMenuTemplate('fr', recent, h, { platform: 'linux' });
    for (const id of ['new', 'open', 'saveCopy', 'import', 'export', 'close']) click(byId(submenu(file), id));
    for (const id of ['undo', 'redo']) click(byId(submenu(edit), id));
    expect(h.calls).toEqual(['new', 'open', 'saveCopy', 'import', 'export', 'close', 'undo', 'redo'].map((c) => ['command', c]));
  });

  it('lists recent projects (missing ones greyed out) and a way to clear the list', () => {
    const h = handlers();
    const open = submenu(byId(submenu(buildMenuTemplate('fr', recent, h, { platform: 'linux' })[0]), 'openRecent'));
    expect(labels(open)).toEqual(['StESS', 'Ancien', 'Effacer la liste']);
    expect(open[1]!.enabled).toBe(false);
    click(open[0]!);
    click(open.at(-1)!);
    expect(h.calls).toEqual([['command', 'openRecent', '/home/ana/StESS.balise'], ['clearRecent']]);
    const empty = submenu(byId(submenu(buildMenuTemplate('fr', [], h, { platform: 'linux' })[0]), 'openRecent'));
    expect(empty).toHaveLength(1);
    expect(empty[0]!.enabled).toBe(false);
  });

  it('uses roles with French labels for the clipboard, zoom and full screen', () => {
    const [, edit, view] = buildMenuTemplate('fr', recent, handlers(), { platform: 'linux' });
    expect(labels(submenu(edit))).toEqual(['Annuler', 'Rétablir', 'Couper', 'Copier', 'Coller', 'Tout sélectionner']);
    expect(submenu(edit).filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(view).filter((i) => i.role).map((i) => i.role)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'reload']);
    expect(JSON.stringify(buildMenuTemplate('fr', recent, handlers(), { platform: 'linux' }))).not.toContain('toggleDevTools');
  });

  it('offers the language as radio items that call the service', () => {
    const h = handlers();
    const view = buildMenuTemplate('fr', recent, h, { platform: 'linux' })[2];
    const language = submenu(byId(submenu(view), 'language'));
    expect(language.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Français', 'radio', true],
      ['English', 'radio', false],
    ]);
    click(language[1]!);
    expect(h.calls).toEqual([['setLanguage', 'en']]);
  });

  it('has À propos and the user guide in Aide', () => {
    const h = handlers();
    const help = submenu(buildMenuTemplate('fr', recent, h, { platform: 'linux' })[3]);
    expect(labels(help)).toEqual(['Guide d’utilisation', 'À propos de Balise']);
    help.filter((i) => i.click).forEach(click);
    expect(h.calls).toEqual([['guide'], ['about']]);
  });

  it('greys out project-only items when no project is open', () => {
    const file = submenu(buildMenuTemplate('fr', recent, handlers(), { platform: 'linux', projectOpen: false })[0]);
    expect(['saveCopy', 'import', 'export', 'close'].map((id) => byId(file, id).enabled)).toEqual([false, false, false, false]);
    expect(['new', 'open'].map((id) => byId(file, id).enabled)).toEqual([undefined, undefined]);
  });

  it('adds the application menu on macOS and moves Quit there', () => {
    const template = buildMenuTemplate('fr', recent, handlers(), { platform: 'darwin' });
    expect(labels(template)).toEqual(['Balise', 'Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(submenu(template[1]))).not.toContain('Quitter');
    expect(submenu(template[0]).some((i) => i.role === 'quit')).toBe(true);
  });
});

describe('recent labels', () => {
  it('escapes & (mnemonic marker) and tells apart projects with the same name', () => {
    expect(escapeMnemonic('R&D')).toBe('R&&D');
    const same = [
      { ...recent[0]!, name: 'Terrain' },
      { ...recent[0]!, name: 'Terrain', path: '/b/Terrain.balise' },
    ];
    expect(recentLabels(same)).toEqual(['Terrain — /home/ana/StESS.balise', 'Terrain — /b/Terrain.balise']);
  });
});

describe('withMenuRefresh', () => {
  it('rebuilds the menu after a successful language or recent-list change from the page, not after other calls', async () => {
    const results: Record<string, boolean> = { 'app:setLanguage': true, 'projects:forgetRecent': true, 'projects:open': false, 'documents:list': true };
    const inner = {
      dispatch: async (name: string) => (results[name] ? { ok: true as const, result: name } : { ok: false as const, error: {} as never }),
      call: async () => undefined,
      onEvent: () => () => undefined,
      close: async () => undefined,
    } as unknown as Service;
    let refreshed = 0;
    const wrapped = withMenuRefresh(inner, () => (refreshed += 1));
    expect(await wrapped.dispatch('app:setLanguage', { language: 'en' })).toEqual({ ok: true, result: 'app:setLanguage' });
    await wrapped.dispatch('projects:forgetRecent', { path: '/a.balise' });
    await wrapped.dispatch('projects:open', { path: '/missing.balise' });
    await wrapped.dispatch('documents:list', {});
    expect(refreshed).toBe(2);
    expect(wrapped.close).toBe(inner.close);
  });
});
