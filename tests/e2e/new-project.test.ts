import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stessCodebook } from '../../shared/templates/stess';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { WelcomePage, eventually, hexToRgb } from './support/pages';

/** What a StESS project's codebook must show, family then its codes, in the protocol's order. */
const expected = stessCodebook.flatMap((family) => [
  { name: family.name, color: hexToRgb(family.color), family: true },
  ...(family.children ?? []).map((code) => ({ name: code.name, color: hexToRgb(code.color), family: false })),
]);

describe('a researcher creates a StESS project, closes it and reopens it from the recent list', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates the project from the welcome screen with the 15 StESS codes in three families', async () => {
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await welcome.page.getByText('Aucun projet récent').count()).toBe(1);

    const dialog = await welcome.openNewProjectDialog();
    // The folder is the server's default project folder; the template is StESS by default.
    expect(await dialog.getByLabel('Dossier').inputValue()).toBe(app.projectFolder);
    expect(await dialog.getByRole('radio', { name: /StESS/ }).isChecked()).toBe(true);
    await dialog.getByLabel('Nom du projet').fill('Entretiens StESS 2025');
    await expect(dialog.getByText(`${app.projectFolder}/Entretiens StESS 2025.balise`).count()).resolves.toBe(1);
    await saveScreenshot(app.page, 'nouveau-projet');
    await dialog.getByRole('button', { name: 'Créer le projet' }).click();

    const { ProjectPage } = await import('./support/pages');
    const project = new ProjectPage(app.page);
    await project.waitUntilShown('Entretiens StESS 2025');
    expect(fs.existsSync(path.join(app.projectFolder, 'Entretiens StESS 2025.balise'))).toBe(true);

    await project.showTab(/^Codebook/);
    const codes = await eventually(
      () => project.codes(),
      (list) => list.length === 15,
    );
    expect(codes).toEqual(expected);
    expect(codes.filter((code) => code.family).map((code) => code.name)).toEqual(['Freins', 'Savoir-faire', 'Besoins']);
    expect(await project.statusCounts()).toContain('15 codes');
    // French puts zero in the singular.
    expect(await project.statusCounts()).toBe('0 document · 15 codes · 0 codage · 0 cas · 0 mémo');
    expect(await project.statusBar().textContent()).toContain(`${app.projectFolder}/Entretiens StESS 2025.balise`);
    await saveScreenshot(app.page, 'projet-codebook');

    // A family folds and unfolds.
    const toggle = app.page.getByRole('button', { name: 'Sous-codes de Freins' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await project.codeRows().count()).toBe(11);
    await toggle.click();
    expect(await project.codeRows().count()).toBe(15);
  });

  it('lists the closed project among the recent projects and reopens it with its codebook', async () => {
    const { ProjectPage } = await import('./support/pages');
    const welcome = await new ProjectPage(app.page).closeProject();
    const entry = welcome.recentEntry('Entretiens StESS 2025');
    await entry.waitFor();
    expect(await entry.textContent()).toContain(app.projectFolder);
    expect(await entry.getAttribute('title')).toBe(path.join(app.projectFolder, 'Entretiens StESS 2025.balise'));
    expect(await welcome.recentList().getByText('Fichier introuvable').count()).toBe(0);
    await saveScreenshot(app.page, 'accueil');

    await entry.click();
    const project = new ProjectPage(app.page);
    await project.waitUntilShown('Entretiens StESS 2025');
    await project.showTab(/^Codebook/);
    const codes = await eventually(
      () => project.codes(),
      (list) => list.length === 15,
    );
    expect(codes).toEqual(expected);
    expect(await project.statusCounts()).toContain('15 codes');
    expect(app.pageErrors).toEqual([]);
  });
});
