/**
 * « Extraits codés » on the demo project (shared/demo/corpus.ts, coded by electron/service/templates.ts).
 * Expected passages are read from the corpus by hand:
 * - Freins › Liés aux publics: E01 « seulement un téléphone avec l’écran cassé » (Sonia, 00:00:20),
 *   E07 « ne savent pas joindre un justificatif », M02 « avoir peur de « mal faire » »;
 * - Freins with its sub-codes: 7 codings in 4 documents (E01 ×3, B04 ×2, E07, M02), 4 cases;
 *   only E01 is Missions locales / Zone 5 (3 passages), only M02 is Médiateur (1 passage);
 * - B04 « l’animatrice finit par faire la démarche à sa place, faute de temps » (Posture ou compétence)
 *   overlaps « faute de temps » (Processus internes); Processus internes is also E01 « Nos rendez-vous
 *   durent trente minutes et il faut tout faire ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { CodingPage } from './support/coding';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const PHONE = 'seulement un téléphone avec l’écran cassé';
const JUSTIFICATIF = 'ne savent pas joindre un justificatif';
const MAL_FAIRE = 'avoir peur de « mal faire »';
const RENDEZ_VOUS = 'Nos rendez-vous durent trente minutes et il faut tout faire';
const LIEUX = 'je ne connais pas bien les lieux de médiation numérique du quartier';

describe('coded extracts', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('extracts-view');
  const pane = () => view().getByRole('complementary', { name: 'Construire la requête' });
  const paneTab = (name: string) => pane().getByRole('tab', { name: new RegExp(`^${name}`) });
  const codeBox = (path: string) => pane().getByRole('checkbox', { name: path, exact: true });
  const cards = () => view().getByTestId('extract-card');
  const card = (text: string) => cards().filter({ hasText: text });
  const hits = () => view().locator('.extract-card__hit').allTextContents();
  const counts = () => view().getByTestId('extract-counts').textContent();
  const chips = () => view().getByTestId('filter-chip').allTextContents();

  /** Waits until the list says these counts and shows these passages, in this order. */
  async function expectResult(expectedCounts: string, expectedHits: string[]): Promise<void> {
    await eventually(
      async () => [await counts().catch(() => null), await view().getByRole('feed').getAttribute('aria-busy').catch(() => null), await hits()],
      ([c, busy, h]) => c === expectedCounts && busy === 'false' && JSON.stringify(h) === JSON.stringify(expectedHits),
    );
  }

  async function showExtracts(): Promise<void> {
    await project.showTab('Extraits codés');
  }

  async function reset(): Promise<void> {
    const button = view().getByRole('button', { name: 'Tout effacer' });
    if (await button.isEnabled()) await button.click();
    await view().getByText('Cochez un ou plusieurs codes dans l’onglet Codes').waitFor();
    await paneTab('Codes').click();
  }

  async function openFilterSection(name: string): Promise<Locator> {
    await paneTab('Filtres').click();
    const section = pane().locator('details', { has: app.page.locator('summary', { hasText: name }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    return section;
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await showExtracts();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('picks a code and shows its passages with counts, document, place, case and attributes', async () => {
    await view().getByText('Cochez un ou plusieurs codes dans l’onglet Codes').waitFor();
    await codeBox('Freins › Liés aux publics').check();
    await expectResult('3 passages · 3 documents · 3 cas', [PHONE, JUSTIFICATIF, MAL_FAIRE]);
    expect(await view().getByTestId('extract-query-text').textContent()).toBe('Freins › Liés aux publics');
    const first = card(PHONE);
    expect(await first.getAttribute('aria-label')).toBe('Extrait 1 sur 3 : Entretien E01 — conseillère mission locale');
    const meta = await first.locator('.extract-card__meta').innerText();
    expect(meta).toContain('Entretien E01 — conseillère mission locale');
    expect(meta).toContain('Sonia · 00:00:20');
    expect(meta).toContain('E01 — Professionnel · Missions locales · Zone 5 · Entretien');
    expect(await first.locator('.extract-code').allTextContents()).toEqual(['Freins › Liés aux publics']);
    expect(await paneTab('Codes').textContent()).toBe('Codes1');
  });

  it('answers the analysts’ question: the freins met in missions locales in zone 5, then the mediators’ view', async () => {
    await codeBox('Freins › Liés aux publics').uncheck();
    await codeBox('Freins').check();
    expect(await codeBox('« Freins » avec ses sous-codes').isChecked()).toBe(true);
    // Counts are shown before the passages are drawn: four documents, four cases.
    await expectResult('7 passages · 4 documents · 4 cas', [
      PHONE,
      RENDEZ_VOUS,
      LIEUX,
      'l’animatrice finit par faire la démarche à sa place, faute de temps',
      'faute de temps',
      JUSTIFICATIF,
      MAL_FAIRE,
    ]);
    expect(await view().getByTestId('extract-query-text').textContent()).toBe('Freins (+ sous-codes)');

    const attributes = await openFilterSection('Attributs des cas');
    await attributes.getByRole('group', { name: 'Branche' }).getByRole('checkbox', { name: /^Missions locales/ }).check();
    await attributes.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: /^Zone 5/ }).check();
    await expectResult('3 passages · 1 document · 1 cas', [PHONE, RENDEZ_VOUS, LIEUX]);
    expect(await chips()).toEqual(['Branche : Missions locales', 'Zone : Zone 5']);

    // The mediators’ view: the conditions go, Rôle = Médiateur comes.
    await view().getByRole('button', { name: 'Retirer le filtre « Branche : Missions locales »' }).click();
    await view().getByRole('button', { name: 'Retirer le filtre « Zone : Zone 5 »' }).click();
    await attributes.getByRole('group', { name: 'Rôle' }).getByRole('checkbox', { name: /^Médiateur/ }).check();
    await expectResult('1 passage · 1 document · 1 cas', [MAL_FAIRE]);
    expect(await card(MAL_FAIRE).locator('.extract-card__meta').innerText()).toContain('M02 — Médiateur · Aide à domicile · Zone 1 · Jour 1');
    expect(await paneTab('Filtres').textContent()).toBe('Filtres1');

    // Without its sub-codes, the family has no passage of its own.
    await paneTab('Codes').click();
    await codeBox('« Freins » avec ses sous-codes').uncheck();
    await view().getByText('Aucun passage ne correspond à cette requête et à ces filtres.').waitFor();
    expect(await view().getByTestId('extract-query-text').textContent()).toBe('Freins');
    await view().getByRole('button', { name: 'Retirer le filtre « Rôle : Médiateur »' }).click();
    await reset();
  });

  it('combines two codes: ET keeps the overlap, SAUF the passages of A that B does not touch', async () => {
    await codeBox('Freins › Posture ou compétence').check();
    await codeBox('Freins › Processus internes').check();
    await expectResult('3 passages · 2 documents · 2 cas', [RENDEZ_VOUS, 'l’animatrice finit par faire la démarche à sa place, faute de temps', 'faute de temps']);
    await view().getByLabel('Combiner les codes').selectOption({ label: 'ensemble (ET : passages qui se chevauchent)' });
    await expectResult('1 passage · 1 document · 1 cas', ['faute de temps']);
    expect(await view().getByTestId('extract-query-text').textContent()).toBe('Freins › Posture ou compétence ET Freins › Processus internes');
    // A stretch made of two codings carries both codes, and no single coding to mark as a key quotation.
    expect(await card('faute de temps').locator('.extract-code').allTextContents()).toEqual(['Freins › Posture ou compétence', 'Freins › Processus internes']);
    expect(await card('faute de temps').getByTestId('key-quote-toggle').isDisabled()).toBe(true);

    await view().getByLabel('Combiner les codes').selectOption({ label: 'A sauf B (SAUF)' });
    // Posture (A) SAUF Processus internes (B): its only passage contains « faute de temps ».
    await view().getByText('Aucun passage ne correspond à cette requête et à ces filtres.').waitFor();
    // Swap the sides: Processus internes SAUF Posture.
    await view().getByRole('button', { name: '« Freins › Processus internes » est du côté B : passer de l’autre côté' }).click();
    await view().getByText('Cochez un second code : il sera du côté B.').waitFor();
    await view().getByRole('button', { name: '« Freins › Posture ou compétence » est du côté A : passer de l’autre côté' }).click();
    await expectResult('1 passage · 1 document · 1 cas', [RENDEZ_VOUS]);
    expect(await view().getByTestId('extract-query-text').textContent()).toBe('Freins › Processus internes SAUF Freins › Posture ou compétence');
    await reset();
  });

  it('expands the context, copies a passage with its citation and shows it in its document', async () => {
    await codeBox('Freins › Liés aux publics').check();
    await expectResult('3 passages · 3 documents · 3 cas', [PHONE, JUSTIFICATIF, MAL_FAIRE]);
    const first = card(PHONE);
    await first.getByRole('button', { name: 'Voir le contexte' }).click();
    expect(await first.getByTestId('context-before').innerText()).toContain('Pouvez-vous me décrire un accompagnement récent autour du numérique ?');
    expect(await first.getByTestId('context-lead').textContent()).toBe('La semaine dernière, un jeune est venu pour son dossier de garantie jeunes. Il n’avait pas d’adresse mail, ');
    expect(await first.getByTestId('context-tail').textContent()).toBe('. On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais.');
    expect(await first.getByTestId('context-after').innerText()).toContain('Qu’est-ce qui vous a posé le plus de difficultés ?');
    expect(await first.getByRole('button', { name: 'Masquer le contexte' }).getAttribute('aria-expanded')).toBe('true');
    expect(await card(JUSTIFICATIF).getByTestId('context-before').count()).toBe(0);

    await first.getByRole('button', { name: 'Copier avec la citation' }).click();
    await app.page.getByText('Extrait copié avec sa citation.').waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(
      '«\u00a0seulement un téléphone avec l’écran cassé\u00a0» (Entretien E01 — conseillère mission locale, E01, Sonia, 00:00:20)',
    );

    await first.getByRole('button', { name: 'Afficher dans le document' }).click();
    expect(await project.tab('Codage').getAttribute('aria-selected')).toBe('true');
    const coding = new CodingPage(app.page);
    await eventually(() => coding.selectedText(), (text) => text === PHONE);
    // Back to the extracts: the query is still there.
    await showExtracts();
    await expectResult('3 passages · 3 documents · 3 cas', [PHONE, JUSTIFICATIF, MAL_FAIRE]);
  });

  it('is read with the keyboard: arrows from card to card, V for the context, Enter to show in the document', async () => {
    const page = app.page;
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-index') ?? null);
    expect(await cards().first().getAttribute('tabindex')).toBe('0');
    expect(await cards().nth(1).getAttribute('tabindex')).toBe('-1');
    await cards().first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('1');
    await page.keyboard.press('End');
    expect(await active()).toBe('2');
    await page.keyboard.press('Home');
    expect(await active()).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(await cards().nth(1).getAttribute('tabindex')).toBe('0');
    // The shortcuts are said in the tooltips.
    expect(await card(JUSTIFICATIF).getByRole('button', { name: 'Afficher dans le document' }).getAttribute('title')).toBe('Afficher dans le document (Entrée)');
    expect(await card(JUSTIFICATIF).getByRole('button', { name: 'Copier avec la citation' }).getAttribute('title')).toBe('Copier le passage et sa citation (C)');
    await page.keyboard.press('v');
    await card(JUSTIFICATIF).getByRole('button', { name: 'Masquer le contexte' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await project.tab('Codage').getAttribute('aria-selected')).toBe('true');
    await eventually(() => new CodingPage(page).selectedText(), (text) => text === JUSTIFICATIF);
    await showExtracts();
  });

  it('marks a key quotation, finds it among the key quotations only, and Ctrl+Z undoes it', async () => {
    const page = app.page;
    const toggle = () => card(JUSTIFICATIF).getByTestId('key-quote-toggle');
    expect(await toggle().getAttribute('aria-pressed')).toBe('false');
    await toggle().click();
    await page.getByText('Marqué comme citation clé.').waitFor();
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');

    await paneTab('Filtres').click();
    await pane().getByRole('checkbox', { name: 'Citations clés seulement' }).check();
    await expectResult('1 passage · 1 document · 1 cas', [JUSTIFICATIF]);
    expect(await chips()).toEqual(['Citations clés seulement']);

    // Ctrl+Z from the list undoes the marking: no key quotation is left.
    await cards().first().focus();
    await page.keyboard.press('Control+z');
    await view().getByText('Aucun passage ne correspond à cette requête et à ces filtres.').waitFor();
    await pane().getByRole('checkbox', { name: 'Citations clés seulement' }).uncheck();
    await expectResult('3 passages · 3 documents · 3 cas', [PHONE, JUSTIFICATIF, MAL_FAIRE]);
    expect(await toggle().getAttribute('aria-pressed')).toBe('false');

    // K marks the focused card.
    await card(MAL_FAIRE).focus();
    await page.keyboard.press('k');
    await eventually(() => card(MAL_FAIRE).getByTestId('key-quote-toggle').getAttribute('aria-pressed'), (pressed) => pressed === 'true');
    await page.keyboard.press('Control+z');
    await eventually(() => card(MAL_FAIRE).getByTestId('key-quote-toggle').getAttribute('aria-pressed'), (pressed) => pressed === 'false');
    await paneTab('Codes').click();
  });

  it('saves a query under a name, keeps it across a reload, loads it back, renames it and deletes it with undo', async () => {
    const page = app.page;
    await reset();
    await codeBox('Freins').check();
    const zone = await openFilterSection('Attributs des cas');
    await zone.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: /^Zone 5/ }).check();
    await expectResult('3 passages · 1 document · 1 cas', [PHONE, RENDEZ_VOUS, LIEUX]);

    await view().getByRole('button', { name: 'Enregistrer la requête…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer la requête' });
    await dialog.getByLabel('Nom de la requête').fill('Freins en zone 5');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Requête « Freins en zone 5 » enregistrée.').waitFor();

    await paneTab('Requêtes').click();
    const list = pane().getByTestId('saved-queries');
    const loadButton = list.getByRole('button', { name: /^Freins en zone 5/ });
    await loadButton.waitFor();
    expect(await loadButton.innerText()).toMatch(/^Freins en zone 5\nFreins \(\+ sous-codes\)\n1 filtre\s+chargée$/);

    // The selection survives a reload of the window; clearing it does too.
    await page.reload();
    await project.waitUntilShown('Projet de démonstration');
    await showExtracts();
    await expectResult('3 passages · 1 document · 1 cas', [PHONE, RENDEZ_VOUS, LIEUX]);
    await reset();

    await paneTab('Requêtes').click();
    await pane().getByRole('button', { name: /^Freins en zone 5/ }).click();
    await expectResult('3 passages · 1 document · 1 cas', [PHONE, RENDEZ_VOUS, LIEUX]);
    expect(await chips()).toEqual(['Zone : Zone 5']);

    await pane().getByRole('button', { name: 'Renommer la requête « Freins en zone 5 »' }).click();
    const rename = page.getByRole('dialog', { name: 'Renommer la requête « Freins en zone 5 »' });
    await rename.getByLabel('Nom de la requête').fill('Freins, zone 5');
    await rename.getByRole('button', { name: 'Renommer' }).click();
    await pane().getByRole('button', { name: /^Freins, zone 5/ }).waitFor();

    await pane().getByRole('button', { name: 'Supprimer la requête « Freins, zone 5 »' }).click();
    await pane().getByText('Aucune requête enregistrée.', { exact: false }).waitFor();
    const toast = page.locator('.toast', { hasText: 'Requête « Freins, zone 5 » supprimée.' });
    await toast.getByRole('button', { name: 'Annuler' }).click();
    await pane().getByRole('button', { name: /^Freins, zone 5/ }).waitFor();
    await paneTab('Codes').click();
  });

  it('shows the analysts’ question in a screenshot, without accessibility violations', async () => {
    const page = app.page;
    await expectResult('3 passages · 1 document · 1 cas', [PHONE, RENDEZ_VOUS, LIEUX]);
    await card(RENDEZ_VOUS).getByRole('button', { name: 'Voir le contexte' }).click();
    await card(PHONE).getByTestId('key-quote-toggle').click();
    await eventually(() => card(PHONE).getByTestId('key-quote-toggle').getAttribute('aria-pressed'), (pressed) => pressed === 'true');
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 15_000 });
    await cards().first().focus();
    await saveScreenshot(page, 'extraits');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
