import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

/**
 * « Recherche » in the demonstration project: search without accents, read the keyword-in-context
 * lines, go through them with the keyboard, show one in its document (selected, every result
 * marked), code all results with a preview count and undo it, and come from the word frequencies.
 * In the demo texts « numérique » is said twice in Entretien E01 (« autour du numérique », « médiation
 * numérique ») and twice in Entretien E07 (« sur le numérique », « conseiller numérique »).
 */
describe('searching the documents', () => {
  let app: RunningApp;
  let page: Page;
  let project: ProjectPage;

  const field = () => page.getByRole('searchbox', { name: 'Rechercher dans les documents' });
  const lines = () => page.locator('.kwic');
  const announced = () => page.getByTestId('announcer').textContent();

  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    const welcome = new WelcomePage(page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('focuses the query on Ctrl+Maj+F and finds accented words from a query without accents', async () => {
    await page.keyboard.press('Control+Shift+F');
    await eventually(() => field().evaluate((el) => el === document.activeElement), (focused) => focused);
    await page.keyboard.type('numerique');
    await page.keyboard.press('Enter');
    await eventually(announced, (text) => text === '4 résultats dans 2 documents');
    expect(await page.locator('.search-results__count').textContent()).toBe('4 résultats dans 2 documents');
    expect(await page.locator('.search-group__name').allTextContents()).toEqual(['Entretien E01 — conseillère mission locale', 'Entretien E07 — animateur FJT']);
    expect(await page.locator('.kwic__match').allTextContents()).toEqual(['numérique', 'numérique', 'numérique', 'numérique']);
    const first = await lines().first().textContent();
    expect(first).toContain('Enquêtrice');
    expect(first).toContain('décrire un accompagnement récent autour du numérique ?');
    await saveScreenshot(page, 'recherche');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('goes through the lines with the arrows and shows one in its document, selected, every result marked', async () => {
    // ↓ from the field goes to the first line; ↓ ↓ to the third (the first of E07).
    await field().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('autour du numérique');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Comment les résidents vous sollicitent-ils sur le numérique');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Codage', selected: true }).waitFor();
    await eventually(() => page.evaluate(() => document.getSelection()?.toString() ?? ''), (text) => text === 'numérique');
    const marks = await eventually(
      () => page.evaluate(() => (CSS.highlights.get('balise-found') as Highlight | undefined)?.size ?? 0),
      (size) => size === 2,
    );
    expect(marks).toBe(2);
    const anchor = await page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('[data-start]')?.textContent ?? '');
    expect(anchor).toContain('Comment les résidents');
    await saveScreenshot(page, 'recherche-document');
  });

  it('refuses a malformed query with a French message under the field', async () => {
    await page.keyboard.press('Alt+4');
    await field().fill('"accès aux');
    await field().press('Enter');
    const alert = page.locator('.search-form__error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Guillemet non fermé');
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    await field().fill('numerique');
    await field().press('Enter');
    await eventually(() => page.locator('.search-results__count').textContent(), (text) => text === '4 résultats dans 2 documents');
    expect(await alert.count()).toBe(0);
  });

  it('codes every result with a live preview count, then Ctrl+Z undoes it', async () => {
    const before = await project.statusCounts();
    expect(before).toContain('18 codages');
    await page.getByRole('button', { name: 'Coder tous les résultats…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Coder tous les résultats' });
    await dialog.getByRole('combobox', { name: 'Code' }).selectOption({ label: '\u2003Besoin numérique' });
    const preview = dialog.getByTestId('search-autocode-preview');
    await eventually(() => preview.textContent(), (text) => text === '4 résultats → 4 passages, 4 à coder, 0 déjà codé');
    // Each result is in a turn of its own: four turns to code.
    await dialog.getByRole('radio', { name: 'Le tour de parole' }).check();
    await eventually(() => preview.textContent(), (text) => text === '4 résultats → 4 passages, 4 à coder, 0 déjà codé');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Coder 4 passages' }).click();
    await eventually(announced, (text) => text === '4 passages codés « Besoin numérique »');
    await eventually(() => project.statusCounts(), (text) => text.includes('22 codages'));
    expect(await dialog.count()).toBe(0);
    // The focus is back on the button: Ctrl+Z is the project's undo.
    await page.keyboard.press('Control+z');
    await eventually(() => project.statusCounts(), (text) => text.includes('18 codages'));
  });

  it('lists the most frequent words and searches one of them', async () => {
    await page.getByRole('tab', { name: 'Fréquences' }).click();
    const table = page.locator('.search-freq__table');
    await table.waitFor();
    const row = table.getByRole('row', { name: /téléphone/ });
    expect(await row.locator('td').allTextContents()).toEqual(['3', '3']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await table.getByRole('button', { name: 'Voir les occurrences de « pour »' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: /Masquer les mots vides/ }).uncheck();
    await table.getByRole('button', { name: 'Voir les occurrences de « pour »' }).waitFor();
    await table.getByRole('button', { name: 'Voir les occurrences de « téléphone »' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Résultats/, selected: true }).waitFor();
    expect(await field().inputValue()).toBe('téléphone');
    await eventually(() => page.locator('.search-results__count').textContent(), (text) => text === '3 résultats dans 3 documents');
    expect(app.pageErrors).toEqual([]);
  });
});
