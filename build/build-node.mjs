// Bundles the Node side (Electron main, preload, CLI, browser-mode server) with esbuild into
// dist/electron/*.cjs. Native and Electron modules stay external. Runs on `npm install` (prepare).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // .cjs, as package.json "main", bin/balise.cjs and `npm run web` expect.
  outExtension: { '.js': '.cjs' },
  sourcemap: true,
  external: ['better-sqlite3', 'electron', '@resvg/resvg-js'],
  define: { 'process.env.BALISE_VERSION': JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: {
      main: 'electron/main.ts',
      cli: 'electron/cli.ts',
      web: 'electron/web.ts',
      'service-worker': 'electron/service/worker.ts',
    },
    outdir: 'dist/electron',
  }),
  // The preload runs in a sandboxed renderer: a single CommonJS file requiring only 'electron'.
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', platform: 'node' }),
]);
