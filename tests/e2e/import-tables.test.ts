import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { dismissToasts, dropFiles, fixture } from './support/importing';
import { ProjectPage, WelcomePage, eventually } from './support/pages';

describe('importing tables: cases with attributes, and a codebook', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    app.page.setDefaultTimeout(10_000);
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    const dialog = await welcome.openNewProjectDialog();
    await dialog.getByLabel('Nom du projet').fill('Cas et codebook');
    await dialog.getByRole('radio', { name: /^Vide/ }).check();
    await dialog.getByRole('button', { name: 'Créer le projet' }).click();
    project = new ProjectPage(app.page);
    await project.waitUntilShown('Cas et codebook');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews a case table (rows, key, column types), then imports it as cases with attributes', async () => {
    const page = app.page;
    await project.showTab(/^Cas/);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('tabpanel', { name: /^Cas/ }).getByRole('button', { name: 'Importer un tableau de cas…' }).click();
    await (await chooser).setFiles(fixture('cas.csv'));

    const dialog = page.getByRole('dialog', { name: 'Importer un tableau de cas' });
    await dialog.getByTestId('table-facts').waitFor();
    expect(await dialog.getByTestId('table-facts').textContent()).toBe('7 lignes · 7 colonnes · encodage windows-1252 · séparateur « ; »');
    const key = dialog.getByRole('combobox', { name: 'Colonne qui nomme les cas' });
    expect(await key.inputValue()).toBe('Cas');
    const columns = dialog.getByRole('region', { name: 'Colonnes du tableau' });
    expect(await columns.getByRole('rowheader').allTextContents()).toEqual(['Cas', 'Rôle', 'Branche', 'Zone', 'Structure', 'Ancienneté (années)', 'Jour']);
    expect(await columns.getByRole('combobox', { name: 'Type de la colonne « Ancienneté (années) »' }).inputValue()).toBe('number');
    expect(await columns.getByRole('combobox', { name: 'Type de la colonne « Branche »' }).inputValue()).toBe('category');
    // The researcher may change an inferred type.
    await columns.getByRole('combobox', { name: 'Type de la colonne « Jour »' }).selectOption({ label: 'Texte' });
    expect(await dialog.getByRole('checkbox', { name: 'Relier les documents aux cas par leur nom' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-tableau');

    await dialog.getByRole('button', { name: 'Importer les cas' }).click();
    const result = dialog.getByTestId('table-import-result');
    await result.waitFor();
    expect(await result.textContent()).toBe('7 cas créés · 6 attributs · 0 document relié');
    await dialog.getByRole('button', { name: 'Voir les cas' }).click();
    await dialog.waitFor({ state: 'detached' });

    const cases = page.getByTestId('case-list');
    await eventually(() => cases.locator('.card__title').allTextContents(), (names) => names.length === 7);
    expect(await cases.locator('.card__title').allTextContents()).toEqual(['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    const first = cases.locator('.card').first();
    expect(await first.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Branche', 'Zone']));
    expect(await first.textContent()).toContain('Missions locales');
    expect(await first.textContent()).toContain('Zone 5');
    expect(await project.statusCounts()).toContain('7 cas');
  });

  it('opens the table dialog for a table dropped on the window', async () => {
    await dropFiles(app.page, [fixture('questionnaire-salaries-ess.csv')]);
    const dialog = app.page.getByRole('dialog', { name: 'Importer un tableau de cas' });
    await dialog.getByTestId('table-facts').waitFor();
    expect(await dialog.getByTestId('table-facts').textContent()).toMatch(/^60 lignes · 10 colonnes/);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('merges a codebook table into the codebook, without duplicates when imported twice', async () => {
    const page = app.page;
    await project.showTab(/^Codebook/);
    const importCodebook = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Importer un codebook…' }).click();
      await (await chooser).setFiles(fixture('codebook-stess.csv'));
    };
    await importCodebook();
    await page.getByRole('status').filter({ hasText: '15 codes ajoutés au codebook · 0 déjà présent' }).waitFor();
    await eventually(() => project.codeNames(), (names) => names.length === 15);
    await dismissToasts(page);
    await importCodebook();
    await page.getByRole('status').filter({ hasText: '0 code ajouté au codebook · 15 déjà présents' }).waitFor();
    expect(await project.statusCounts()).toContain('15 codes');
    expect(app.pageErrors).toEqual([]);
  });
});
