/**
 * The native menu bar, in the UI language. Pure: it returns a template; main.ts builds it with
 * Menu.buildFromTemplate and rebuilds it when the language or the recent projects change.
 * Items the UI must handle (they need its dialogs and state) only raise a `menu:command` event.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';
import type { RecentProject } from '../shared/domain/project';
import { languages, translate, type Language, type MessageKey } from '../shared/i18n';
import type { Service } from './service';

export interface MenuHandlers {
  /** Sends `menu:command` to the window. */
  command(command: MenuCommand, path?: string): void;
  clearRecent(): void;
  setLanguage(language: Language): void;
  about(): void;
  guide(): void;
}

export interface MenuOptions {
  /** `process.platform`: macOS gets the application menu and keeps Quit there. */
  platform?: string;
  /** Without an open project, the project-only items are greyed out. */
  projectOpen?: boolean;
}

type Item = MenuItemConstructorOptions;

/** Each language named in its own words (literal keys, so the catalogue test sees them used). */
const languageLabels = { fr: 'language.fr', en: 'language.en' } as const satisfies Record<Language, MessageKey>;
const separator: Item = { type: 'separator' };

/** Windows and Linux read `&` as a mnemonic marker: a project called "R&D" must show as such. */
export function escapeMnemonic(label: string): string {
  return label.replace(/&/g, '&&');
}

/** Labels of the recent projects; the folder is added when two projects share a name. */
export function recentLabels(recent: readonly RecentProject[]): string[] {
  const counts = new Map<string, number>();
  for (const r of recent) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return recent.map((r) => escapeMnemonic((counts.get(r.name) ?? 0) > 1 ? `${r.name} — ${r.path}` : r.name));
}

function recentMenu(lang: Language, recent: readonly RecentProject[], handlers: MenuHandlers): Item[] {
  const labels = recentLabels(recent);
  const items: Item[] = recent.map((project, index) => ({
    label: labels[index],
    toolTip: project.path,
    enabled: project.exists,
    click: () => handlers.command('openRecent', project.path),
  }));
  if (items.length > 0) items.push(separator);
  items.push({ label: translate(lang, 'menu.file.clearRecent'), enabled: recent.length > 0, click: () => handlers.clearRecent() });
  return items;
}

function fileMenu(lang: Language, recent: readonly RecentProject[], handlers: MenuHandlers, mac: boolean, projectOpen: boolean): Item {
  const t = (key: MessageKey): string => translate(lang, key);
  const command = (name: MenuCommand) => () => handlers.command(name);
  const submenu: Item[] = [
    { id: 'new', label: t('menu.file.new'), accelerator: 'CmdOrCtrl+N', click: command('new') },
    { id: 'open', label: t('menu.file.open'), accelerator: 'CmdOrCtrl+O', click: command('open') },
    { id: 'openRecent', label: t('menu.file.openRecent'), submenu: recentMenu(lang, recent, handlers) },
    separator,
    { id: 'saveCopy', label: t('menu.file.saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', enabled: projectOpen, click: command('saveCopy') },
    separator,
    // CmdOrCtrl+I is kept for in-vivo coding, CmdOrCtrl+Shift+I is the developer tools' habit.
    { id: 'import', label: t('menu.file.import'), accelerator: 'CmdOrCtrl+Alt+I', enabled: projectOpen, click: command('import') },
    { id: 'export', label: t('menu.file.export'), enabled: projectOpen, click: command('export') },
    separator,
    { id: 'close', label: t('menu.file.close'), accelerator: 'CmdOrCtrl+Shift+W', enabled: projectOpen, click: command('close') },
  ];
  if (!mac) submenu.push(separator, { id: 'quit', label: t('menu.file.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' });
  return { id: 'file', label: t('menu.file'), submenu };
}

function editMenu(lang: Language, handlers: MenuHandlers): Item {
  const t = (key: MessageKey): string => translate(lang, key);
  return {
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      // Undo and redo act on Balise's action journal (codings, codebook…), so the UI decides.
      { id: 'undo', label: t('menu.edit.undo'), accelerator: 'CmdOrCtrl+Z', click: () => handlers.command('undo') },
      { id: 'redo', label: t('menu.edit.redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => handlers.command('redo') },
      separator,
      { id: 'cut', label: t('menu.edit.cut'), role: 'cut' },
      { id: 'copy', label: t('menu.edit.copy'), role: 'copy' },
      { id: 'paste', label: t('menu.edit.paste'), role: 'paste' },
      separator,
      { id: 'selectAll', label: t('menu.edit.selectAll'), role: 'selectAll' },
    ],
  };
}

function viewMenu(lang: Language, handlers: MenuHandlers): Item {
  const t = (key: MessageKey): string => translate(lang, key);
  return {
    id: 'view',
    label: t('menu.view'),
    submenu: [
      { id: 'zoomIn', label: t('menu.view.zoomIn'), role: 'zoomIn' },
      { id: 'zoomOut', label: t('menu.view.zoomOut'), role: 'zoomOut' },
      { id: 'resetZoom', label: t('menu.view.zoomReset'), role: 'resetZoom' },
      separator,
      { id: 'fullscreen', label: t('menu.view.fullscreen'), role: 'togglefullscreen' },
      { id: 'reload', label: t('menu.view.reload'), role: 'reload' },
      separator,
      {
        id: 'language',
        label: t('menu.view.language'),
        submenu: languages.map((code) => ({
          id: `language-${code}`,
          label: translate(lang, languageLabels[code]),
          type: 'radio' as const,
          checked: code === lang,
          click: () => handlers.setLanguage(code),
        })),
      },
    ],
  };
}

function helpMenu(lang: Language, handlers: MenuHandlers): Item {
  return {
    id: 'help',
    label: translate(lang, 'menu.help'),
    role: 'help',
    submenu: [
      { id: 'guide', label: translate(lang, 'menu.help.docs'), click: () => handlers.guide() },
      separator,
      { id: 'about', label: translate(lang, 'menu.help.about'), click: () => handlers.about() },
    ],
  };
}

function macAppMenu(lang: Language, handlers: MenuHandlers): Item {
  return {
    label: translate(lang, 'app.name'),
    submenu: [
      { label: translate(lang, 'menu.help.about'), click: () => handlers.about() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { label: translate(lang, 'menu.file.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' },
    ],
  };
}

export function buildMenuTemplate(lang: Language, recent: readonly RecentProject[], handlers: MenuHandlers, options: MenuOptions = {}): Item[] {
  const mac = (options.platform ?? process.platform) === 'darwin';
  const projectOpen = options.projectOpen ?? true;
  const template: Item[] = [
    fileMenu(lang, recent, handlers, mac, projectOpen),
    editMenu(lang, handlers),
    viewMenu(lang, handlers),
    helpMenu(lang, handlers),
  ];
  return mac ? [macAppMenu(lang, handlers), ...template] : template;
}

/** Calls from the page after which the menu (language, recent projects, project-only items) is rebuilt. */
export const menuAffectingCalls: ReadonlySet<string> = new Set(['app:setLanguage', 'projects:open', 'projects:forgetRecent']);

/** The service as the IPC transport sees it: a successful menu-affecting call also rebuilds the menu. */
export function withMenuRefresh(inner: Service, refresh: () => void): Service {
  return {
    ...inner,
    async dispatch(name, input) {
      const result = await inner.dispatch(name, input);
      if (result.ok && menuAffectingCalls.has(name)) refresh();
      return result;
    },
  };
}
