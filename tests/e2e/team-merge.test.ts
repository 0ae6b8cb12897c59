import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliceAndBruno } from '../integration/merge/merge-support';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ProjectPage, WelcomePage, escapeRegExp, eventually } from './support/pages';

/**
 * Alice's and Bruno's projects are built through the service (tests/integration/merge/merge-support.ts:
 * Bruno coded 5 passages, one of them only in his edited text, renamed a code, added « Freins/Temps »,
 * wrote 3 memos and comments, added case E99). Alice opens hers and merges his .balise from the UI.
 */
describe('merging another researcher’s project (« Équipe » › « Fusionner un projet »)', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let brunoFile: string;

  const panel = () => app.page.locator('.merge');
  const counts = () => panel().getByTestId('merge-counts');
  /** The figure of a line (« nouveaux ») of a group (« Codages ») of the counts table. */
  const figure = (group: string, line: string) =>
    counts()
      .locator('tbody', { has: app.page.getByRole('rowheader', { name: group, exact: true }) })
      .getByRole('row', { name: new RegExp(`^${escapeRegExp(line)} `) })
      .locator('td')
      .textContent();
  /** French guillemets hold their words with non-breaking spaces (fr-merge.ts). */
  const nb = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
  const settled = () => eventually(() => panel().getAttribute('aria-busy'), (busy) => busy === 'false');

  beforeAll(async () => {
    const team = await aliceAndBruno();
    await team.service.call('projects:close', {});
    app = await startApp();
    const aliceFile = path.join(app.projectFolder, 'question.balise');
    brunoFile = path.join(app.projectFolder, 'bruno.balise');
    fs.copyFileSync(team.alice.file, aliceFile);
    fs.copyFileSync(team.brunoFile, brunoFile);
    await new WelcomePage(app.page).waitUntilShown();
    const reply = await fetch(`${app.origin}/api/call/projects:open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify({ path: aliceFile }),
    });
    expect(reply.status).toBe(200);
    project = new ProjectPage(app.page);
    await project.waitUntilShown('question');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews what Bruno’s file brings, takes the review, merges, and the coder filter lists Bruno', async () => {
    await project.showTab('Équipe');
    await project.showTab('Fusionner un projet');
    await panel().getByText('Déposez ici le fichier de votre collègue').waitFor();

    await panel().getByTestId('merge-drop').locator('input[type="file"]').setInputFiles(brunoFile);
    await counts().waitFor();
    await settled();
    // The figures worked out in tests/integration/merge/merge.test.ts.
    expect(await counts().locator('caption').textContent()).toBe(nb('Ce que « bruno.balise » apporterait'));
    expect(await figure('Codages', 'nouveaux')).toBe('4');
    expect(await figure('Codages', 'déjà présents')).toBe('8');
    expect(await figure('Codages', 'impossibles à placer')).toBe('1');
    expect(await figure('Documents', 'reconnus à leur nom')).toBe('1');
    expect(await figure('Mémos et commentaires', 'nouveaux')).toBe('3');
    expect(await figure('Cas', 'valeurs en conflit (la vôtre gardée)')).toBe('1');
    const warnings = await panel().locator('.merge-warnings__item').allTextContents();
    expect(warnings).toEqual([
      nb('« entretien-conseillere-logement » a le même nom que « entretien-conseillere-logement » mais un autre texte. Codages reportés sur votre texte : 4 ; impossibles à placer (non repris) : 1.'),
      nb('Cas B07-M, Zone : « Zone 5 » chez vous, « Zone 6 » chez l’autre — votre valeur est gardée.'),
    ]);
    expect(await panel().getByTestId('merge-coders').textContent()).toBe('Nouveaux codeurs : Bruno');

    // Review: skipping « Freins/Temps » leaves its coding out (the counts follow), then back to « Le créer ».
    const action = panel().getByRole('combobox', { name: nb('Que faire du code « Freins/Temps »') });
    await action.selectOption('skip');
    await settled();
    await eventually(() => figure('Codages', 'ignorés'), (n) => n === '1');
    expect(await figure('Codages', 'nouveaux')).toBe('3');
    await action.selectOption('create');
    await settled();
    await eventually(() => figure('Codages', 'nouveaux'), (n) => n === '4');
    await panel().getByRole('radio', { name: 'Prendre son nom' }).check();
    await settled();

    expect(await seriousViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'fusion');

    await panel().getByRole('button', { name: 'Fusionner', exact: true }).click();
    const toast = app.page.getByRole('status').filter({ hasText: nb('Fusion de « bruno.balise » faite') });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('codages : 4, mémos : 3, documents : 0, codes : 1, cas : 1, codeurs : 1. Ctrl+Z l’annule.');
    await panel().getByText('Fusion faite. Ctrl+Z l’annule entièrement').waitFor();
    expect(await counts().locator('caption').textContent()).toBe(nb('Ce que « bruno.balise » a apporté'));
    // « Prendre son nom »: the codebook now says « Organisation interne ».
    await eventually(() => project.codeNames(), (names) => names.includes('Organisation interne') && names.includes('Temps'));

    await project.showTab('Extraits codés');
    const pane = app.page.getByTestId('extracts-view').getByRole('complementary', { name: 'Construire la requête' });
    await pane.getByRole('tab', { name: /^Filtres/ }).click();
    const coders = pane.locator('details', { has: app.page.locator('summary', { hasText: 'Codeurs et codeuses' }) });
    if ((await coders.getAttribute('open')) === null) await coders.locator('summary').click();
    await eventually(() => coders.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent ?? '')), (labels) => labels.some((l) => l.startsWith('Bruno')) && labels.some((l) => l.startsWith('Alice')));

    await app.page.locator('body').click({ position: { x: 700, y: 450 } });
    await app.page.keyboard.press('Control+z');
    await eventually(() => app.page.getByTestId('announcer').textContent(), (text) => text === 'Annulé : Fusion du projet « bruno.balise »');
    await eventually(() => project.codeNames(), (names) => names.includes('Processus internes') && !names.includes('Temps'));
    await project.showTab('Équipe');
    await panel().getByText('Fusion annulée : votre projet est revenu à son état d’avant. Ctrl+Maj+Z la rétablit.').waitFor();
  });

  it('a dropped file that is not a project says why in French, without the import overlay', async () => {
    await project.showTab('Équipe');
    await panel().getByRole('button', { name: 'Choisir un autre fichier' }).click();
    await panel().getByTestId('merge-drop').waitFor();
    await app.page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['des notes'], 'notes.txt', { type: 'text/plain' }));
      const target = document.querySelector('[data-testid="merge-drop"]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const alert = panel().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(nb('Impossible de fusionner « notes.txt »'));
    expect(await alert.textContent()).toContain('ce type de fichier n’est pas pris en charge. Formats acceptés : .balise .qdpx.');
    expect(await app.page.getByTestId('drop-overlay').count()).toBe(0);
    expect(await app.page.getByRole('dialog').count()).toBe(0);
  });
});
