/**
 * Developer tool, not a test: the search view of the demo project in its states (results, syntax
 * help, error, autocode dialog, frequencies), to look at them. `npx tsx tests/e2e/support/look-search.ts [query]`
 * after `npm run build`; PNGs go to /tmp/balise-look/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

(globalThis as { __dirname?: string }).__dirname = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { startApp } = await import('./app');
  const { WelcomePage } = await import('./pages');
  const app = await startApp();
  const page = app.page;
  const shot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/balise-look/${name}.png` });
    process.stdout.write(`/tmp/balise-look/${name}.png\n`);
  };
  try {
    fs.mkdirSync('/tmp/balise-look', { recursive: true });
    const project = await new WelcomePage(page).openDemo();
    await project.waitUntilShown('Projet de démonstration');
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type(process.argv[2] ?? 'numérique');
    await page.keyboard.press('Enter');
    await shot('search-results');
    await page.getByRole('button', { name: 'Syntaxe' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher dans les documents' }).fill('"accès aux');
    await page.keyboard.press('Enter');
    await shot('search-error');
    await page.getByRole('button', { name: 'Syntaxe' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher dans les documents' }).fill(process.argv[2] ?? 'numérique');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Coder tous les résultats…' }).click();
    await page.getByRole('dialog').getByRole('combobox').selectOption({ index: 2 });
    await page.getByRole('dialog').getByRole('radio', { name: 'La phrase' }).check();
    await shot('search-autocode');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Fréquences' }).click();
    await shot('search-frequencies');
    if (app.pageErrors.length) process.stderr.write(`page errors: ${app.pageErrors.join('\n')}\n`);
  } finally {
    await app.close();
  }
}
void main();
