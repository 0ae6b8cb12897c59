import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { CodingPage } from './support/coding';
import { dismissToasts } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

/**
 * Coding a transcript of the demonstration project: select with the mouse, code by the palette,
 * by key 1 and in vivo, overlap two codes, see both stripes, remove from a stripe, undo, redo,
 * reload and find everything in place; then code with the keyboard alone.
 */
describe('coding passages in the document view', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let coding: CodingPage;
  const TURN = 'Le temps. Nos rendez-vous';
  const DOC = 'Entretien E01 — conseillère mission locale';

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.openDocument(DOC);
    coding = new CodingPage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('snaps a mouse selection to whole words, and keeps it exact with Alt', async () => {
    // From inside « recherche » to inside « logement »: whole words.
    await coding.dragSelect(TURN, 'recherche', 'logement', { fromOffset: 3, toOffset: 4 });
    expect(await coding.selectedText()).toBe('recherche de logement');
    await coding.dragSelect(TURN, 'recherche', 'logement', { fromOffset: 3, toOffset: 4, alt: true });
    expect(await coding.selectedText()).toBe('herche de loge');
  });

  it('codes a selection from the palette (Ctrl+K), then another with key 1', async () => {
    await coding.dragSelect(TURN, 'recherche', 'logement');
    await coding.palette('mise en cap');
    await eventually(() => coding.codedWith('Mise en capacité'), (list) => list.includes('recherche de logement'));
    await coding.announced('Passage codé « Mise en capacité »');
    await eventually(() => app.page.locator('.recent-code').first().textContent(), (text) => (text ?? '').includes('Mise en capacité'));

    // Key 1 applies the most recent code to a new selection.
    await coding.dragSelect(TURN, 'Le', 'temps');
    await app.page.keyboard.press('1');
    await eventually(() => coding.codedWith('Mise en capacité'), (list) => list.includes('Le temps'));
    await eventually(() => project.statusCounts(), (text) => text.includes('20 codages'));
  });

  it('overlaps a second code: the shared words carry both, and two stripes stand beside the turn', async () => {
    await coding.dragSelect(TURN, 'parfois', 'logement');
    await coding.palette('liés aux publics');
    await eventually(() => coding.codedWith('Liés aux publics'), (list) => list.includes('logement, parfois'));
    const both = coding.text().locator('mark.coded--2', { hasText: 'logement' });
    expect(await both.getAttribute('title')).toBe('Codé : Mise en capacité, Liés aux publics');
    const stripes = await eventually(
      () => coding.stripesBeside(TURN),
      (list) => list.filter((t) => t === 'Savoir-faire/Mise en capacité').length === 2 && list.includes('Freins/Liés aux publics'),
    );
    // Two « Mise en capacité » codings, one « Liés aux publics », and the two codings the demo had there.
    expect(stripes.length).toBe(5);
    await dismissToasts(app.page);
    await saveScreenshot(app.page, 'codage');
  });

  it('undoes and redoes the last coding from the keyboard, in order', async () => {
    await coding.text().focus();
    await app.page.keyboard.press('Control+z');
    await eventually(() => coding.codedWith('Liés aux publics'), (list) => !list.includes('logement, parfois'));
    await app.page.keyboard.press('Control+z');
    await eventually(() => coding.codedWith('Mise en capacité'), (list) => !list.includes('Le temps'));
    await app.page.keyboard.press('Control+Shift+z');
    await eventually(() => coding.codedWith('Mise en capacité'), (list) => list.includes('Le temps'));
    await app.page.keyboard.press('Control+Shift+z');
    await eventually(() => coding.codedWith('Liés aux publics'), (list) => list.includes('logement, parfois'));
    await eventually(() => project.statusCounts(), (text) => text.includes('21 codages'));
  });

  it('goes back to any point from the history panel, and forward again', async () => {
    await app.page.getByRole('tab', { name: /^Historique/ }).click();
    const list = app.page.getByTestId('history-list');
    // Newest first: « Liés aux publics », then the two « Mise en capacité ».
    await list.getByRole('button', { name: 'Annuler jusqu’ici' }).nth(1).click();
    await eventually(() => coding.codedWith('Mise en capacité'), (found) => !found.includes('Le temps'));
    expect(await coding.codedWith('Liés aux publics')).not.toContain('logement, parfois');
    await coding.announced('Annulé jusqu’à : Coder « Mise en capacité » (2 actions)');
    await list.getByRole('button', { name: 'Rétablir jusqu’ici' }).first().click();
    await eventually(() => coding.codedWith('Liés aux publics'), (found) => found.includes('logement, parfois'));
    expect(await coding.codedWith('Mise en capacité')).toContain('Le temps');
  });

  it('removes a coding from its stripe menu, and undoes that', async () => {
    await dismissToasts(app.page);
    const stripe = coding.text().locator('.doc-block', { hasText: TURN }).locator('.stripe[title="Freins/Liés aux publics"]');
    await stripe.first().click();
    const menu = app.page.getByRole('menu', { name: 'Codage « Freins/Liés aux publics »' });
    await menu.waitFor();
    expect(await menu.textContent()).toContain('logement, parfois');
    await menu.getByRole('menuitem', { name: 'Retirer le codage' }).click();
    await eventually(() => coding.codedWith('Liés aux publics'), (list) => !list.includes('logement, parfois'));
    await eventually(() => project.statusCounts(), (text) => text.includes('20 codages'));
    await coding.text().focus();
    await app.page.keyboard.press('Control+z');
    await eventually(() => coding.codedWith('Liés aux publics'), (list) => list.includes('logement, parfois'));
  });

  it('comments a coding from its stripe; the comment is among the memos', async () => {
    await dismissToasts(app.page);
    await coding.text().locator('.doc-block', { hasText: TURN }).locator('.stripe[title="Freins/Liés aux publics"]').first().click();
    await app.page.getByRole('menuitem', { name: 'Commenter…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Commentaire sur le codage « Freins/Liés aux publics »' });
    await dialog.waitFor();
    await dialog.getByRole('textbox').click();
    await app.page.keyboard.type('Le logement revient dans chaque entretien.');
    await dialog.locator('[data-testid="memo-status"][data-state="saved"]').waitFor();
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await app.page.getByRole('tab', { name: /^Mémos/ }).click();
    await eventually(() => app.page.getByTestId('memo-list').textContent(), (text) => (text ?? '').includes('Le logement revient dans chaque entretien.'));
  });

  it('finds every coding in place after reloading the page', async () => {
    await app.page.reload();
    await project.waitUntilShown('Projet de démonstration');
    await project.openDocument(DOC);
    expect(await coding.codedWith('Mise en capacité')).toEqual(expect.arrayContaining(['Le temps', 'recherche de logement']));
    expect(await coding.codedWith('Liés aux publics')).toContain('logement, parfois');
    expect(await project.statusCounts()).toContain('21 codages');
  });

  it('codes in vivo (Ctrl+I): a new code named after the words', async () => {
    await coding.dragSelect('Et franchement', 'Et', 'franchement');
    await app.page.keyboard.press('Control+i');
    await coding.announced('Code in vivo créé et appliqué');
    await eventually(() => coding.codedWith('Et franchement'), (list) => list.includes('Et franchement'));
    await project.showTab(/^Codebook/);
    expect(await project.codeNames()).toEqual(expect.arrayContaining(['In vivo', 'Et franchement']));
    await project.showTab(/^Documents/);
  });

  it('codes by clicking a code in the codebook, and hides a code’s highlights with its eye', async () => {
    await coding.dragSelect(TURN, 'parfois', 'santé');
    await project.showTab(/^Codebook/);
    await project.codeRow('Processus internes').click();
    await eventually(() => coding.codedWith('Processus internes'), (list) => list.includes('parfois la santé'));
    await coding.announced('Passage codé « Processus internes »');

    // A code dragged from the codebook onto the selected words codes them too.
    await coding.dragSelect('posé le plus', 'plus', 'difficultés');
    await project.codeRow('Posture ou compétence').dragTo(coding.text().locator('.doc-block', { hasText: 'posé le plus' }).locator('p'));
    await eventually(() => coding.codedWith('Posture ou compétence'), (list) => list.includes('plus de difficultés'));

    await app.page.getByRole('button', { name: 'Masquer les surlignages de « Processus internes »' }).click();
    await eventually(() => coding.codedWith('Processus internes'), (list) => list.length === 0);
    expect(await coding.codedWith('Mise en capacité')).toContain('recherche de logement');
    await app.page.getByRole('button', { name: /Afficher les surlignages de « Processus internes »/ }).click();
    await eventually(() => coding.codedWith('Processus internes'), (list) => list.includes('parfois la santé'));
    await project.showTab(/^Documents/);
  });

  it('codes with the keyboard alone and says which codes are at the caret', async () => {
    const page = coding.text();
    await page.focus();
    // To the start of the text (the title), then two words selected word by word.
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.down('Shift');
    await app.page.keyboard.press('Control+ArrowRight');
    await app.page.keyboard.press('Control+ArrowRight');
    await app.page.keyboard.up('Shift');
    expect((await coding.selectedText()).trim()).toBe('Entretien avec');
    await coding.palette('accueil');
    await eventually(() => coding.codedWith('Accueil et confiance'), (list) => list.some((t) => t.trim() === 'Entretien avec'));
    // The caret moved into text coded « Liés aux publics » is announced.
    await coding.dragSelect('seulement un téléphone', 'seulement', 'un');
    await app.page.keyboard.press('ArrowRight');
    await coding.announced('Codes ici : Liés aux publics');
    expect(app.pageErrors).toEqual([]);
  });
});
