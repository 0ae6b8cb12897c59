import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('linking documents to cases by hand', () => {
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

  it('links a second document to a case, then unlinks it, and Ctrl+Z brings the link back', async () => {
    await project.showTab(/^Cas/);
    const card = app.page.getByTestId('case-list').locator('.card').filter({ has: app.page.locator('.card__title', { hasText: /^E01$/ }) });
    await card.waitFor();
    expect(await card.getByRole('list', { name: 'Documents du cas E01' }).textContent()).toContain('Entretien E01');

    await card.getByLabel('Relier un document au cas E01').selectOption({ label: 'Notes de terrain — médiatrice M02' });
    await eventually(() => card.locator('.card__count').textContent(), (text) => text === '2 documents');
    expect(await card.getByRole('list', { name: 'Documents du cas E01' }).textContent()).toContain('Notes de terrain');
    await saveScreenshot(app.page, 'cas');

    await card.getByRole('button', { name: 'Délier « Entretien E01 — conseillère mission locale » de ce cas' }).click();
    await eventually(() => card.locator('.card__count').textContent(), (text) => text === '1 document');

    await app.page.locator('body').click({ position: { x: 700, y: 500 } });
    await app.page.keyboard.press('Control+z');
    await eventually(() => card.locator('.card__count').textContent(), (text) => text === '2 documents');
  });
});
