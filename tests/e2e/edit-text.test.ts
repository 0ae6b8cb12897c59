import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const DOCUMENT = 'Entretien E01 — conseillère mission locale';

/** Selects `quote` in the editor as a mouse would (a DOM selection, which Lexical follows). */
async function select(page: Page, editor: Locator, quote: string): Promise<void> {
  await editor.click();
  const found = await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, quote);
  expect(found, quote).toBe(true);
  await eventually(
    () => page.evaluate(() => window.getSelection()?.toString() ?? ''),
    (text) => text === quote,
  );
  // Let Lexical take the selection change in before typing.
  await page.waitForTimeout(50);
}

describe('« Modifier le texte »: fixing a transcript keeps its codings', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let viewer: Locator;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab(/^Documents/);
    viewer = await project.openDocument(DOCUMENT);
  });
  afterAll(async () => {
    await app?.close();
  });

  const marks = () => viewer.getByTestId('document-text').locator('mark.coded');
  const editor = () => viewer.getByRole('textbox', { name: `Texte de « ${DOCUMENT} »` });

  async function startEditing(): Promise<Locator> {
    await viewer.getByRole('button', { name: 'Modifier le texte' }).click();
    await viewer.getByText(`Vous modifiez le texte de « ${DOCUMENT} »`).waitFor();
    await editor().waitFor();
    return editor();
  }

  it('shows only the text, without speaker names or times, and leaves it as it was on « Annuler »', async () => {
    const box = await startEditing();
    const shown = (await box.innerText()).replace(/\n+/g, '\n');
    expect(shown).toContain('Pouvez-vous me décrire un accompagnement récent autour du numérique ?');
    expect(shown).not.toContain('Enquêtrice');
    expect(shown).not.toContain('00:00:12');
    await viewer.getByRole('button', { name: 'Annuler' }).click();
    await viewer.getByTestId('document-text').waitFor();
    expect(await marks().count()).toBe(6);
  });

  it('asks before dropping corrections on Échap', async () => {
    const box = await startEditing();
    await select(app.page, box, 'Le temps.');
    await app.page.keyboard.type('La durée.');
    await app.page.keyboard.press('Escape');
    const dialog = app.page.getByRole('dialog', { name: 'Abandonner vos corrections ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Abandonner les corrections' }).click();
    await viewer.getByTestId('document-text').waitFor();
    expect(await viewer.getByTestId('document-text').textContent()).toContain('Le temps.');
  });

  it('fixes a word inside a coded passage: the coding takes the new word', async () => {
    const box = await startEditing();
    await select(app.page, box, 'cassé');
    await app.page.keyboard.type('fissuré');
    expect(await box.innerText()).toContain('seulement un téléphone avec l’écran fissuré');
    expect(await seriousViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'modifier-texte');
    await app.page.keyboard.press('Control+s');

    await viewer.getByTestId('document-text').waitFor();
    expect(await app.page.getByRole('status').filter({ hasText: 'Texte enregistré : 6 codages conservés.' }).count()).toBe(1);
    await eventually(
      () => marks().first().textContent(),
      (text) => text === 'seulement un téléphone avec l’écran fissuré',
    );
    expect(await marks().count()).toBe(6);
    expect(await viewer.getByTestId('document-text').textContent()).not.toContain('cassé');
  });

  it('warns before removing a coding whose passage is deleted, removes it, and Ctrl+Z brings it back', async () => {
    const passage = 'Et franchement, je ne connais pas bien les lieux de médiation numérique du quartier. ';
    const box = await startEditing();
    await select(app.page, box, passage);
    await app.page.keyboard.press('Backspace');
    expect(await box.innerText()).not.toContain('franchement');
    await viewer.getByRole('button', { name: 'Enregistrer' }).click();

    const dialog = app.page.getByRole('dialog', { name: 'Des codages vont être supprimés' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Manque de ressources ou d\'information : « je ne connais pas bien les lieux de médiation numérique du quartier »',
    ]);
    expect(await seriousViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'modifier-texte-confirmation');
    await dialog.getByRole('button', { name: 'Enregistrer et supprimer' }).click();

    await viewer.getByTestId('document-text').waitFor();
    await eventually(
      () => marks().count(),
      (count) => count === 5,
    );
    expect(await viewer.getByTestId('document-text').textContent()).not.toContain('franchement');
    // The status bar follows the project:changed event, which may arrive after the text is drawn.
    await eventually(
      () => project.statusCounts(),
      (counts) => counts.includes('17 codages'),
    );

    // Undo from the keyboard, focus on the page (not in a text field).
    await viewer.getByRole('region', { name: DOCUMENT }).focus();
    await app.page.keyboard.press('Control+z');
    await eventually(
      () => marks().count(),
      (count) => count === 6,
    );
    expect(await viewer.getByTestId('document-text').textContent()).toContain(passage.trim());
    expect(await marks().allTextContents()).toContain('je ne connais pas bien les lieux de médiation numérique du quartier');
    await eventually(
      () => project.statusCounts(),
      (counts) => counts.includes('18 codages'),
    );
  });
});
