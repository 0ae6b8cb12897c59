/**
 * The analysts' question of issue 5, built through the UI on the real fixtures: « what freins do
 * mission-locale professionals meet, compared with the mediators' view, in zone 5? ». The day-2
 * observation sheet of binôme B07 (Missions locales, zone 5) belongs to both B07-M (the mediator)
 * and B07-P (the professional); in its debrief the « Retour du médiateur numérique » column is
 * B07-M's and the « Retour du professionnel » column B07-P's. Expected passages are read from
 * the fixture: a frein observed in the facts belongs to both, each debrief answer to one case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { CodingPage } from './support/coding';
import { ImportDialog, dismissToasts, fixture } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const SHEET = 'fiche-observation-j2-mission-locale';
const OBSERVED = "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne";
const PRO = "Je fais souvent à la place des jeunes parce que l'agenda est plein";
const MED = 'Comment outiller les conseillers sans leur ajouter une mission de plus';

describe('the analysts’ question, through the UI', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    app.page.setDefaultTimeout(10_000);
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Question des analystes');
    const importing = new ImportDialog(app.page);
    await importing.importThroughDialog([fixture(`${SHEET}.docx`)]);
    await importing.close(await importing.summary());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports the case table and gives each member of the binôme the sheet and their own debrief column', async () => {
    const page = app.page;
    await project.showTab('Tableau des cas');
    const view = page.getByRole('tabpanel', { name: 'Tableau des cas' });
    const chooser = page.waitForEvent('filechooser');
    await view.getByRole('button', { name: 'Importer un tableau de cas…' }).click();
    await (await chooser).setFiles(fixture('cas.csv'));
    const importDialog = page.getByRole('dialog', { name: 'Importer un tableau de cas' });
    await importDialog.getByRole('button', { name: 'Importer les cas' }).click();
    await importDialog.getByRole('button', { name: 'Voir les cas' }).click();
    await importDialog.waitFor({ state: 'detached' });
    const grid = page.getByRole('grid', { name: 'Tableau des cas' });
    await eventually(() => grid.getByRole('rowheader').allTextContents(), (names) => names.length === 7);

    for (const [name, column] of [
      ['B07-M', 'Retour du médiateur numérique'],
      ['B07-P', 'Retour du professionnel'],
    ] as const) {
      await dismissToasts(page);
      const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      // Columns: selection, Cas, Documents…
      const documentsCell = row.locator('th, td').nth(2);
      await documentsCell.click();
      const dialog = page.getByRole('dialog', { name: `Documents du cas ${name}` });
      await dialog.getByLabel('Document', { exact: true }).selectOption({ label: SHEET });
      const part = dialog.getByLabel('Partie', { exact: true });
      await eventually(() => part.locator('option').count(), (n) => n === 5);
      await part.selectOption({ label: 'Document entier' });
      await dialog.getByRole('button', { name: 'Relier', exact: true }).click();
      await eventually(() => dialog.getByTestId('case-links').locator('li').count(), (n) => n === 1);
      const options = await part.locator('option').allTextContents();
      await part.selectOption({ label: options.find((o) => o.startsWith(`Colonne « ${column} »`))! });
      await dialog.getByRole('button', { name: 'Relier', exact: true }).click();
      await eventually(() => dialog.getByTestId('case-links').locator('li').count(), (n) => n === 2);
      await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
      await dialog.waitFor({ state: 'detached' });
      expect(((await documentsCell.textContent()) ?? '').trim()).toBe('1 document · 1 partie');
    }
  });

  it('codes a frein in the observed facts and one in each debrief column', async () => {
    const page = app.page;
    await project.showTab('Codage');
    // Importing the case table showed the cases in the sidebar.
    await project.showTab('Documents');
    await project.openDocument(SHEET);
    const coding = new CodingPage(page);
    for (const [within, from, to, code] of [
      [OBSERVED, 'jeunes', 'ligne', 'liés aux publics'],
      [PRO, 'Je', 'plein', 'posture ou comp'],
      [MED, 'Comment', 'plus', 'processus internes'],
    ] as const) {
      await coding.dragSelect(within, from, to);
      await coding.palette(code);
    }
    await eventually(() => coding.codedWith('Processus internes'), (coded) => coded.length === 1);
    expect(await coding.codedWith('Liés aux publics')).toEqual([OBSERVED]);
    expect(await coding.codedWith('Posture ou compétence')).toEqual([PRO]);
    expect(await coding.codedWith('Processus internes')).toEqual([MED]);
  });

  it('asks the question in « Extraits codés »: the professionals’ freins, then the mediators’', async () => {
    const page = app.page;
    await project.showTab('Extraits codés');
    const view = page.getByTestId('extracts-view');
    const pane = view.getByRole('complementary', { name: 'Construire la requête' });
    await pane.getByRole('checkbox', { name: 'Freins', exact: true }).check();
    const hits = () => view.locator('.extract-card__hit').allTextContents();
    const result = async (counts: string, expected: string[]) =>
      eventually(
        async () => [await view.getByTestId('extract-counts').textContent().catch(() => null), await hits()],
        ([c, h]) => c === counts && JSON.stringify(h) === JSON.stringify(expected),
      );
    await result('3 passages · 1 document · 2 cas', [OBSERVED, PRO, MED]);

    await pane.getByRole('tab', { name: /^Filtres/ }).click();
    const section = pane.locator('details', { has: page.locator('summary', { hasText: 'Attributs des cas' }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await section.getByRole('group', { name: 'Branche' }).getByRole('checkbox', { name: /^Missions locales/ }).check();
    await section.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: /^Zone 5/ }).check();
    await section.getByRole('group', { name: 'Rôle' }).getByRole('checkbox', { name: /^Professionnelle/ }).check();
    // The professional: the observed frein and her own debrief answer, not the mediator's.
    await result('2 passages · 1 document · 1 cas', [OBSERVED, PRO]);
    const proCard = view.getByTestId('extract-card').filter({ hasText: PRO });
    const meta = await proCard.locator('.extract-card__meta').innerText();
    expect(meta).toContain('Retour du professionnel');
    expect(meta).toContain('B07-P');
    expect(meta).not.toContain('B07-M');
    await saveScreenshot(page, 'question-analystes');

    // The mediators' view of the same zone and branch.
    await view.getByRole('button', { name: 'Retirer le filtre « Rôle : Professionnelle »' }).click();
    await section.getByRole('group', { name: 'Rôle' }).getByRole('checkbox', { name: /^Médiatrice numérique/ }).check();
    await result('2 passages · 1 document · 1 cas', [OBSERVED, MED]);
    expect(await view.getByTestId('extract-card').filter({ hasText: MED }).locator('.extract-card__meta').innerText()).toContain('B07-M');
  });
});
