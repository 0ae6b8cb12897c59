/**
 * Electron entry: one instance, one window, the service (in a worker thread) behind the IPC
 * transport. The window shows only app://balise/ (the built renderer, served with the CSP);
 * every web contents is hardened by security.ts; the service is closed (pending writes finished,
 * project file checkpointed) before the process exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell, type MessageBoxOptions } from 'electron';
import type { EventName, EventPayloads, MenuCommand } from '../shared/contract';
import { BaliseError } from '../shared/errors';
import { translate, type Language } from '../shared/i18n';
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipc';
import { createElectronHost, projectPathFromArgv } from './electron-host';
import { mediaSchemePrivileges, registerMediaProtocol } from './media-protocol';
import { buildMenuTemplate, withMenuRefresh, type MenuHandlers } from './menu';
import { appVersion, defaultProjectFolder } from './paths';
import { APP_INDEX_URL, appSchemePrivileges, registerAppProtocol } from './protocol';
import { installSecurity, isAppUrl } from './security';
import type { Service } from './service';
import { createThreadedService } from './service/threaded';
import { registerIpcTransport } from './transports/ipc';
import { mainWindowOptions } from './window-options';
import { fitToDisplays, settingsWindowStore, trackWindowState, type WindowStateTracker } from './window-state';

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const SERVICE_WORKER = path.join(__dirname, 'service-worker.cjs');

/**
 * In development the project's better-sqlite3 is built for Node (tests, CLI, browser mode);
 * `npm start` prepares an Electron-ABI copy under native/ (build/electron-native.mjs). Packaged
 * builds are rebuilt for Electron by electron-builder and use the default binary.
 */
function sqliteBindingForDevelopment(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(app.getAppPath(), 'native', `electron-${process.versions.electron}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}
/** Longest wait for the service to finish its writes when quitting. */
const CLOSE_TIMEOUT_MS = 15_000;

let mainWindow: BrowserWindow | null = null;
let tracker: WindowStateTracker | null = null;
let service: Service | null = null;
let unregisterIpc: (() => void) | null = null;
let language: Language = 'fr';
let pendingProject: string | null = projectPathFromArgv(process.argv, process.cwd());

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function send<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  const message: EventMessage = { event, payload };
  liveWindow()?.webContents.send(EVENT_CHANNEL, message);
}

function messageBox(options: MessageBoxOptions): Promise<{ response: number }> {
  const window = liveWindow();
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

function errorText(error: unknown): string {
  if (error instanceof BaliseError) return error.toWire().message[language];
  return error instanceof Error ? error.message : String(error);
}

function createWindow(dataDir: string): BrowserWindow {
  const store = settingsWindowStore(dataDir);
  const placement = fitToDisplays(store.load(), screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow(mainWindowOptions(PRELOAD, placement));
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  const windowTracker = trackWindowState(window, store.save);
  tracker = windowTracker;
  window.on('closed', () => {
    windowTracker.dispose();
    if (mainWindow === window) {
      mainWindow = null;
      tracker = null;
    }
  });
  window.webContents.on('render-process-gone', (_event, details) => console.error('Renderer gone:', details.reason));
  void window.loadURL(APP_INDEX_URL);
  mainWindow = window;
  return window;
}

function showWindow(): BrowserWindow {
  const window = liveWindow() ?? createWindow(app.getPath('userData'));
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
}

async function refreshMenu(): Promise<void> {
  if (!service) return;
  try {
    const [info, recent] = await Promise.all([service.call('app:info', {}), service.call('projects:recent', {})]);
    language = info.language;
    const template = buildMenuTemplate(language, recent, menuHandlers, { platform: process.platform, projectOpen: info.project !== null });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  } catch (error) {
    console.error('Menu not rebuilt:', error);
  }
}

/** Opens a project given by the system (command line, second instance, Finder); the UI follows 'project:changed'. */
async function openProject(file: string): Promise<void> {
  if (!service) {
    pendingProject = file;
    return;
  }
  try {
    await service.call('projects:open', { path: file });
  } catch (error) {
    await messageBox({ type: 'error', title: translate(language, 'dialog.openProject'), message: errorText(error) });
  }
  await refreshMenu();
}

/** The user guide shipped next to the app (extraResources), opened by the system viewer. */
async function openGuide(): Promise<void> {
  const candidates = [path.join(process.resourcesPath, 'README.md'), path.join(app.getAppPath(), 'README.md')];
  const guide = candidates.find((file) => fs.existsSync(file));
  const failure = guide ? await shell.openPath(guide) : 'README.md';
  if (failure) console.warn('User guide not opened:', failure);
}

const menuHandlers: MenuHandlers = {
  command(command: MenuCommand, file?: string) {
    showWindow();
    send('menu:command', file === undefined ? { command } : { command, path: file });
  },
  clearRecent() {
    const current = service;
    if (!current) return;
    void (async () => {
      for (const recent of await current.call('projects:recent', {})) await current.call('projects:forgetRecent', { path: recent.path });
      await refreshMenu();
    })().catch((error: unknown) => console.error('Recent list not cleared:', error));
  },
  setLanguage(next: Language) {
    const current = service;
    if (!current) return;
    void current
      .call('app:setLanguage', { language: next })
      .then(async () => {
        await refreshMenu();
        // The page reads the language at start: reload it (the project stays open in the service).
        liveWindow()?.webContents.reload();
      })
      .catch((error: unknown) => console.error('Language not changed:', error));
  },
  about() {
    void messageBox({
      type: 'info',
      title: translate(language, 'menu.help.about'),
      message: translate(language, 'app.name'),
      detail: translate(language, 'menu.help.aboutDetail', { version: appVersion }),
      buttons: ['OK'],
    });
  },
  guide() {
    void openGuide();
  },
};

function documentsFolder(): string {
  try {
    return path.join(app.getPath('documents'), 'Balise');
  } catch {
    return defaultProjectFolder();
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const projectFolder = documentsFolder();
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.mkdirSync(projectFolder, { recursive: true });
  } catch (error) {
    console.warn('Project folder not created:', error);
  }
  registerAppProtocol(protocol, RENDERER_ROOT);
  const host = createElectronHost({
    language: () => language,
    defaultFolder: projectFolder,
    dialogs: {
      showSaveDialog: (options) => {
        const window = liveWindow();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const window = liveWindow();
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
      },
    },
  });
  // SQLite runs in a worker thread: a long import or query never freezes the window or the menus.
  const running = createThreadedService({
    dataDir,
    appVersion,
    host,
    defaultProjectFolder: projectFolder,
    workerFile: SERVICE_WORKER,
    nativeBinding: sqliteBindingForDevelopment(),
  });
  service = running;
  registerMediaProtocol(protocol, (documentId) => running.mediaFile(documentId));
  running.onEvent((event, payload) => {
    send(event, payload);
    if (event === 'project:changed') void refreshMenu();
  });
  unregisterIpc = registerIpcTransport(ipcMain, withMenuRefresh(running, () => void refreshMenu()), isAppUrl);
  await refreshMenu();
  // A project given at launch is opened before the page loads: the page finds it in app:info.
  if (pendingProject) {
    const file = pendingProject;
    pendingProject = null;
    await openProject(file);
  }
  // A second instance or the Finder may already have asked for the window.
  if (!liveWindow()) createWindow(dataDir);
}

async function shutdown(): Promise<void> {
  tracker?.flush();
  unregisterIpc?.();
  unregisterIpc = null;
  const closing = service?.close() ?? Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error('Service did not close in time; quitting anyway.');
      resolve();
    }, CLOSE_TIMEOUT_MS);
  });
  try {
    await Promise.race([closing, timeout]);
  } catch (error) {
    console.error('Service close failed:', error);
  } finally {
    clearTimeout(timer);
  }
}

function main(): void {
  if (process.env.BALISE_DATA_DIR) app.setPath('userData', path.resolve(process.env.BALISE_DATA_DIR));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Before 'ready': the scheme's privileges, and the sandbox for every renderer.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges, mediaSchemePrivileges]);
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('fr.balise.app');

  installSecurity(app, {
    language: () => language,
    showMessageBox: (options) => messageBox(options),
    openExternal: (url) => shell.openExternal(url),
    warn: (message) => console.warn(message),
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    const file = projectPathFromArgv(argv, workingDirectory);
    if (file) void openProject(file);
  });
  // macOS: a .balise double-clicked in the Finder (possibly before 'ready').
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (!service) {
      pendingProject = file;
      return;
    }
    showWindow();
    void openProject(file);
  });
  app.on('activate', () => {
    if (service && !liveWindow()) createWindow(app.getPath('userData'));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closing = false;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void shutdown().finally(() => {
      closed = true;
      app.exit(0);
    });
  });

  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox(translate(language, 'app.name'), errorText(error));
    app.exit(1);
  });
}

main();
