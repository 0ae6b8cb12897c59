// The renderer build: React UI from renderer/ to dist/renderer, served by app://balise/ in
// Electron and by the loopback server in browser mode. Relative asset URLs ('./') work under both
// origins. Nothing inline (no <script>, no <style>): the CSP says script-src/style-src 'self'.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Inline data: assets would be fine for img-src, but keep every asset a file: one rule, no surprises.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1024,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
