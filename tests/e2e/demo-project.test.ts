import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('the demonstration project', () => {
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

  it('opens with its four documents, cases and memo', async () => {
    await project.showTab(/^Documents/);
    const names = await eventually(
      () => project.documentButtons().locator('.doc-item__name').allTextContents(),
      (list) => list.length === 4,
    );
    expect(names).toEqual([
      'Entretien E01 — conseillère mission locale',
      'Fiche d’observation B04 — jour 2',
      'Entretien E07 — animateur FJT',
      'Notes de terrain — médiatrice M02',
    ]);
    expect(await project.documentButtons().first().textContent()).toContain('Entretien');
    expect(await project.documentButtons().first().textContent()).toContain('6 codages');
    expect(await project.statusCounts()).toBe('4 documents · 15 codes · 18 codages · 4 cas · 1 mémo');

    await project.showTab(/^Cas/);
    const cases = app.page.getByTestId('case-list');
    await cases.waitFor();
    expect(await cases.locator('.card__title').allTextContents()).toEqual(['E01', 'B04', 'E07', 'M02']);
    expect(await cases.textContent()).toContain('Missions locales');
    expect(await cases.locator('.card__count').first().textContent()).toBe('1 document');
    expect(await app.page.getByTestId('memo-list').textContent()).toContain('Première lecture');
  });

  it('shows a transcript with its speaker turns, times and highlighted codings', async () => {
    await project.showTab(/^Documents/);
    const viewer = await project.openDocument('Entretien E01 — conseillère mission locale');
    const text = viewer.getByTestId('document-text');
    expect(await text.getByRole('heading', { name: 'Entretien avec Sonia, conseillère en mission locale' }).count()).toBe(1);
    const turns = text.locator('.turn');
    expect(await turns.count()).toBe(5);
    expect(await turns.locator('.turn__speaker').allTextContents()).toEqual(['Enquêtrice', 'Sonia', 'Enquêtrice', 'Sonia', 'Sonia']);
    expect(await turns.first().locator('.turn__time').textContent()).toBe('00:00:12');

    const marks = text.locator('mark.coded');
    expect(await marks.count()).toBe(6);
    const first = marks.first();
    expect(await first.textContent()).toBe('seulement un téléphone avec l’écran cassé');
    expect(await first.getAttribute('title')).toBe('Codé : Liés aux publics');
    // A tint of the code's colour (#e74c3c), and an underline in it.
    const background = await first.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await first.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('rgb(231, 76, 60)');
    await saveScreenshot(app.page, 'document-demonstration');
  });

  it('lays out an observation grid: grid title with its column, then each block, and the prompt above each answer', async () => {
    const viewer = await project.openDocument('Fiche d’observation B04 — jour 2');
    const text = viewer.getByTestId('document-text');
    expect(await text.locator('.doc-section').allTextContents()).toEqual(['Prise de note sur le bénéficiaire 1']);
    const answers = text.locator('.answer');
    expect(await answers.count()).toBe(3);
    expect(await text.locator('.doc-section__column').allTextContents()).toEqual(['Médiateur']);
    expect(await text.locator('.doc-subsection').first().textContent()).toBe('Recensement des besoins');
    expect(await answers.first().locator('.answer__prompt').textContent()).toBe('Quelle est la demande ?');
    // « faute de temps » is coded twice (posture, processus internes): one mark carries both codes.
    const overlap = text.locator('mark.coded--2');
    expect(await overlap.count()).toBe(1);
    expect(await overlap.getAttribute('title')).toBe('Codé : Posture ou compétence, Processus internes');
  });

  it('switches the interface to English and back to French', async () => {
    await project.switchLanguage('English');
    await app.page.getByRole('tab', { name: /^Cases/ }).waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await project.statusCounts()).toBe('4 documents · 15 codes · 18 codings · 4 cases · 1 memo');
    expect(await app.page.getByRole('button', { name: 'Close project' }).count()).toBe(1);
    expect(await app.page.getByTestId('document-text').locator('mark.coded').first().getAttribute('title')).toMatch(/^Coded: /);

    await project.switchLanguage('Français');
    await app.page.getByRole('tab', { name: /^Cas/ }).waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await project.statusCounts()).toContain('18 codages');
    expect(app.pageErrors).toEqual([]);
  });
});
