/**
 * « Analyse › Co-occurrences » on the demo project (shared/demo/corpus.ts, coded by
 * electron/service/templates.ts). The matrix starts with the twelve codes under the three families.
 * Numbers worked out by hand from the corpus:
 * - same unit (the default): Freins › Liés aux publics meets Savoir-faire › Mise en capacité in two
 *   turns — E01 Sonia 00:00:20 (« seulement un téléphone avec l’écran cassé » / « il tapait lui-même
 *   et je lui montrais ») and E07's second answer (« ne savent pas joindre un justificatif » / « Je leur
 *   montre une fois… »): 2;
 * - overlap: only B04's « l’animatrice finit par faire la démarche à sa place, faute de temps »
 *   (Posture ou compétence) holds « faute de temps » (Processus internes): 1; Liés aux publics ×
 *   Mise en capacité: 0 (their quotes never share a character);
 * - same document: Liés aux publics (E01, E07, M02) × Information et solutions (E07, M02): 2 documents;
 *   Jaccard 2 / 3 = 0,67;
 * - with the document filter on E07 alone, Liés aux publics × Mise en capacité: 1 (its second answer);
 * - passages per code: Liés aux publics 3; then 2 each for Besoins de formation des professionnels (E01, M02),
 *   Information et solutions (E07, M02), Mise en capacité (E01, E07), Processus internes (E01, B04).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const PUBLICS = 'Freins › Liés aux publics';
const CAPACITE = 'Savoir-faire › Mise en capacité';
const POSTURE = 'Freins › Posture ou compétence';
const PROCESSUS = 'Freins › Processus internes';
const INFORMATION = 'Savoir-faire › Information et solutions';

describe('co-occurrence matrix', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('matrix-view');
  const settings = () => view().getByRole('complementary', { name: 'Réglages de la matrice' });
  const grid = () => view().getByRole('grid');
  const cell = (row: string, column: string, value: string) => grid().getByRole('gridcell', { name: `${row} × ${column} : ${value}`, exact: true });
  const drawer = () => app.page.getByTestId('extracts-drawer');
  const rowNames = () => grid().getByRole('rowheader').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));

  async function choose(tab: string, option: string | RegExp): Promise<void> {
    await settings().getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await settings().getByRole('radio', { name: option }).check();
  }

  /** Waits until the cell with this name (and value) is drawn. */
  async function expectCell(row: string, column: string, value: string): Promise<void> {
    await cell(row, column, value).waitFor({ timeout: 10_000 });
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab('Analyse');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the co-occurring passages of the default codes in the same unit, with totals and a legend', async () => {
    await expectCell(PUBLICS, CAPACITE, '2');
    await expectCell(CAPACITE, PUBLICS, '2');
    await expectCell(POSTURE, PROCESSUS, '1');
    // The diagonal: the code's own passages.
    await grid().getByRole('gridcell', { name: `${PUBLICS} : 3 passages en tout`, exact: true }).waitFor();
    expect(await view().getByTestId('matrix-counts').textContent()).toMatch(/^12 codes · \d+ passages$/);
    expect(await view().getByTestId('matrix-legend').getAttribute('aria-label')).toContain('Passages où les deux codes se rencontrent');
    expect(await rowNames()).toHaveLength(12);
    // Exported without the page's stylesheet: nothing inside the SVG relies on a class.
    const inner = await view().getByTestId('matrix-svg').evaluate((svg) => svg.innerHTML);
    expect(inner).not.toContain('class=');
    expect(inner).toContain('font-family');
  });

  it('opens the extracts of a cell in the drawer, and Escape closes it', async () => {
    await cell(PUBLICS, CAPACITE, '2').click();
    await drawer().getByRole('heading', { name: 'Freins/Liés aux publics × Savoir-faire/Mise en capacité — même unité' }).waitFor();
    await eventually(
      () => drawer().locator('.extract-card__hit').allTextContents(),
      (hits) => hits.length === 4,
    );
    const hits = await drawer().locator('.extract-card__hit').allTextContents();
    expect(hits).toEqual(
      expect.arrayContaining([
        'seulement un téléphone avec l’écran cassé',
        'il tapait lui-même et je lui montrais',
        'ne savent pas joindre un justificatif',
        'Je leur montre une fois, puis je les laisse faire la fois suivante.',
      ]),
    );
    expect(await drawer().getByTestId('drawer-counts').textContent()).toBe('4 passages · 2 documents · 2 cas');
    // The focus went into the drawer.
    expect(await app.page.evaluate(() => document.activeElement?.closest('[data-testid="extracts-drawer"]') !== null)).toBe(true);
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await drawer().waitFor({ state: 'detached' });
    // … and comes back to the cell.
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${PUBLICS} × ${CAPACITE} : 2`);
  });

  it('moves between cells with the arrows and opens one with Enter', async () => {
    await cell(PUBLICS, CAPACITE, '2').focus();
    await app.page.keyboard.press('ArrowRight');
    const next = await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(next).toMatch(new RegExp(`^${PUBLICS} × `));
    expect(next).not.toBe(`${PUBLICS} × ${CAPACITE} : 2`);
    await app.page.keyboard.press('ArrowLeft');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${PUBLICS} × ${CAPACITE} : 2`);
    await app.page.keyboard.press('Enter');
    await drawer().getByRole('heading', { name: /Liés aux publics × Savoir-faire\/Mise en capacité/ }).waitFor();
    await drawer().getByRole('button', { name: 'Fermer les extraits' }).click();
    await drawer().waitFor({ state: 'detached' });
  });

  it('applies the extract browser\'s filters: with E07 alone, one co-occurring passage is left', async () => {
    await settings().getByRole('tab', { name: /^Filtres/ }).click();
    const section = settings().locator('details', { has: app.page.locator('summary', { hasText: /^Documents/ }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    const e07 = section.getByRole('checkbox', { name: /^Entretien E07/ });
    await e07.check();
    await expectCell(PUBLICS, CAPACITE, '1');
    await expectCell(POSTURE, PROCESSUS, '0');
    await e07.uncheck();
    await expectCell(PUBLICS, CAPACITE, '2');
  });

  it('reuses the filters of a query saved in « Extraits codés »', async () => {
    // The query is saved through the same HTTP call the extract browser makes (its dialog is tested in extracts.test.ts).
    const documents = (await app.page.evaluate(async (token) => {
      const response = await fetch('/api/call/documents:list', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
      return ((await response.json()) as { result: { id: number; name: string }[] }).result;
    }, app.token)) as { id: number; name: string }[];
    const e07 = documents.find((d) => d.name.startsWith('Entretien E07'))!;
    await app.page.evaluate(
      async ({ token, documentId }) => {
        const selection = { query: { op: 'code', codeId: 1, withChildren: true }, filters: { documentIds: [documentId] } };
        await fetch('/api/call/queries:save', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name: 'Entretien E07 seul', selection }),
        });
      },
      { token: app.token, documentId: e07.id },
    );
    await settings().getByRole('tab', { name: /^Filtres/ }).click();
    const picker = settings().getByLabel('Reprendre les filtres d’une requête enregistrée');
    await picker.selectOption({ label: 'Entretien E07 seul' });
    await expectCell(PUBLICS, CAPACITE, '1');
    expect(await settings().getByRole('tab', { name: /^Filtres/ }).textContent()).toMatch(/1$/);
    const section = settings().locator('details', { has: app.page.locator('summary', { hasText: /^Documents/ }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await section.getByRole('checkbox', { name: /^Entretien E07/ }).uncheck();
    await expectCell(PUBLICS, CAPACITE, '2');
  });

  it('counts overlapping passages only in « Chevauchement »', async () => {
    await choose('Calcul', 'Chevauchement');
    await expectCell(POSTURE, PROCESSUS, '1');
    await expectCell(PUBLICS, CAPACITE, '0');
  });

  it('counts shared documents in « Même document », and the Jaccard index', async () => {
    await choose('Calcul', 'Même document');
    await expectCell(PUBLICS, INFORMATION, '2');
    await choose('Calcul', /^Jaccard/);
    await expectCell(PUBLICS, INFORMATION, '0,67');
    // The diagonal keeps whole numbers: Liés aux publics is in 3 documents.
    const diagonal = grid().getByRole('gridcell', { name: `${PUBLICS} : 3 passages en tout`, exact: true });
    expect(await diagonal.locator('text').textContent()).toBe('3');
    expect(await view().getByTestId('matrix-legend').getAttribute('aria-label')).toContain('Documents communs ÷ documents ayant l’un ou l’autre code');
  });

  it('orders the codes alphabetically, by frequency or by similarity', async () => {
    await choose('Calcul', /^Passages/);
    const alphabetical = await rowNames();
    expect(alphabetical.slice(0, 6)).toEqual([
      'Savoir-faire › Accueil et confiance',
      'Savoir-faire › Appui sur la médiation numérique du territoire',
      'Besoins › Besoin global',
      'Besoins › Besoin numérique',
      'Besoins › Besoins de formation des professionnels',
      'Savoir-faire › Écoute et approfondissement',
    ]);
    await choose('Calcul', /^Fréquence/);
    await eventually(rowNames, (names) => names[0] === PUBLICS);
    expect((await rowNames()).slice(0, 5)).toEqual([PUBLICS, 'Besoins › Besoins de formation des professionnels', INFORMATION, CAPACITE, PROCESSUS]);
    await choose('Calcul', /^Similarité/);
    await eventually(rowNames, (names) => JSON.stringify(names) !== JSON.stringify(alphabetical) && names.length === 12);
  });

  it('shows a French empty state with no codes, and a family adds all its codes', async () => {
    await settings().getByRole('tab', { name: /^Codes/ }).click();
    await settings().getByRole('button', { name: 'Tout décocher' }).click();
    await view().getByText('Cochez des codes, ou une famille, dans l’onglet Codes pour construire la matrice.').waitFor();
    await settings().getByRole('checkbox', { name: 'Freins : tous ses codes' }).check();
    await eventually(rowNames, (names) => names.length === 4);
    expect(await settings().getByText('4 codes choisis').count()).toBe(1);
    await settings().getByRole('checkbox', { name: 'Savoir-faire : tous ses codes' }).check();
    await settings().getByRole('checkbox', { name: 'Besoins : tous ses codes' }).check();
    await eventually(rowNames, (names) => names.length === 12);
  });

  it('passes axe and is photographed', async () => {
    await choose('Calcul', 'Même unité (réponse, tour, paragraphe)');
    await choose('Calcul', /^Similarité/);
    await expectCell(PUBLICS, CAPACITE, '2');
    await grid().getByRole('gridcell').first().hover();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'cooccurrences');
  });
});
