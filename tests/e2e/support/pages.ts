/**
 * Page models: what a researcher sees and does, in their words, so the tests read as use cases and
 * survive markup changes. Locators go by role and accessible name first.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

export class WelcomePage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Balise' }).waitFor();
    await this.page.getByRole('heading', { name: /Projets récents|Recent projects/ }).waitFor();
    // The recent list has loaded (empty or not).
    await this.page.locator('.welcome__recent[aria-busy="false"]').waitFor();
  }

  newProjectButton(): Locator {
    return this.page.getByRole('button', { name: 'Nouveau projet', exact: true });
  }

  openButton(): Locator {
    return this.page.getByRole('button', { name: 'Ouvrir un projet…', exact: true });
  }

  demoButton(): Locator {
    return this.page.getByRole('button', { name: 'Projet de démonstration', exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openNewProjectDialog(): Promise<Locator> {
    await this.newProjectButton().click();
    const dialog = this.page.getByRole('dialog', { name: 'Nouveau projet' });
    await dialog.waitFor();
    return dialog;
  }

  async createProject(name: string): Promise<ProjectPage> {
    const dialog = await this.openNewProjectDialog();
    await dialog.getByLabel('Nom du projet').fill(name);
    await dialog.getByRole('button', { name: 'Créer le projet' }).click();
    const project = new ProjectPage(this.page);
    await project.waitUntilShown(name);
    return project;
  }

  recentList(): Locator {
    return this.page.locator('.recent-list');
  }

  /** The row of a recent project, found by its exact name. */
  recentRow(name: string): Locator {
    return this.recentList().locator('.recent', { has: this.page.locator('.recent__name').getByText(name, { exact: true }) });
  }

  /** The button that opens the recent project at this path (two projects may share a name). */
  recentEntryAt(file: string): Locator {
    return this.recentList().locator(`.recent__open[title="${file}"]`);
  }

  /** The button that opens a recent project. */
  recentEntry(name: string): Locator {
    return this.recentRow(name).locator('.recent__open');
  }

  async openDemo(): Promise<ProjectPage> {
    await this.demoButton().click();
    const project = new ProjectPage(this.page);
    await project.waitUntilShown('Projet de démonstration');
    return project;
  }
}

export class ProjectPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  async showTab(name: string | RegExp): Promise<void> {
    await this.tab(name).click();
    await expect(await this.tab(name).getAttribute('aria-selected')).toBe('true');
  }

  codeRows(): Locator {
    return this.page.locator('[data-testid="code-tree"] [data-code-id]');
  }

  /** Name and swatch colour (as `rgb(...)`) of each visible code, top to bottom. */
  async codes(): Promise<{ name: string; color: string; family: boolean }[]> {
    return this.codeRows().evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('.code-row__name')?.textContent ?? '',
        color: getComputedStyle(row.querySelector('.swatch')!).backgroundColor,
        family: row.classList.contains('code-row--family'),
      })),
    );
  }

  async codeNames(): Promise<string[]> {
    return this.codeRows().locator('.code-row__name').allTextContents();
  }

  /** The row of a code, found by its exact name. */
  codeRow(name: string): Locator {
    return this.codeRows().filter({ has: this.page.locator('.code-row__name').getByText(name, { exact: true }) });
  }

  /** Opens the « … » menu of a code's row and chooses an item (« Couleur… », « Fusionner dans… »…). */
  async chooseCodeAction(name: string, item: string): Promise<void> {
    await this.codeRow(name).hover();
    await this.page.getByRole('button', { name: `Actions sur « ${name} »` }).click();
    await this.page.getByRole('menu', { name: `Actions sur « ${name} »` }).getByRole('menuitem', { name: item }).click();
  }

  /** The text field of the code being renamed in place. */
  renameField(): Locator {
    return this.page.locator('[data-testid="code-tree"] input.code-rename__input');
  }

  /** The name of the family a code sits in, or null at the top level. */
  async parentOfCode(name: string): Promise<string | null> {
    return this.codeRow(name).evaluate((row) => {
      const group = row.closest('li')?.parentElement;
      if (!group?.classList.contains('code-tree__group')) return null;
      return group.previousElementSibling?.querySelector('.code-row__name')?.textContent ?? null;
    });
  }

  codebookFilter(): Locator {
    return this.page.getByRole('searchbox', { name: /Filtrer les codes|Filter codes/ });
  }

  statusBar(): Locator {
    return this.page.locator('footer.statusbar');
  }

  async statusCounts(): Promise<string> {
    return (await this.page.getByTestId('status-counts').textContent()) ?? '';
  }

  documentButtons(): Locator {
    return this.page.getByTestId('document-list').getByRole('button');
  }

  /** The row button that opens a document (its name comes first; the row's menu button is another). */
  documentButton(name: string): Locator {
    return this.page.getByTestId('document-list').getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async openDocument(name: string): Promise<Locator> {
    await this.documentButton(name).click();
    const viewer = this.page.getByRole('article');
    await viewer.getByRole('heading', { level: 2, name }).waitFor();
    return viewer;
  }

  documentFilter(): Locator {
    return this.page.getByRole('searchbox', { name: /Filtrer les documents|Filter documents/ });
  }

  documentSort(): Locator {
    return this.page.getByRole('combobox', { name: /Trier par|Sort by/ });
  }

  documentGroupFilter(): Locator {
    return this.page.getByRole('combobox', { name: /^(Groupe|Group)$/ });
  }

  async documentNames(): Promise<string[]> {
    return this.page.getByTestId('document-list').locator('.doc-item__name').allTextContents();
  }

  /** Opens the « … » menu of a document's row. */
  async openDocumentMenu(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Actions pour « ${name} »` }).click();
    const menu = this.page.getByRole('menu');
    await menu.waitFor();
    return menu;
  }

  documentTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab');
  }

  async documentTabNames(): Promise<string[]> {
    return this.documentTabs().allTextContents();
  }

  /** « Nouveau mémo » in the Mémos panel: a project memo with this title, opened for writing. */
  async memosNew(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau mémo' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nouveau mémo' });
    await dialog.getByLabel('Titre').fill(title);
    await dialog.getByRole('button', { name: 'Créer le mémo' }).click();
    await this.memoEditor().waitFor();
  }

  /** The editable area of the memo open in the Mémos panel. */
  memoEditor(): Locator {
    return this.page.getByRole('textbox', { name: /Texte du mémo|Commentaire sur l’extrait/ });
  }

  async waitForMemoSaved(): Promise<void> {
    await this.page.locator('[data-testid="memo-status"][data-state="saved"]').waitFor();
  }

  memoSearch(): Locator {
    return this.page.getByRole('searchbox', { name: 'Rechercher dans les mémos' });
  }

  async memoTitles(): Promise<string[]> {
    return this.page.getByTestId('memo-list').locator('.memo-card__open').allTextContents();
  }

  async openMemo(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Ouvrir le mémo « ${title} »` }).click();
    await this.memoEditor().waitFor();
  }

  async switchLanguage(language: 'Français' | 'English'): Promise<void> {
    const button = this.statusBar().getByRole('button', { name: language });
    await button.click();
    await eventually(
      () => button.getAttribute('aria-pressed'),
      (value) => value === 'true',
    );
  }

  async closeProject(): Promise<WelcomePage> {
    await this.page.getByRole('button', { name: 'Fermer le projet' }).click();
    const welcome = new WelcomePage(this.page);
    await welcome.waitUntilShown();
    return welcome;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
