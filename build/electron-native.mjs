// Prepares better-sqlite3 for Electron without touching the Node build that `npm test`, the CLI and
// `npm run web` use: the Electron-ABI binary goes to native/electron-<version>/better_sqlite3.node,
// and the Electron main process loads it through better-sqlite3's `nativeBinding` option.
// First tries the published prebuilt binary for this Electron version, then compiles from source
// against Electron's headers. Both need network access (run by `npm start`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const target = path.join(root, 'native', `electron-${electronVersion}-${process.platform}-${process.arch}`, 'better_sqlite3.node');

if (fs.existsSync(target)) process.exit(0);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-sqlite-electron-'));
const source = path.join(root, 'node_modules/better-sqlite3');
fs.cpSync(source, path.join(work, 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
const pkgDir = path.join(work, 'better-sqlite3');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const common = { cwd: pkgDir, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } };

console.log(`Balise : préparation de better-sqlite3 pour Electron ${electronVersion}…`);
try {
  execFileSync(npx, ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], common);
} catch {
  console.log('Pas de binaire précompilé : compilation depuis les sources (python3, make et un compilateur C++ sont nécessaires).');
  execFileSync(
    npx,
    ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    common,
  );
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(pkgDir, 'build/Release/better_sqlite3.node'), target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Balise : ${path.relative(root, target)} prêt.`);
