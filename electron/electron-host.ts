/**
 * The service's Host in Electron: native open/save dialogs for project files, titled in the UI
 * language and filtered on *.balise. Electron's `dialog` is passed in (types only here), so the
 * path rules are unit-tested without Electron.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { documentExtensions, refiExtensions, tableExtensions } from '../shared/domain/import';
import { mediaExtensions } from '../shared/media/formats';
import { translate, type Language } from '../shared/i18n';
import type { Host } from './service/host';

export const PROJECT_EXTENSION = '.balise';

/** The save dialog does not add the extension on every system (GTK does not): add it. */
export function withBaliseExtension(file: string): string {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) ? file : `${file}${PROJECT_EXTENSION}`;
}

/** A name proposed by the page becomes a plain file name: no folders, no characters Windows refuses. */
export function safeFileName(name: string, fallback = 'Projet'): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return cleaned.length > 0 ? cleaned : fallback;
}

/**
 * The project a command line asks to open: the last argument ending in .balise that is not an
 * option, resolved against the caller's working directory (a second instance's argv is relative
 * to where it was started). Null when there is none.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    return path.resolve(cwd, arg);
  }
  return null;
}

/** Audio and video files a transcript can be linked to. */
export function mediaFilters(lang: Language): { name: string; extensions: string[] }[] {
  return [{ name: translate(lang, 'dialog.mediaFilter'), extensions: [...mediaExtensions] }];
}

/** Electron's dialog functions, already attached to the main window by the caller. */
export interface NativeDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface ElectronHostOptions {
  dialogs: NativeDialogs;
  language(): Language;
  /** Folder the save dialogs start in (~/Documents/Balise). */
  defaultFolder: string;
}

function filters(lang: Language): { name: string; extensions: string[] }[] {
  return [{ name: translate(lang, 'dialog.filterName'), extensions: ['balise'] }];
}

/** Everything the importers read; the filter's name is the list itself, the same in every language. */
export function importFilters(): { name: string; extensions: string[] }[] {
  const extensions = [...documentExtensions, ...tableExtensions, ...refiExtensions].map((ext) => ext.slice(1));
  return [{ name: extensions.map((ext) => `*.${ext}`).join(' '), extensions }];
}

export function createElectronHost({ dialogs, language, defaultFolder }: ElectronHostOptions): Host {
  async function save(titleKey: 'dialog.newProject' | 'dialog.saveCopy', suggestedName: string): Promise<string | null> {
    const lang = language();
    const result = await dialogs.showSaveDialog({
      title: translate(lang, titleKey),
      defaultPath: path.join(defaultFolder, withBaliseExtension(safeFileName(suggestedName))),
      filters: filters(lang),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    return withBaliseExtension(path.resolve(result.filePath));
  }

  return {
    nativeDialogs: true,
    chooseNewProjectPath: (suggestedName) => save('dialog.newProject', suggestedName),
    chooseCopyPath: (suggestedName) => save('dialog.saveCopy', suggestedName),
    async chooseProjectToOpen() {
      const lang = language();
      const result = await dialogs.showOpenDialog({
        title: translate(lang, 'dialog.openProject'),
        defaultPath: defaultFolder,
        filters: filters(lang),
        properties: ['openFile'],
      });
      const file = result.filePaths[0];
      return result.canceled || !file ? null : path.resolve(file);
    },
    async chooseImportFiles() {
      const result = await dialogs.showOpenDialog({
        title: translate(language(), 'menu.file.import'),
        filters: importFilters(),
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled ? [] : result.filePaths.map((file) => path.resolve(file));
    },
    async chooseMedia(folder) {
      const lang = language();
      const result = await dialogs.showOpenDialog({
        title: translate(lang, 'dialog.chooseMedia'),
        defaultPath: folder,
        filters: mediaFilters(lang),
        properties: ['openFile'],
      });
      const file = result.filePaths[0];
      return result.canceled || !file ? null : path.resolve(file);
    },
  };
}
