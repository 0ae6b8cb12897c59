import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ImportDialog, dropFiles, fixture, progressSeen, truncatedDocx, watchProgress } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('importing field material', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let importer: ImportDialog;
  let corrupt: string;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Terrain StESS');
    importer = new ImportDialog(app.page);
    corrupt = truncatedDocx();
  });
  afterAll(async () => {
    await app?.close();
    if (corrupt) fs.rmSync(path.dirname(corrupt), { recursive: true, force: true });
  });

  it('imports a batch through the file dialog, with progress, and sums up what was imported and what failed', async () => {
    await watchProgress(app.page);
    await importer.importThroughDialog([
      fixture('fiche-observation-j2-mission-locale.docx'),
      fixture('entretien-conseillere-logement.docx'),
      fixture('entretien-animateur-foyer.vtt'),
      fixture('entretien-animatrice-periscolaire.txt'),
      corrupt,
    ]);
    const summary = await importer.summary();
    const seen = await progressSeen(app.page);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((value) => value.endsWith('/5'))).toBe(true);

    expect(await summary.getByRole('status').first().textContent()).toBe('4 documents importés · 1 échec');
    expect(await importer.rows(summary, 'Importés')).toEqual([
      { name: 'fiche-observation-j2-mission-locale', detail: 'Fiche d’observation · 5 grilles · 35 réponses' },
      { name: 'entretien-conseillere-logement', detail: 'Entretien · 15 tours de parole · 2 interlocuteurs' },
      { name: 'entretien-animateur-foyer', detail: 'Entretien · 6 tours de parole · 2 interlocuteurs' },
      { name: 'entretien-animatrice-periscolaire', detail: 'Entretien · 6 tours de parole · 2 interlocuteurs' },
    ]);
    const failed = await importer.rows(summary, 'Échecs');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.name).toBe('fiche-tronquee.docx');
    expect(failed[0]!.detail).toMatch(/^« fiche-tronquee\.docx » est endommagé ou tronqué et ne peut pas être lu/);
    await saveScreenshot(app.page, 'import-resume');
    expect(await seriousViolations(app.page)).toEqual([]);

    await importer.close(summary);
    const names = await eventually(
      () => project.documentButtons().locator('.doc-item__name').allTextContents(),
      (list) => list.length === 4,
    );
    expect(names).toEqual(expect.arrayContaining(['fiche-observation-j2-mission-locale', 'entretien-conseillere-logement']));
    expect(await project.statusCounts()).toContain('4 documents');
  });

  it('skips a file already in the project as a duplicate, and imports it anyway on request', async () => {
    await importer.importThroughDialog([fixture('entretien-animateur-foyer.vtt')]);
    const summary = await importer.summary();
    expect(await summary.getByRole('status').first().textContent()).toBe('0 document importé · 1 doublon ignoré');
    expect(await importer.rows(summary, 'Doublons ignorés')).toEqual([
      { name: 'entretien-animateur-foyer.vtt', detail: 'Même texte que « entretien-animateur-foyer », déjà dans le projet.' },
    ]);
    await summary.getByRole('button', { name: 'Importer quand même « entretien-animateur-foyer.vtt »' }).click();
    await eventually(
      () => importer.rows(summary, 'Importés'),
      (rows) => rows.length === 1,
    );
    expect(await importer.group(summary, 'Doublons ignorés').count()).toBe(0);
    await importer.close(summary);
    await eventually(() => project.statusCounts(), (text) => text.includes('5 documents'));

    // The extra copy goes away with Ctrl+Z (the focus is not in a text field).
    await app.page.locator('body').click({ position: { x: 700, y: 450 } });
    await app.page.keyboard.press('Control+z');
    await eventually(() => project.statusCounts(), (text) => text.includes('4 documents'));
    await eventually(
      () => app.page.getByTestId('announcer').textContent(),
      (text) => text === 'Annulé : Importer « entretien-animateur-foyer.vtt »',
    );
  });

  it('imports a file dropped on the window', async () => {
    const { overlayShown } = await dropFiles(app.page, [fixture('fiche-observation-j1-aide-domicile.docx')]);
    expect(overlayShown).toBe(true);
    const summary = await importer.summary();
    expect(await importer.rows(summary, 'Importés')).toEqual([
      { name: 'fiche-observation-j1-aide-domicile', detail: 'Fiche d’observation · 2 grilles · 15 réponses' },
    ]);
    expect(await app.page.getByTestId('drop-overlay').count()).toBe(0);
    await importer.close(summary);
    await eventually(() => project.statusCounts(), (text) => text.includes('5 documents'));
  });

  it('shows an imported observation sheet with its grids, blocks, and each prompt above its answer', async () => {
    const viewer = await project.openDocument('fiche-observation-j2-mission-locale');
    const text = viewer.getByTestId('document-text');
    expect(await text.locator('.doc-section').allTextContents()).toEqual([
      'Contexte général',
      'Environnement de travail',
      'Prise de note sur le bénéficiaire 1',
      'Nouveau bénéficiaire',
    ]);
    expect(await text.locator('.doc-subsection').allTextContents()).toEqual([
      'Recensement des besoins',
      'Recensement des savoir-faire',
      'Recensement et analyse des freins',
      'Échanges sur les situations inattendues',
    ]);
    const answer = text.locator('.answer', { has: app.page.locator('.answer__prompt', { hasText: 'Comment le bénéficiaire formule sa demande ?' }) }).first();
    const prompt = await answer.locator('.answer__prompt').boundingBox();
    const body = await answer.locator('.answer__text').boundingBox();
    expect(prompt!.y + prompt!.height).toBeLessThanOrEqual(body!.y + 1);
    expect(await answer.locator('.answer__text').textContent()).toContain('« Il faut que je m\'inscrive sinon je perds l\'aide. »');
    // The debrief keeps who wrote each answer.
    expect(await text.locator('.answer__column').allTextContents()).toEqual(
      expect.arrayContaining(['Retour du médiateur numérique', 'Retour du professionnel']),
    );
    expect(app.pageErrors).toEqual([]);
  });

  it('stops a batch between two files when the researcher cancels, and says what was left out', async () => {
    const page = app.page;
    // Slow uploads down, so that « Annuler » comes while the first file is being imported.
    await page.route('**/api/call/imports:upload', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await importer.importThroughDialog([
      fixture('entretien-conseillere-logement.odt'),
      fixture('entretien-conseillere-logement.pdf'),
      fixture('fiche-observation-j1-aide-domicile.rtf'),
    ]);
    const progress = page.getByRole('dialog', { name: 'Import en cours' });
    expect(await progress.getByRole('progressbar', { name: 'Progression de l’import' }).getAttribute('aria-valuemax')).toBe('3');
    await progress.getByRole('button', { name: 'Annuler' }).click();
    const summary = await importer.summary();
    await page.unroute('**/api/call/imports:upload');
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('Import interrompu');
    expect(await summary.locator('.notice').textContent()).toBe('2 fichiers non traités : l’import a été annulé.');
    expect(await summary.locator('.summary-row').count()).toBe(1);
    await importer.close(summary);
  });
});

