import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createElectronHost, importFilters, projectPathFromArgv, safeFileName, withBaliseExtension, type NativeDialogs } from '../../../electron/electron-host';

function recordingDialogs(save: { canceled: boolean; filePath?: string }, open: { canceled: boolean; filePaths: string[] }) {
  const seen: { save: SaveDialogOptions[]; open: OpenDialogOptions[] } = { save: [], open: [] };
  const dialogs: NativeDialogs = {
    showSaveDialog: async (options) => {
      seen.save.push(options);
      return save;
    },
    showOpenDialog: async (options) => {
      seen.open.push(options);
      return open;
    },
  };
  return { dialogs, seen };
}

const folder = path.resolve('/home/ana/Documents/Balise');

describe('Electron host', () => {
  it('says it has native dialogs', () => {
    const { dialogs } = recordingDialogs({ canceled: true }, { canceled: true, filePaths: [] });
    expect(createElectronHost({ dialogs, language: () => 'fr', defaultFolder: folder }).nativeDialogs).toBe(true);
  });

  it('asks where to create a project, in French, filtered on .balise, and adds the extension', async () => {
    const { dialogs, seen } = recordingDialogs({ canceled: false, filePath: '/home/ana/Terrain 2026' }, { canceled: true, filePaths: [] });
    const host = createElectronHost({ dialogs, language: () => 'fr', defaultFolder: folder });
    expect(await host.chooseNewProjectPath('Terrain 2026')).toBe(path.resolve('/home/ana/Terrain 2026.balise'));
    expect(seen.save[0]).toMatchObject({
      title: 'Créer un projet Balise',
      defaultPath: path.join(folder, 'Terrain 2026.balise'),
      filters: [{ name: 'Projets Balise', extensions: ['balise'] }],
    });
    expect(seen.save[0]!.properties).toContain('showOverwriteConfirmation');
  });

  it('keeps a name the page proposes inside the default folder', async () => {
    const { dialogs, seen } = recordingDialogs({ canceled: true }, { canceled: true, filePaths: [] });
    const host = createElectronHost({ dialogs, language: () => 'en', defaultFolder: folder });
    expect(await host.chooseCopyPath('../../etc/passwd')).toBeNull();
    expect(path.dirname(seen.save[0]!.defaultPath!)).toBe(folder);
    expect(seen.save[0]!.title).toBe('Save a copy of the project');
  });

  it('opens a project chosen in the dialog, or nothing when cancelled', async () => {
    const chosen = recordingDialogs({ canceled: true }, { canceled: false, filePaths: ['/data/StESS.balise'] });
    const host = createElectronHost({ dialogs: chosen.dialogs, language: () => 'fr', defaultFolder: folder });
    expect(await host.chooseProjectToOpen()).toBe(path.resolve('/data/StESS.balise'));
    expect(chosen.seen.open[0]).toMatchObject({ title: 'Ouvrir un projet Balise', properties: ['openFile'] });
    const cancelled = recordingDialogs({ canceled: true }, { canceled: true, filePaths: [] });
    expect(await createElectronHost({ dialogs: cancelled.dialogs, language: () => 'fr', defaultFolder: folder }).chooseProjectToOpen()).toBeNull();
  });
});

describe('import dialog', () => {
  it('lets several documents, tables and REFI-QDA files be chosen at once, and returns none when cancelled', async () => {
    const chosen = recordingDialogs({ canceled: true }, { canceled: false, filePaths: ['/data/a.docx', '/data/b.csv'] });
    const host = createElectronHost({ dialogs: chosen.dialogs, language: () => 'fr', defaultFolder: folder });
    expect(await host.chooseImportFiles()).toEqual([path.resolve('/data/a.docx'), path.resolve('/data/b.csv')]);
    const options = chosen.seen.open[0]!;
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters![0]!.extensions).toEqual(expect.arrayContaining(['docx', 'odt', 'pdf', 'txt', 'vtt', 'srt', 'csv', 'xlsx', 'qdpx', 'qdc']));
    expect(importFilters()[0]!.extensions.every((ext) => !ext.startsWith('.'))).toBe(true);
    const cancelled = recordingDialogs({ canceled: true }, { canceled: true, filePaths: ['/ignored'] });
    expect(await createElectronHost({ dialogs: cancelled.dialogs, language: () => 'fr', defaultFolder: folder }).chooseImportFiles()).toEqual([]);
  });

  it('chooses one recording, from the project folder, among audio and video files', async () => {
    const chosen = recordingDialogs({ canceled: true }, { canceled: false, filePaths: ['/terrain/e01.mp3'] });
    const host = createElectronHost({ dialogs: chosen.dialogs, language: () => 'fr', defaultFolder: folder });
    expect(await host.chooseMedia('/terrain')).toBe(path.resolve('/terrain/e01.mp3'));
    const options = chosen.seen.open[0]!;
    expect(options).toMatchObject({ title: 'Associer un enregistrement', defaultPath: '/terrain', properties: ['openFile'] });
    expect(options.filters).toEqual([{ name: 'Enregistrements audio et vidéo', extensions: expect.arrayContaining(['mp3', 'wav', 'm4a', 'mp4', 'mov']) }]);
    const cancelled = recordingDialogs({ canceled: true }, { canceled: true, filePaths: [] });
    expect(await createElectronHost({ dialogs: cancelled.dialogs, language: () => 'fr', defaultFolder: folder }).chooseMedia('/terrain')).toBeNull();
  });
});

describe('project paths', () => {
  it('adds .balise only when missing (any case)', () => {
    expect(withBaliseExtension('/a/Projet')).toBe('/a/Projet.balise');
    expect(withBaliseExtension('/a/Projet.balise')).toBe('/a/Projet.balise');
    expect(withBaliseExtension('/a/Projet.BALISE')).toBe('/a/Projet.BALISE');
  });

  it('turns proposed names into plain file names', () => {
    expect(safeFileName('Terrain : ESS / 2026')).toBe('Terrain - ESS - 2026');
    expect(safeFileName('  ..  ')).toBe('Projet');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });

  it('finds the project given on a command line, relative to the caller’s folder', () => {
    const cwd = path.resolve('/home/ana');
    expect(projectPathFromArgv(['/opt/Balise/balise', 'Terrain.balise'], cwd)).toBe(path.join(cwd, 'Terrain.balise'));
    expect(projectPathFromArgv(['/opt/Balise/balise', '--flag', '/data/A.BALISE'], cwd)).toBe(path.resolve('/data/A.BALISE'));
    expect(projectPathFromArgv(['electron', '.', '--inspect'], cwd)).toBeNull();
    expect(projectPathFromArgv(['/opt/Balise/balise.balise'], cwd)).toBeNull();
    expect(projectPathFromArgv(['balise', '--x=y.balise'], cwd)).toBeNull();
  });
});
