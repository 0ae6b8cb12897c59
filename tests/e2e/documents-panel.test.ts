import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const E01 = 'Entretien E01 — conseillère mission locale';
const B04 = 'Fiche d’observation B04 — jour 2';
const E07 = 'Entretien E07 — animateur FJT';
const M02 = 'Notes de terrain — médiatrice M02';

describe('the documents panel: filter, sort, groups, tabs', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab(/^Documents/);
    await eventually(
      () => project.documentNames(),
      (names) => names.length === 4,
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows how much of each document is coded, as a bar and as text', async () => {
    const rows = app.page.getByTestId('document-list').locator('.doc-item');
    const labels = await rows.locator('.doc-progress__label').allTextContents();
    expect(labels).toHaveLength(4);
    for (const label of labels) expect(label).toMatch(/^\d{1,3}\u00a0% codé$/);
    const first = Number.parseInt(labels[0]!, 10);
    expect(first).toBeGreaterThan(0);
    // The bar is as long as the text says.
    const width = await rows.first().locator('.doc-progress__fill').evaluate((el) => (el as HTMLElement).style.width);
    expect(width).toBe(`${first}%`);
    expect(await rows.first().locator('.doc-progress__bar').getAttribute('aria-hidden')).toBe('true');
  });

  it('filters by name, ignoring case and accents, and says when nothing matches', async () => {
    await project.documentFilter().fill('entretien');
    expect(await eventually(() => project.documentNames(), (n) => n.length === 2)).toEqual([E01, E07]);
    await project.documentFilter().fill('MEDIATRICE');
    expect(await eventually(() => project.documentNames(), (n) => n.length === 1)).toEqual([M02]);
    await project.documentFilter().fill('zzz');
    await app.page.getByText('Aucun document ne correspond à « zzz ».').waitFor();
    await app.page.getByRole('button', { name: 'Effacer le filtre' }).click();
    expect(await eventually(() => project.documentNames(), (n) => n.length === 4)).toEqual([E01, B04, E07, M02]);
  });

  it('sorts by name, by coding progress and back to the import order', async () => {
    await project.documentSort().selectOption({ label: 'Nom' });
    expect(await project.documentNames()).toEqual([E01, E07, B04, M02]);
    await project.documentSort().selectOption({ label: 'Avancement du codage' });
    const percents = (await app.page.getByTestId('document-list').locator('.doc-progress__label').allTextContents()).map((s) => Number.parseInt(s, 10));
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    await project.documentSort().selectOption({ label: 'Nombre de codages' });
    const counts = (await app.page.getByTestId('document-list').locator('.doc-item__meta').allTextContents()).map((s) => Number.parseInt(/(\d+) codage/.exec(s)![1]!, 10));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await project.documentSort().selectOption({ label: 'Ordre d’import' });
    expect(await project.documentNames()).toEqual([E01, B04, E07, M02]);
  });

  it('creates a group, refuses a name already taken, and adds two selected documents to it', async () => {
    await app.page.getByRole('button', { name: 'Gérer les groupes' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Groupes de documents' });
    await dialog.waitFor();
    await dialog.getByLabel('Nom du nouveau groupe').fill('Entretiens');
    await dialog.getByRole('button', { name: 'Créer le groupe' }).click();
    await dialog.getByTestId('group-list').getByText('Entretiens', { exact: true }).waitFor();
    expect(await dialog.getByTestId('group-list').textContent()).toContain('0 document');
    await dialog.getByLabel('Nom du nouveau groupe').fill('ENTRETIENS');
    await dialog.getByRole('button', { name: 'Créer le groupe' }).click();
    await dialog.getByText('Un groupe s’appelle déjà « Entretiens ». Choisissez un autre nom.').waitFor();
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });

    // A click opens E01; Ctrl+click adds E07 to the selection without opening it.
    await project.documentButton(E01).click();
    await project.documentButton(E07).click({ modifiers: ['Control'] });
    await app.page.getByText('2 documents sélectionnés').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Groupes…' }).click();
    const menu = app.page.getByRole('menu');
    const item = menu.getByRole('menuitemcheckbox', { name: 'Entretiens' });
    expect(await item.getAttribute('aria-checked')).toBe('false');
    await item.click();
    await app.page.getByText('2 documents ajoutés à « Entretiens »').waitFor();
    await menu.waitFor({ state: 'detached' });
    await app.page.getByRole('button', { name: 'Désélectionner' }).click();

    // The row menu of one member shows the group checked.
    const rowMenu = await project.openDocumentMenu(E07);
    expect(await rowMenu.getByRole('menuitemcheckbox', { name: 'Entretiens' }).getAttribute('aria-checked')).toBe('true');
    await app.page.keyboard.press('Escape');
    await rowMenu.waitFor({ state: 'detached' });
    expect(await app.page.getByRole('button', { name: `Actions pour « ${E07} »` }).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('selects several documents from the keyboard too: Ctrl+Space, Shift+Space, Escape', async () => {
    // E01 is open: Ctrl+Space on E07 selects both, without opening E07.
    await project.documentButton(E07).focus();
    await app.page.keyboard.press('Control+Space');
    await app.page.getByText('2 documents sélectionnés').waitFor();
    expect(await project.documentButton(E01).getAttribute('aria-current')).toBe('true');
    // Shift+Space on M02: the range from E07 (the anchor) to M02.
    await project.documentButton(M02).focus();
    await app.page.keyboard.press('Shift+Space');
    await app.page.getByText('2 documents sélectionnés').waitFor();
    expect(await app.page.locator('.doc-row--selected .doc-item__name').allTextContents()).toEqual([E07, M02]);
    await app.page.keyboard.press('Escape');
    expect(await app.page.locator('.doc-row--selected').count()).toBe(0);
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: E01 }).waitFor();
  });

  it('filters the list by group', async () => {
    await project.documentGroupFilter().selectOption({ label: 'Entretiens (2)' });
    expect(await eventually(() => project.documentNames(), (n) => n.length === 2)).toEqual([E01, E07]);
    expect(await app.page.getByText('2 sur 4 documents').count()).toBe(1);
    await project.documentGroupFilter().selectOption({ label: 'Tous les documents' });
    expect(await eventually(() => project.documentNames(), (n) => n.length === 4)).toHaveLength(4);
  });

  it('opens two documents in two tabs, switches between them, and closes them', async () => {
    // E01 is open since the click above.
    await project.openDocument(B04);
    expect(await project.documentTabNames()).toEqual([E01, B04]);
    expect(await project.documentTabs().nth(1).getAttribute('aria-selected')).toBe('true');
    // Opening an open document shows its tab, it does not open a second one.
    await project.openDocument(E01);
    expect(await project.documentTabNames()).toEqual([E01, B04]);
    expect(await project.documentTabs().first().getAttribute('aria-selected')).toBe('true');

    await project.documentTabs().nth(1).click();
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: B04 }).waitFor();
    expect(await project.documentButton(B04).getAttribute('aria-current')).toBe('true');
    // The confirmation toast, if still there, would hide part of the picture.
    for (const dismiss of await app.page.getByRole('button', { name: 'Masquer le message' }).all()) await dismiss.click();
    const menu = await project.openDocumentMenu(E07);
    await saveScreenshot(app.page, 'documents');
    // Tabs, rows with their progress and menu button, the open menu: no serious axe violation.
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    // Keyboard: the tabs follow the arrow keys.
    await project.documentTabs().nth(1).focus();
    await app.page.keyboard.press('ArrowRight');
    expect(await project.documentTabs().first().getAttribute('aria-selected')).toBe('true');
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: E01 }).waitFor();
    expect(await project.documentTabs().first().evaluate((el) => el === document.activeElement)).toBe(true);

    // The tabs survive a reload of the window.
    await app.page.reload();
    await project.waitUntilShown('Projet de démonstration');
    expect(await eventually(() => project.documentTabNames(), (n) => n.length === 2)).toEqual([E01, B04]);
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: E01 }).waitFor();

    // The cross closes a tab; the other one stays shown.
    await project.documentTabs().nth(1).getByTestId('close-tab').click();
    expect(await eventually(() => project.documentTabNames(), (n) => n.length === 1)).toEqual([E01]);
    // A middle click closes one too.
    await project.openDocument(E07);
    await project.documentTabs().nth(1).click({ button: 'middle' });
    expect(await eventually(() => project.documentTabNames(), (n) => n.length === 1)).toEqual([E01]);
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: E01 }).waitFor();
    // Ctrl+W closes the shown document when the focus is in the workspace.
    await app.page.getByRole('textbox', { name: `Texte de « ${E01} »` }).focus();
    await app.page.keyboard.press('Control+w');
    await app.page.getByRole('tablist', { name: 'Documents ouverts' }).waitFor({ state: 'detached' });
    expect(await app.page.getByRole('article').count()).toBe(0);
  });

  it('renames and deletes a group after a confirmation; the filter falls back to all documents', async () => {
    await project.documentGroupFilter().selectOption({ label: 'Entretiens (2)' });
    await app.page.getByRole('button', { name: 'Gérer les groupes' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Groupes de documents' });
    await dialog.getByRole('button', { name: 'Renommer le groupe « Entretiens »' }).click();
    await dialog.getByLabel('Nouveau nom du groupe « Entretiens »').fill('Entretiens individuels');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Entretiens individuels', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Supprimer le groupe « Entretiens individuels »' }).click();
    await dialog.getByText('Supprimer le groupe « Entretiens individuels » ? Ses documents (2) restent dans le projet ; Ctrl+Z annule.').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await dialog.getByText('Aucun groupe pour l’instant.').waitFor();
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    expect(await eventually(() => project.documentNames(), (n) => n.length === 4)).toHaveLength(4);
    expect(await project.documentGroupFilter().inputValue()).toBe('');
    expect(app.pageErrors).toEqual([]);
  });
});
