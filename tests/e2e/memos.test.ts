import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('memos', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes a project memo with bold and a list, saves it by itself, and finds it intact after a reload', async () => {
    const page = app.page;
    await project.memosNew('Pistes d’évaluation');
    const editor = project.memoEditor();
    await editor.click();
    await page.keyboard.type('À retenir : ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Évaluation des freins');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Liste à puces' }).click();
    expect(await page.getByRole('button', { name: 'Liste à puces' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('le temps');
    await page.keyboard.press('Enter');
    await page.keyboard.type('la posture');
    await project.waitForMemoSaved();
    // Signed and dated: « Camille Martin · 23 nov. 2026 ».
    expect(await page.locator('.memo-document__signature').textContent()).toMatch(/^.+ · \d{1,2} [a-zéû]+\.? \d{4}$/);
    expect(await page.getByTestId('memo-status').textContent()).toMatch(/^Enregistré à \d{2}:\d{2}$/);

    await page.reload();
    await project.waitUntilShown('Projet de démonstration');
    await project.openMemo('Pistes d’évaluation');
    const reloaded = project.memoEditor();
    await reloaded.locator('li').first().waitFor();
    expect(await reloaded.locator('.memo-editor__bold').allTextContents()).toEqual(['Évaluation des freins']);
    expect(await reloaded.locator('ul > li').allTextContents()).toEqual(['le temps', 'la posture']);
    expect(await reloaded.locator('p').first().textContent()).toBe('À retenir : Évaluation des freins');
    expect(await page.getByLabel('Titre', { exact: true }).inputValue()).toBe('Pistes d’évaluation');
    // Opening a memo saves nothing.
    expect(await page.getByTestId('memo-status').getAttribute('data-state')).toBe('idle');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds the memo by its text, with accents and case folded, and filters by kind', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
    await project.memoSearch().fill('EVALUATION des FREINS');
    expect(await eventually(() => project.memoTitles(), (titles) => titles.length === 1)).toEqual(['Pistes d’évaluation']);
    await project.memoSearch().fill('');
    expect(await eventually(() => project.memoTitles(), (titles) => titles.length === 2)).toEqual(['Pistes d’évaluation', 'Première lecture']);
    await page.getByLabel('Type de mémo').selectOption({ label: 'Document' });
    await page.getByText('Aucun mémo ne correspond à cette recherche.').waitFor();
    await page.getByLabel('Type de mémo').selectOption({ label: 'Tous' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps Ctrl+Z inside the editor for the typing, never for the project’s actions', async () => {
    const page = app.page;
    await project.openMemo('Première lecture');
    const editor = project.memoEditor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Encore une idée.');
    await project.waitForMemoSaved();
    expect(await editor.textContent()).toContain('Encore une idée.');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    // The editor undid the typing; the project's history still has every action done.
    expect(await editor.textContent()).not.toContain('Encore une idée.');
    await project.waitForMemoSaved();
    await project.showTab('Historique');
    const entries = page.locator('.inspector [role="tabpanel"]:not([hidden]) li');
    await eventually(() => entries.count(), (n) => n >= 2);
    expect(await page.locator('.inspector').getByText('Annulée').count()).toBe(0);
    await project.showTab(/^Mémos/);
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
  });

  it('shows in the open memo an undo made from the History panel', async () => {
    const page = app.page;
    await project.openMemo('Pistes d’évaluation');
    const editor = project.memoEditor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' puis le cadre');
    await project.waitForMemoSaved();
    await project.showTab('Historique');
    const panel = page.locator('.inspector [role="tabpanel"]:not([hidden])');
    await panel.getByText('Mémo modifié : Pistes d’évaluation').first().waitFor();
    await panel.getByRole('button', { name: 'Annuler', exact: true }).click();
    await panel.getByText('Annulée').waitFor();
    await project.showTab(/^Mémos/);
    await eventually(() => editor.textContent(), (text) => text !== null && !text.includes('puis le cadre'));
    expect(await editor.locator('ul > li').allTextContents()).toEqual(['le temps', 'la posture']);
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
  });

  it('adds a link with Ctrl+Shift+K, refusing addresses that are not web or email', async () => {
    const page = app.page;
    await project.openMemo('Première lecture');
    const editor = project.memoEditor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Voir stess.fr');
    await eventually(() => editor.textContent(), (text) => text?.endsWith('Voir stess.fr') === true);
    // Select « stess.fr » as a mouse would (arrow keys race with the editor on a busy machine).
    const selected = () =>
      editor.evaluate((root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.lastIndexOf('stess.fr');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'stess.fr'.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
        }
        return window.getSelection()!.toString();
      });
    expect(await selected()).toBe('stess.fr');
    await page.keyboard.press('Control+Shift+K');
    const address = page.getByRole('textbox', { name: 'Adresse du lien' });
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Adresse refusée' }).waitFor();
    await address.fill('stess.fr');
    await address.press('Enter');
    const link = editor.locator('a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://stess.fr');
    expect(await link.textContent()).toBe('stess.fr');
    await project.waitForMemoSaved();

    // The Edit menu of the desktop app sends its undo to the focused editor, which takes it.
    await editor.click();
    const taken = await editor.evaluate((element) => !element.dispatchEvent(new CustomEvent('balise:edit-history', { detail: 'undo', cancelable: true })));
    expect(taken).toBe(true);
    await eventually(() => link.count(), (n) => n === 0);
    await project.waitForMemoSaved();
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
  });

  it('writes the memo of the open document from the Mémos panel', async () => {
    const page = app.page;
    await project.openDocument('Entretien E01 — conseillère mission locale');
    await page.getByRole('button', { name: 'Mémo du document' }).click();
    const editor = project.memoEditor();
    await editor.click();
    await page.keyboard.type('Sonia décrit la peur de « mal faire ».');
    await project.waitForMemoSaved();
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
    const card = page.getByTestId('memo-list').locator('li', { hasText: 'Entretien E01 — conseillère mission locale' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Mémo de document');
    expect(await card.textContent()).toContain('Sonia décrit la peur');

    await project.openMemo('Pistes d’évaluation');
    await project.memoEditor().locator('li').first().waitFor();
    // The picture shows the memo, not the last confirmations.
    while ((await page.locator('.toast').count()) > 0) await page.locator('.toast').first().locator('.icon-btn').click();
    await saveScreenshot(page, 'memos');
  });

  it('deletes a memo after confirmation, and the deletion can be undone', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Tous les mémos' }).click();
    await project.openMemo('Entretien E01 — conseillère mission locale');
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer ce mémo ?' });
    await dialog.getByRole('button', { name: 'Supprimer le mémo' }).click();
    await eventually(() => project.memoTitles(), (titles) => titles.length === 2);
    expect(await project.memoTitles()).not.toContain('Entretien E01 — conseillère mission locale');
    const toast = page.locator('.toast', { hasText: 'Mémo supprimé : Entretien E01 — conseillère mission locale' });
    await toast.getByRole('button', { name: 'Annuler', exact: true }).click();
    expect(await eventually(() => project.memoTitles(), (titles) => titles.length === 3)).toContain('Entretien E01 — conseillère mission locale');
  });
});
