import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Balise keeps its settings and backups when not run by Electron (browser mode, CLI). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BALISE_DATA_DIR) return path.resolve(env.BALISE_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Balise');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Balise');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'balise');
}

/** Folder proposed for new projects: ~/Documents/Balise when there is a Documents folder. */
export function defaultProjectFolder(): string {
  const home = os.homedir();
  for (const name of ['Documents', 'documents']) {
    const documents = path.join(home, name);
    if (fs.existsSync(documents)) return path.join(documents, 'Balise');
  }
  return path.join(home, 'Balise');
}

export const appVersion = process.env.BALISE_VERSION ?? '0.0.0-dev';
