/**
 * Developer tool, not a test: opens the demo project in the real UI and saves screenshots of the
 * views named on the command line, to look at them. `npx tsx tests/e2e/support/look.ts extracts search`
 * (after `npm run build`); PNGs go to /tmp/balise-look/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// app.ts is written for vitest, which defines __dirname.
(globalThis as { __dirname?: string }).__dirname = path.dirname(fileURLToPath(import.meta.url));

const views: Record<string, string> = { documents: 'Codage', cases: 'Tableau des cas', extracts: 'Extraits codés', search: 'Recherche' };

async function main(): Promise<void> {
  const { startApp } = await import('./app');
  const { WelcomePage } = await import('./pages');
  const app = await startApp();
  try {
    fs.mkdirSync('/tmp/balise-look', { recursive: true });
    const project = await new WelcomePage(app.page).openDemo();
    await project.waitUntilShown('Projet de démonstration');
    for (const name of process.argv.slice(2)) {
      await app.page.getByRole('tab', { name: views[name] ?? name, exact: true }).first().click();
      await app.page.waitForTimeout(800);
      await app.page.screenshot({ path: `/tmp/balise-look/${name}.png` });
      process.stdout.write(`/tmp/balise-look/${name}.png\n`);
    }
    if (app.pageErrors.length) process.stdout.write(`page errors: ${app.pageErrors.join('\n')}\n`);
  } finally {
    await app.close();
  }
}
void main();
