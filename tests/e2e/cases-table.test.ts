import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ImportDialog, dismissToasts, fixture } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

/** The case table as a researcher reads it: rows by case name, cells by column header. */
class CaseTablePage {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Tableau des cas' });
  }

  async headers(): Promise<string[]> {
    return (await this.grid().getByRole('columnheader').allTextContents()).map((h) => h.trim());
  }

  async names(): Promise<string[]> {
    return this.grid().getByRole('rowheader').allTextContents();
  }

  row(name: string): Locator {
    return this.grid().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async cell(name: string, column: string): Promise<Locator> {
    const index = (await this.headers()).indexOf(column);
    if (index < 0) throw new Error(`No column « ${column} » in ${JSON.stringify(await this.headers())}`);
    return this.row(name).locator('th, td').nth(index);
  }

  async text(name: string, column: string): Promise<string> {
    return ((await (await this.cell(name, column)).textContent()) ?? '').trim();
  }

  async column(column: string): Promise<string[]> {
    const names = await this.names();
    const values: string[] = [];
    for (const name of names) values.push(await this.text(name, column));
    return values;
  }

  header(column: string): Locator {
    return this.grid().getByRole('columnheader').filter({ hasText: column });
  }

  async menu(column: string, item: string): Promise<void> {
    await this.header(column).getByRole('button', { name: `Menu de la colonne « ${column} »` }).click();
    await this.page.getByRole('menu', { name: `Menu de la colonne « ${column} »` }).getByRole('menuitem', { name: item }).click();
  }

  count(): Locator {
    return this.page.getByTestId('case-count');
  }
}

describe('the case table (« Tableau des cas »)', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let table: CaseTablePage;
  beforeAll(async () => {
    app = await startApp();
    app.page.setDefaultTimeout(10_000);
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Tableau des cas');
    table = new CaseTablePage(app.page);
    // The B07 day-2 observation sheet, whose debrief has a column per member of the binôme.
    const importing = new ImportDialog(app.page);
    await importing.importThroughDialog([fixture('fiche-observation-j2-mission-locale.docx')]);
    await importing.close(await importing.summary());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers to import the case table when there is none, and shows the imported cases and attributes', async () => {
    const page = app.page;
    await project.showTab('Tableau des cas');
    const view = page.getByRole('tabpanel', { name: 'Tableau des cas' });
    await view.getByRole('heading', { name: 'Aucun cas pour l’instant' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await view.getByRole('button', { name: 'Importer un tableau de cas…' }).click();
    await (await chooser).setFiles(fixture('cas.csv'));
    const dialog = page.getByRole('dialog', { name: 'Importer un tableau de cas' });
    await dialog.getByRole('button', { name: 'Importer les cas' }).click();
    await dialog.getByRole('button', { name: 'Voir les cas' }).click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(() => table.names(), (names) => names.length === 7);
    expect(await table.names()).toEqual(['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    expect(await table.headers()).toEqual(['', 'Cas', 'Documents', 'Rôle', 'Branche', 'Zone', 'Structure', 'Ancienneté (années)', 'Jour', 'Description']);
    expect(await table.text('B12-P', 'Structure')).toBe("Association d'aide à domicile");
    expect(await table.count().textContent()).toBe('7 cas');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('edits a number with the keyboard (« 8,5 »), keeps a refused value in the cell with the reason, and moves down on Enter', async () => {
    const page = app.page;
    await (await table.cell('E03', 'Ancienneté (années)')).click();
    await page.keyboard.press('Enter');
    const editor = table.grid().getByRole('textbox', { name: 'Ancienneté (années) — E03' });
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('huit ans');
    await page.keyboard.press('Enter');
    const alert = table.grid().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('« huit ans » n’est pas un nombre : l’attribut « Ancienneté (années) » attend un nombre, par exemple 12 ou 2,5. Rien n’a été modifié.');
    expect(await editor.inputValue()).toBe('huit ans');

    await editor.fill('8,5');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await eventually(() => table.text('E03', 'Ancienneté (années)'), (text) => text === '8,5');
    // The next case's cell is active, ready for the next value: typing starts editing it.
    await page.keyboard.type('7');
    const next = table.grid().getByRole('textbox', { name: 'Ancienneté (années) — E05' });
    expect(await next.inputValue()).toBe('7');
    await page.keyboard.press('Escape');
    await next.waitFor({ state: 'detached' });
    expect(await table.text('E05', 'Ancienneté (années)')).toBe('5');
  });

  it('sorts a numeric column by value, not as text', async () => {
    await table.header('Ancienneté (années)').getByRole('button', { name: 'Ancienneté (années)', exact: true }).click();
    expect(await table.header('Ancienneté (années)').getAttribute('aria-sort')).toBe('ascending');
    expect(await table.names()).toEqual(['E09', 'B12-M', 'B07-P', 'E05', 'B07-M', 'E03', 'B12-P']);
    expect(await table.column('Ancienneté (années)')).toEqual(['2', '3', '4', '5', '6', '8,5', '11']);
    // Enter on the header reverses the order.
    await table.header('Ancienneté (années)').focus();
    await app.page.keyboard.press('Enter');
    expect(await table.header('Ancienneté (années)').getAttribute('aria-sort')).toBe('descending');
    expect((await table.column('Ancienneté (années)'))[0]).toBe('11');
  });

  it('filters a category column and searches the table', async () => {
    const page = app.page;
    await table.menu('Branche', 'Filtrer…');
    const dialog = page.getByRole('dialog', { name: 'Filtrer « Branche »' });
    await dialog.getByRole('button', { name: 'Tout décocher' }).click();
    await dialog.getByRole('checkbox', { name: 'Missions locales' }).check();
    await dialog.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await eventually(() => table.names(), (names) => names.length === 2);
    expect([...(await table.names())].sort()).toEqual(['B07-M', 'B07-P']);
    expect(await table.count().textContent()).toBe('2 cas affichés sur 7');
    await page.getByRole('button', { name: 'Retirer le filtre « Branche »' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher dans les cas' }).fill('domicile');
    await eventually(() => table.names(), (names) => names.length === 2);
    expect([...(await table.names())].sort()).toEqual(['B12-M', 'B12-P']);
    await page.getByRole('searchbox', { name: 'Rechercher dans les cas' }).fill('');
    await eventually(() => table.names(), (names) => names.length === 7);
  });

  it('adds a date attribute and fills it the French way', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Nouvel attribut', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel attribut' });
    await dialog.getByLabel('Nom de l’attribut').fill('Date d’observation');
    await dialog.getByRole('radio', { name: /^date/ }).check();
    await dialog.getByRole('button', { name: 'Créer l’attribut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => table.headers(), (headers) => headers.includes('Date d’observation'));
    await (await table.cell('B07-M', 'Date d’observation')).click();
    await page.keyboard.type('14/03/2023');
    await page.keyboard.press('Tab');
    await eventually(() => table.text('B07-M', 'Date d’observation'), (text) => text === '14/03/2023');
  });

  it('edits two selected cases at once, and Ctrl+Z undoes that edit in one step', async () => {
    const page = app.page;
    await dismissToasts(page);
    await table.row('E05').getByRole('checkbox', { name: 'Sélectionner le cas E05' }).click();
    await (await table.cell('E09', 'Cas')).click();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Modifier 2 cas…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modifier 2 cas' });
    await dialog.getByLabel('Attribut').selectOption({ label: 'Zone (catégorie)' });
    await dialog.getByLabel('Nouvelle valeur').fill('Zone 6');
    await dialog.getByRole('button', { name: 'Appliquer aux 2 cas' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => [await table.text('E05', 'Zone'), await table.text('E09', 'Zone')], (zones) => zones.join() === 'Zone 6,Zone 6');
    expect(await table.text('E03', 'Zone')).toBe('Zone 4');

    await (await table.cell('E03', 'Zone')).click();
    await page.keyboard.press('Control+z');
    await eventually(async () => [await table.text('E05', 'Zone'), await table.text('E09', 'Zone')], (zones) => zones.join() === 'Zone 3,Zone 1');
    await page.getByRole('button', { name: 'Tout désélectionner' }).click();
  });

  it('links the professional to her column of the J2 sheet', async () => {
    const page = app.page;
    await dismissToasts(page);
    await (await table.cell('B07-P', 'Documents')).click();
    const dialog = page.getByRole('dialog', { name: 'Documents du cas B07-P' });
    await dialog.getByLabel('Document', { exact: true }).selectOption({ label: 'fiche-observation-j2-mission-locale' });
    const part = dialog.getByLabel('Partie', { exact: true });
    await eventually(() => part.locator('option').allTextContents(), (options) => options.length === 5);
    expect(await part.locator('option').allTextContents()).toEqual([
      'Document entier',
      'Colonne « Informations » (4 réponses)',
      'Colonne « Faits observés » (25 réponses)',
      'Colonne « Retour du médiateur numérique » (3 réponses)',
      'Colonne « Retour du professionnel » (3 réponses)',
    ]);
    await part.selectOption({ label: 'Colonne « Retour du professionnel » (3 réponses)' });
    await dialog.getByRole('button', { name: 'Relier', exact: true }).click();
    const links = dialog.getByTestId('case-links');
    await eventually(() => links.textContent(), (text) => (text ?? '').includes('Colonne « Retour du professionnel »'));
    expect(await links.locator('li').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await table.text('B07-P', 'Documents')).toBe('1 document · 1 partie');
    // The sidebar's case card says which part of the sheet is hers.
    expect(await page.getByRole('list', { name: 'Documents du cas B07-P' }).textContent()).toBe('fiche-observation-j2-mission-locale — Colonne « Retour du professionnel »');
    await project.showTab(/^Documents/);
    await saveScreenshot(page, 'tableau-des-cas');
    expect(app.pageErrors).toEqual([]);
  });
});
