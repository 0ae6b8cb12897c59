import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator } from 'playwright-core';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { CodingPage } from './support/coding';
import { ImportDialog, fixture } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

/**
 * « Pseudonymisation » on the demonstration project plus an interview that names people, a town,
 * a phone number and an e-mail address: review the candidates (accept with a typed pseudonym,
 * reject, add a word of one's own), read the preview, pseudonymise the project, see the coded
 * passages still on the same words, undo, and export the correspondence table.
 */
const INTERVIEW = [
  'Entretien avec Karima Benali, conseillère en insertion à Roubaix',
  '',
  'Enquêtrice : Pouvez-vous vous présenter ?',
  'Karima : Je suis conseillère depuis six ans. Mon collègue Thomas Lefebvre s’occupe de l’accueil le matin.',
  'Enquêtrice : Comment les jeunes vous joignent-ils ?',
  'Karima : Par téléphone au 06 12 34 56 78, ou par courriel à karima.benali@exemple.fr. Ils viennent aussi sans rendez-vous.',
  'Enquêtrice : Un exemple récent ?',
  'Karima : Un jeune de Roubaix n’avait pas d’adresse mail. Thomas Lefebvre l’a aidé à en créer une, puis il l’a laissé faire seul.',
  '',
].join('\n');
const DOC = 'entretien-conseillere-roubaix';
const CODED = 'l’a aidé à en créer une';

describe('pseudonymising the field material', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let coding: CodingPage;
  let folder: string;
  /** The pseudonym the scheme proposed for « Sonia », accepted as shown. */
  let sonia = '';

  const row = (original: string): Locator => app.page.locator(`.pseudo-grid tbody tr[data-original="${original}"]`);
  const cell = (original: string, column: string): Locator => row(original).locator(`.pseudo-grid__cell--${column}`);
  const counts = async () => (await app.page.getByTestId('pseudonym-counts').textContent()) ?? '';
  /** Closes the messages (one may fade out by itself as it is clicked: then the next one). */
  const clearToasts = async () => {
    const buttons = app.page.locator('.toasts').getByRole('button', { name: 'Masquer le message' });
    while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => undefined);
  };
  /** Does something, then waits for the review table reloaded from the service (not only the line shown at once). */
  const reloadAfter = async (action: () => Promise<void>) => {
    const reloaded = app.page.waitForResponse((response) => response.url().includes('/api/call/pseudonyms:candidates'));
    await action();
    await reloaded;
  };

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-pseudo-'));
    const file = path.join(folder, `${DOC}.txt`);
    fs.writeFileSync(file, INTERVIEW, 'utf8');
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    const importer = new ImportDialog(app.page);
    await importer.importThroughDialog([file]);
    await importer.close(await importer.summary());
    coding = new CodingPage(app.page);
    // A coded passage that holds a name, to follow through the replacement.
    await project.openDocument(DOC);
    await coding.dragSelect('laissé faire seul', 'Thomas Lefebvre l’a', 'en créer une', { toOffset: 10 });
    await coding.palette('mise en cap');
    await eventually(() => coding.codedWith('Mise en capacité'), (list) => list.includes(`Thomas Lefebvre ${CODED}`));
    await clearToasts();
  });
  afterAll(async () => {
    await app?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the candidates found across the corpus with their counts and context (Alt+7)', async () => {
    await app.page.keyboard.press('Alt+7');
    await app.page.getByRole('grid', { name: 'Candidats à pseudonymiser' }).waitFor();
    const found = await app.page.locator('.pseudo-grid tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-original')));
    expect(found).toEqual(expect.arrayContaining(['Thomas Lefebvre', 'Sonia', '06 12 34 56 78', 'karima.benali@exemple.fr']));
    // « Thomas Lefebvre » twice, in one document; a person.
    expect(await cell('Thomas Lefebvre', 'count').textContent()).toBe('2');
    expect(await cell('Thomas Lefebvre', 'documents').textContent()).toBe('1');
    expect(await cell('Thomas Lefebvre', 'kind').textContent()).toMatch(/^personne/);
    expect(await cell('06 12 34 56 78', 'kind').textContent()).toMatch(/^téléphone/);
    expect(await cell('karima.benali@exemple.fr', 'kind').textContent()).toMatch(/^courriel/);
    expect(await cell('Thomas Lefebvre', 'context').locator('mark').first().textContent()).toBe('Thomas Lefebvre');
    expect(await counts()).toMatch(new RegExp(`^${found.length} candidats, 0 accepté, 0 rejeté$`));
    expect(await app.page.getByTestId('pseudonym-preview').textContent()).toContain('Acceptez des candidats');
  });

  it('accepts one with a pseudonym typed in place (E, Enter), and rejects another with R', async () => {
    await cell('Thomas Lefebvre', 'original').click();
    // F2 edits, Escape gives up: nothing saved, the focus back on the line.
    await app.page.keyboard.press('F2');
    const editor = app.page.getByRole('textbox', { name: 'Pseudonyme de « Thomas Lefebvre »' });
    await editor.fill('Jean Valjean');
    await app.page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await cell('Thomas Lefebvre', 'pseudonym').textContent()).toMatch(/^Personne [A-Z]$/);
    expect(await counts()).toMatch(/ 0 accepté, 0 rejeté$/);
    expect(await app.page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-original'))).toBe('Thomas Lefebvre');

    await app.page.keyboard.press('e');
    await editor.fill('Julien Morel');
    await app.page.keyboard.press('Enter');
    await eventually(() => cell('Thomas Lefebvre', 'pseudonym').textContent(), (text) => text === 'Julien Morel');
    expect(await row('Thomas Lefebvre').getAttribute('class')).toContain('pseudo-grid__row--accepted');
    expect(await cell('Thomas Lefebvre', 'decision').getByRole('button', { name: 'Accepter' }).getAttribute('aria-pressed')).toBe('true');

    // « Services » (of « France Services », a public service, not a person): rejected with R.
    await cell('Services', 'original').click();
    // The scheme's letters go to the lines still to review, in order: rejecting one re-letters those after it.
    await reloadAfter(() => app.page.keyboard.press('r'));
    await eventually(() => row('Services').getAttribute('class'), (value) => (value ?? '').includes('pseudo-grid__row--rejected'));
    expect(await cell('Services', 'pseudonym').textContent()).toBe('texte gardé');
    await eventually(counts, (text) => / 1 accepté, 1 rejeté$/.test(text));

    // ↓ from « Services » to « Sonia » (the next line: one occurrence each, in alphabetical order), then A: the scheme's pseudonym is kept.
    const proposed = (await cell('Sonia', 'pseudonym').textContent()) ?? '';
    expect(proposed).toMatch(/^Personne [A-Z]$/);
    sonia = proposed;
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-original'))).toBe('Sonia');
    await app.page.keyboard.press('a');
    await eventually(() => row('Sonia').getAttribute('class'), (value) => (value ?? '').includes('pseudo-grid__row--accepted'));
    expect(await cell('Sonia', 'pseudonym').textContent()).toBe(proposed);
    await eventually(counts, (text) => / 2 acceptés, 1 rejeté$/.test(text));

    // Each decision is one action of the history: R on « B04 », then Ctrl+Z puts it back to review.
    await cell('B04', 'original').click();
    await app.page.keyboard.press('r');
    await eventually(counts, (text) => / 2 acceptés, 2 rejetés$/.test(text));
    await app.page.keyboard.press('Control+z');
    await eventually(counts, (text) => / 2 acceptés, 1 rejeté$/.test(text));
    expect(await row('B04').getAttribute('class')).toContain('pseudo-grid__row--pending');
  });

  it('adds a word of the researcher’s own, and filters the table by decision', async () => {
    // « Benali » is written in lower case in the e-mail address: detection leaves it; the researcher adds it.
    await app.page.getByRole('button', { name: 'Ajouter un nom…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Ajouter un nom à pseudonymiser' });
    await dialog.getByLabel('Texte à remplacer').fill('Benali');
    await dialog.getByLabel('Type').selectOption({ label: 'personne' });
    await dialog.getByLabel('Pseudonyme (facultatif)').fill('Haddad');
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => cell('Benali', 'pseudonym').textContent(), (text) => text === 'Haddad');
    await eventually(counts, (text) => / 3 acceptés, 1 rejeté$/.test(text));

    await app.page.getByLabel('Décision', { exact: true }).selectOption({ label: 'accepté' });
    const accepted = await app.page.locator('.pseudo-grid tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-original')).sort());
    expect(accepted).toEqual(['Benali', 'Sonia', 'Thomas Lefebvre']);
    expect(await counts()).toMatch(/ \(3 affichés\)$/);
    await app.page.getByLabel('Décision', { exact: true }).selectOption({ label: 'Toutes' });
  });

  it('previews the replacements per document and the codings they move', async () => {
    const preview = app.page.getByTestId('pseudonym-preview');
    // The interview: « Thomas Lefebvre » ×2, « Benali » ×2 (the heading, and the address
    // karima.benali@… where it stands as a whole word) = 4. The demo's E01: « Sonia » once in its
    // heading (speakers' names are in the turns' structure, not the text) = 1. In all 5, in 2 documents.
    await eventually(() => preview.textContent(), (text) => (text ?? '').includes(DOC));
    const perDocument = await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(perDocument).toEqual([
      ['Entretien E01 — conseillère mission locale', '1'],
      [DOC, '4'],
    ]);
    expect(await app.page.getByTestId('pseudonym-preview-total').textContent()).toBe('5 remplacements dans 2 documents');
    // E01's 6 codings all come after « Sonia » in its heading: they move. The interview's one coding
    // holds « Thomas Lefebvre »: its text changes.
    expect(await app.page.getByTestId('pseudonym-preview-codings').textContent()).toBe('Codages gardés : 6 déplacés, 1 dont le texte change.');
    expect(await seriousViolations(app.page)).toEqual([]);
    await clearToasts();
    await cell('Thomas Lefebvre', 'original').click();
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'pseudonymisation');
  });

  it('opens a passage from its context', async () => {
    // Keyboard: → to the context, Enter lists the passages, ↓ moves among them, Escape folds them back.
    const focused = () => app.page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', cell: document.activeElement?.closest('td')?.className ?? '' }));
    await cell('Thomas Lefebvre', 'original').click();
    for (let i = 0; i < 4; i += 1) await app.page.keyboard.press('ArrowRight');
    expect((await focused()).cell).toContain('pseudo-grid__cell--context');
    await app.page.keyboard.press('Enter');
    await eventually(focused, (f) => f.text.startsWith('entretien-conseillere-roubaix') && f.text.includes('Mon collègue Thomas Lefebvre'));
    await app.page.keyboard.press('ArrowDown');
    await eventually(focused, (f) => f.text.includes('Thomas Lefebvre l’a aidé'));
    await app.page.keyboard.press('Escape');
    await eventually(focused, (f) => f.cell.includes('pseudo-grid__cell--context') && f.text.includes('2 contextes'));

    await cell('Thomas Lefebvre', 'context').getByRole('button', { name: '2 contextes' }).click();
    const passages = cell('Thomas Lefebvre', 'context').getByRole('list', { name: 'Passages où figure « Thomas Lefebvre »' }).getByRole('button');
    expect(await passages.count()).toBe(2);
    await passages.nth(1).click();
    await app.page.getByRole('article').getByRole('heading', { level: 2, name: DOC }).waitFor();
    await app.page.keyboard.press('Alt+7');
    await app.page.getByRole('grid', { name: 'Candidats à pseudonymiser' }).waitFor();
  });

  it('pseudonymises the project after saying what will change; the codings stay on the same words; Ctrl+Z restores', async () => {
    await app.page.getByRole('button', { name: 'Pseudonymiser le projet…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Pseudonymiser le projet' });
    expect(await dialog.getByTestId('pseudonym-apply-summary').textContent()).toBe('Le texte des documents va changer : 5 remplacements dans 2 documents.');
    expect(await dialog.textContent()).toContain('Ctrl+Z annule toute la pseudonymisation');
    expect(await seriousViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'pseudonymisation-confirmation');
    await dialog.getByRole('button', { name: 'Pseudonymiser', exact: true }).click();
    const done = app.page.getByRole('dialog', { name: 'Projet pseudonymisé' });
    await done.getByTestId('pseudonym-applied').waitFor();
    // The backup was made before the change, in the data folder's backups, and is there on disk.
    const backup = (await done.getByTestId('pseudonym-backup').textContent()) ?? '';
    expect(backup).toMatch(/\/sauvegardes\/.+ avant pseudonymisation\.balise$/);
    expect(backup.startsWith(app.dataDir)).toBe(true);
    expect(fs.existsSync(backup)).toBe(true);
    await done.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await clearToasts();

    await project.showTab('Codage');
    await project.openDocument(DOC);
    const text = coding.text();
    await eventually(() => text.textContent(), (value) => (value ?? '').includes('Julien Morel l’a aidé'));
    expect(await text.textContent()).not.toContain('Thomas Lefebvre');
    expect(await text.textContent()).toContain('Karima Haddad');
    expect(await coding.codedWith('Mise en capacité')).toContain(`Julien Morel ${CODED}`);
    // The demo's E01: Sonia replaced before its codings, which keep their words.
    await project.openDocument('Entretien E01 — conseillère mission locale');
    await eventually(() => text.textContent(), (value) => (value ?? '').includes(`Entretien avec ${sonia}, conseillère`));
    expect(await coding.codedWith('Liés aux publics')).toContain('seulement un téléphone avec l’écran cassé');

    await text.click();
    await app.page.keyboard.press('Control+z');
    await eventually(() => text.textContent(), (value) => (value ?? '').includes('Entretien avec Sonia'));
    await project.openDocument(DOC);
    await eventually(() => text.textContent(), (value) => (value ?? '').includes(`Thomas Lefebvre ${CODED}`));
    expect(await coding.codedWith('Mise en capacité')).toContain(`Thomas Lefebvre ${CODED}`);
  });

  it('exports the correspondence table only on request, after a warning', async () => {
    await app.page.keyboard.press('Alt+7');
    await app.page.getByRole('button', { name: 'Exporter la table de correspondance…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Exporter la table de correspondance' });
    expect(await dialog.getByRole('note').textContent()).toContain('Ce fichier contient les vrais noms');
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter la table' }).click()]);
    expect(download.suggestedFilename()).toBe('table de correspondance des pseudonymes.csv');
    // The four decisions of this test, in the order they were made (the rejected line has no pseudonym).
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.replace(/^\ufeff/, '').trim().split(/\r?\n/)).toEqual([
      'Original;Pseudonyme;Type;Décision;Source',
      'Thomas Lefebvre;Julien Morel;Personne;Acceptée;Mot à majuscule',
      'Services;;Personne;Refusée;Mot à majuscule',
      `Sonia;${sonia};Personne;Acceptée;Interlocuteur`,
      'Benali;Haddad;Personne;Acceptée;Ajout manuel',
    ]);
    await eventually(() => app.page.locator('.toasts').textContent(), (text) => (text ?? '').includes('Table de correspondance enregistrée : table de correspondance des pseudonymes.csv'));
  });

  it('pseudonymises the extracts export and the REFI-QDA export by default, the project unchanged', async () => {
    // The project is back to the real names (Ctrl+Z above); three pseudonyms are accepted.
    await project.showTab('Extraits codés');
    const view = app.page.getByTestId('extracts-view');
    await view.getByRole('complementary', { name: 'Construire la requête' }).getByRole('checkbox', { name: 'Savoir-faire › Mise en capacité', exact: true }).check();
    await view.getByRole('button', { name: 'Exporter…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Exporter les extraits' });
    const option = dialog.getByRole('checkbox', { name: 'Pseudonymiser l’export (la table de correspondance n’est jamais exportée)' });
    await eventually(() => option.isChecked(), (checked) => checked);
    expect(await dialog.getByText('3 pseudonymes acceptés remplacent les vrais noms dans le fichier ; le projet ne change pas.').isVisible()).toBe(true);
    expect(await seriousViolations(app.page)).toEqual([]);
    await clearToasts();
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'pseudonymisation-export');
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter', exact: true }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`Julien Morel ${CODED}`);
    for (const name of ['Thomas Lefebvre', 'Benali', 'Sonia']) expect(csv).not.toContain(name);
    await clearToasts();

    // REFI-QDA: its dialog offers it, pseudonymised by default; no real name in any file of the archive.
    await app.page.getByRole('banner').getByRole('button', { name: 'Exporter (REFI-QDA)' }).click();
    const ask = app.page.getByRole('dialog', { name: 'Exporter le projet (REFI-QDA)' });
    const refiOption = ask.getByRole('checkbox', { name: 'Pseudonymiser l’export (la table de correspondance n’est jamais exportée)' });
    await eventually(() => refiOption.isChecked(), (checked) => checked);
    const [qdpx] = await Promise.all([app.page.waitForEvent('download'), ask.getByRole('button', { name: 'Exporter', exact: true }).click()]);
    const files = unzipSync(new Uint8Array(fs.readFileSync((await qdpx.path())!)));
    const texts = Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)] as const);
    expect(texts.some(([, text]) => text.includes('Julien Morel'))).toBe(true);
    for (const [name, text] of texts) for (const real of ['Thomas Lefebvre', 'Benali', 'Sonia']) expect(text.includes(real), `${real} in ${name}`).toBe(false);

    // The project itself still has the real names.
    await project.showTab('Codage');
    await project.openDocument(DOC);
    expect(await coding.text().textContent()).toContain(`Thomas Lefebvre ${CODED}`);
  });

  it('draws pseudonyms from the researcher’s first names, and detects the places of their list', async () => {
    await app.page.keyboard.press('Alt+7');
    await app.page.getByLabel('Pseudonymes', { exact: true }).selectOption({ label: 'Liste de prénoms' });
    await app.page.getByRole('button', { name: 'Prénoms…' }).click();
    const names = app.page.getByRole('dialog', { name: 'Liste de prénoms' });
    // « camille » repeats « Camille »: kept once.
    await names.getByLabel('Prénoms (un par ligne)').fill('Camille\nLéa\ncamille\n');
    expect(await names.getByText('2 éléments').isVisible()).toBe(true);
    await names.getByRole('button', { name: 'Enregistrer la liste' }).click();
    await names.waitFor({ state: 'detached' });
    const proposals = () =>
      app.page.locator('.pseudo-grid tbody tr.pseudo-grid__row--pending').evaluateAll((rows) => rows.map((r) => r.querySelector('.pseudo-grid__cell--pseudonym')?.textContent ?? ''));
    await eventually(proposals, (list) => list.includes('Camille') && list.includes('Léa'));

    // « France Services » is a place for this researcher: once listed, it is found as one place.
    await app.page.getByRole('button', { name: 'Lieux…' }).click();
    const places = app.page.getByRole('dialog', { name: 'Noms de lieux à détecter' });
    await places.getByLabel('Noms de lieux (un par ligne)').fill('France Services');
    await places.getByRole('button', { name: 'Enregistrer la liste' }).click();
    await places.waitFor({ state: 'detached' });
    await eventually(() => row('France Services').count(), (n) => n === 1);
    expect(await cell('France Services', 'kind').textContent()).toBe('lieuliste des lieux');
    expect(await cell('France Services', 'count').textContent()).toBe('1');
  });

  it('says what to do in a project without documents', async () => {
    const welcome = await project.closeProject();
    await welcome.createProject('Terrain vide');
    await app.page.keyboard.press('Alt+7');
    await app.page.getByRole('heading', { name: 'Aucun document à pseudonymiser' }).waitFor();
    expect(await app.page.getByRole('grid').count()).toBe(0);
    expect(await seriousViolations(app.page)).toEqual([]);

    // An interview that names no one (« Q : », « R : » turns): nothing found, the researcher can add words.
    const importer = new ImportDialog(app.page);
    await importer.importThroughDialog([fixture('entretien-animatrice-periscolaire.txt')]);
    await importer.close(await importer.summary());
    await app.page.keyboard.press('Alt+7');
    await app.page.getByRole('heading', { name: 'Aucun nom trouvé' }).waitFor();
    expect(await app.page.getByRole('button', { name: 'Ajouter un nom…' }).count()).toBe(2);
  });
});
