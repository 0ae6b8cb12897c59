import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app';
import { ProjectPage, WelcomePage, eventually } from './support/pages';

describe('project files: open, save a copy, missing files, errors, changes made elsewhere', () => {
  let app: RunningApp;
  let welcome: WelcomePage;
  beforeAll(async () => {
    app = await startApp();
    welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('saves a copy from the project header, then opens it through the Open dialog', async () => {
    const project = await welcome.createProject('Terrain');
    await app.page.getByRole('button', { name: 'Enregistrer une copie…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Enregistrer une copie du projet' });
    const copy = path.join(app.projectFolder, 'Terrain (copie).balise');
    expect(await dialog.getByLabel('Chemin de la copie').inputValue()).toBe(copy);
    await dialog.getByRole('button', { name: 'Enregistrer la copie' }).click();
    await dialog.waitFor({ state: 'detached' });
    const status = app.page.getByRole('status').filter({ hasText: 'Copie enregistrée' });
    await status.waitFor();
    expect(await status.textContent()).toContain(copy);
    expect(fs.existsSync(copy)).toBe(true);

    await project.closeProject();
    await welcome.openButton().click();
    const open = app.page.getByRole('dialog', { name: 'Ouvrir un projet' });
    const field = open.getByLabel('Chemin du fichier .balise');
    expect(await field.inputValue()).toBe(`${app.projectFolder}/`);
    // A wrong path is refused in the dialog, in French, next to the field.
    await field.fill(path.join(app.projectFolder, 'Absent.balise'));
    await open.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    const refusal = open.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(`Le fichier « ${path.join(app.projectFolder, 'Absent.balise')} » est introuvable.`);
    await field.fill(copy);
    await open.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    await new ProjectPage(app.page).waitUntilShown('Terrain');
    expect(await app.page.locator('footer.statusbar').textContent()).toContain(copy);
    await new ProjectPage(app.page).closeProject();
  });

  it('marks a recent project whose file is gone, explains the failure, and forgets it on request', async () => {
    const original = path.join(app.projectFolder, 'Terrain.balise');
    fs.rmSync(original);
    await app.page.reload();
    await welcome.waitUntilShown();
    // The copy keeps the project's name: the two entries differ by their file.
    const copy = path.join(app.projectFolder, 'Terrain (copie).balise');
    expect(await welcome.recentRow('Terrain').count()).toBe(2);
    const gone = welcome.recentEntryAt(original).locator('xpath=..');
    await gone.getByText('Fichier introuvable').waitFor();
    expect(await gone.textContent()).toContain('Terrain.balise');
    expect(await welcome.recentEntryAt(copy).locator('xpath=..').getByText('Fichier introuvable').count()).toBe(0);

    await welcome.recentEntryAt(original).click();
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Le fichier « ${original} » est introuvable.`);
    await alert.getByRole('button', { name: 'Masquer le message' }).click();
    expect(await app.page.getByRole('alert').count()).toBe(0);

    await gone.getByRole('button', { name: 'Retirer Terrain de la liste des projets récents' }).click();
    await eventually(
      () => app.page.getByText('Fichier introuvable').count(),
      (n) => n === 0,
    );
    expect(await welcome.recentEntryAt(copy).count()).toBe(1);
    expect(await welcome.recentEntryAt(original).count()).toBe(0);
  });

  it('follows a project opened by another client of the same service (project:changed event)', async () => {
    const reply = await fetch(`${app.origin}/api/call/projects:openDemo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    const project = new ProjectPage(app.page);
    await project.waitUntilShown('Projet de démonstration');
    await eventually(
      () => project.statusCounts(),
      (text) => text.startsWith('4 documents'),
    );
    await project.closeProject();
  });
});
