import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ImportDialog, dismissToasts, fixture } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('structure of imported documents: automatic coding, undo and redo, speakers', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    app.page.setDefaultTimeout(10_000);
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Structure StESS');
    const importer = new ImportDialog(app.page);
    await importer.importThroughDialog([
      fixture('fiche-observation-j2-mission-locale.docx'),
      fixture('entretien-conseillere-logement.docx'),
      fixture('entretien-animatrice-periscolaire.txt'),
    ]);
    await importer.close(await importer.summary());
  });
  afterAll(async () => {
    await app?.close();
  });

  const announced = (text: string) =>
    eventually(
      () => app.page.getByTestId('announcer').textContent(),
      (value) => value === text,
    );

  it('codes every answer of a block with a code after a preview count, then undoes and redoes it from the keyboard', async () => {
    const page = app.page;
    await project.showTab(/^Codebook/);
    await page.getByRole('button', { name: 'Coder automatiquement…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Coder automatiquement par la structure' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Bloc' }).isChecked()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Bloc' }).selectOption({ label: 'Recensement et analyse des freins — 5 passages' });
    await dialog.getByLabel('Code à appliquer').selectOption({ label: 'Freins' });
    const preview = dialog.getByTestId('autocode-preview');
    await eventually(() => preview.textContent(), (text) => text === '5 passages, 5 à coder, 0 déjà codé');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'codage-automatique');

    await dialog.getByRole('button', { name: 'Coder 5 passages' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '5 passages codés' }).waitFor();
    await eventually(() => project.statusCounts(), (text) => text.includes('5 codages'));

    // The coded answers, in the sheet, under their block.
    await project.showTab(/^Documents/);
    const viewer = await project.openDocument('fiche-observation-j2-mission-locale');
    expect(await eventually(() => viewer.locator('mark.coded').evaluateAll((marks) => marks.map((m) => m.getAttribute('title'))), (titles) => titles.length === 5)).toEqual(Array(5).fill('Codé : Freins'));

    // Ctrl+Z with the focus on the page, not in a field: the automatic coding goes away.
    await page.locator('body').click({ position: { x: 700, y: 860 } });
    await page.keyboard.press('Control+z');
    await eventually(() => project.statusCounts(), (text) => text.includes('0 codage'));
    await announced('Annulé : Codage automatique « Freins » : Recensement et analyse des freins');
    await eventually(() => viewer.locator('mark.coded').count(), (n) => n === 0);

    await page.keyboard.press('Control+Shift+z');
    await eventually(() => project.statusCounts(), (text) => text.includes('5 codages'));
    await announced('Rétabli : Codage automatique « Freins » : Recensement et analyse des freins');

    // The same rule again: every passage already has the code, nothing to apply.
    await viewer.getByRole('button', { name: 'Coder automatiquement…' }).click();
    await dialog.getByRole('combobox', { name: 'Bloc' }).selectOption({ label: 'Recensement et analyse des freins — 5 passages' });
    await dialog.getByLabel('Code à appliquer').selectOption({ label: 'Freins' });
    await eventually(() => preview.textContent(), (text) => text === 'Tous ces passages portent déjà ce code.');
    expect(await dialog.getByRole('button', { name: 'Coder', exact: true }).isDisabled()).toBe(true);

    // By prompt, from the viewer: both beneficiaries' answers to « Comment le bénéficiaire formule sa demande ? ».
    await dialog.getByRole('radio', { name: 'Question' }).check();
    await dialog.getByRole('combobox', { name: 'Question' }).selectOption({ label: 'Comment le bénéficiaire formule sa demande ? — 2 passages' });
    await dialog.getByLabel('Code à appliquer').selectOption({ label: 'Besoin numérique' });
    await eventually(() => preview.textContent(), (text) => text === '2 passages, 2 à coder, 0 déjà codé');
    await dialog.getByRole('button', { name: 'Coder 2 passages' }).click();
    await eventually(() => project.statusCounts(), (text) => text.includes('7 codages'));
    await eventually(() => viewer.locator('mark.coded').count(), (n) => n === 7);

    await dismissToasts(page);
    await viewer.locator('.doc-section', { hasText: 'Prise de note sur le bénéficiaire 1' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('.viewer__scroll').evaluate((el) => el.scrollBy(0, -150));
    await saveScreenshot(page, 'document-observation');
  });

  it('lists the session’s actions in the history, undone ones marked, with its own undo and redo buttons', async () => {
    const page = app.page;
    await dismissToasts(page);
    await page.getByRole('tab', { name: 'Historique' }).click();
    const history = page.getByTestId('history-list');
    await history.waitFor();
    const labels = await history.locator('.history-entry__label').allTextContents();
    expect(labels.slice(0, 2)).toEqual([
      'Codage automatique « Besoin numérique » : Comment le bénéficiaire formule sa demande ?',
      'Codage automatique « Freins » : Recensement et analyse des freins',
    ]);
    expect(labels).toContain('Importer « fiche-observation-j2-mission-locale.docx »');

    const panel = page.getByRole('tabpanel', { name: 'Historique' });
    await panel.getByRole('button', { name: 'Annuler', exact: true }).click();
    await eventually(() => history.locator('.history-entry--undone').count(), (n) => n === 1);
    expect(await history.locator('.history-entry--undone .badge').textContent()).toBe('Annulée');
    await panel.getByRole('button', { name: 'Rétablir', exact: true }).click();
    await eventually(() => history.locator('.history-entry--undone').count(), (n) => n === 0);
  });

  it('merges two spellings of a speaker across the project, and renames one in a single interview', async () => {
    const page = app.page;
    // Project-wide, from the details: the plain-text interview's « Q » is the same interviewer.
    await dismissToasts(page);
    await page.getByRole('tab', { name: 'Détails' }).click();
    await page.getByRole('button', { name: 'Corriger les interlocuteurs…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Interlocuteurs' });
    await dialog.getByTestId('speaker-list').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Fusionner… Q' }).click();
    await dialog.getByLabel('Fusionner « Q » avec').selectOption('Enquêtrice');
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: '« Q » devient « Enquêtrice » dans 3 tours de parole.' }).waitFor();
    await eventually(
      () => dialog.locator('.speaker-row__name').allTextContents(),
      (names) => !names.includes('Q'),
    );
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();

    // In one interview, from its viewer.
    await project.showTab(/^Documents/);
    const viewer = await project.openDocument('entretien-conseillere-logement');
    await viewer.getByRole('button', { name: 'Interlocuteurs…' }).click();
    dialog = page.getByRole('dialog', { name: 'Interlocuteurs' });
    expect(await dialog.getByRole('paragraph').first().textContent()).toContain('Dans « entretien-conseillere-logement »');
    await dialog.getByRole('button', { name: 'Renommer Enquêtrice' }).click();
    await dialog.getByLabel('Nouveau nom pour « Enquêtrice »').fill('Chercheuse');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByRole('status').filter({ hasText: '« Enquêtrice » devient « Chercheuse » dans 8 tours de parole.' }).waitFor();
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();

    const speakers = await eventually(
      () => viewer.locator('.turn__speaker').allTextContents(),
      (list) => list.includes('Chercheuse'),
    );
    expect(speakers).not.toContain('Enquêtrice');
    expect(new Set(speakers)).toEqual(new Set(['Chercheuse', 'Claire']));
    // The other interview keeps its « Enquêtrice »: the renaming stayed in this document.
    await project.openDocument('entretien-animatrice-periscolaire');
    expect(new Set(await page.getByRole('article').locator('.turn__speaker').allTextContents())).toEqual(new Set(['Enquêtrice', 'R']));
    expect(app.pageErrors).toEqual([]);
  });
});
