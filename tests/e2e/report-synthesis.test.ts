/**
 * « Analyse › Rapport de synthèse… » on the demo project (shared/demo/corpus.ts): the family
 * « Freins », counted by « Branche », with the matrix and the bars. Worked by hand from the demo:
 * Freins › Liés aux publics is coded in E01 (Missions locales), E07 (Foyers de jeunes travailleurs)
 * and M02 (Aide à domicile), not in B04 (Régies de quartier): 3 passages, 3 documents, 3 cases, one
 * per branch but the Régies (see tests/e2e/analysis-crosstab.test.ts for the same codings by Rôle).
 * With the matrix filtered on the E07 interview, one passage is left, and one branch (E07's, the FJT).
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksOf } from '../integration/reports/docx-blocks';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, type ProjectPage } from './support/pages';

describe('synthesis report', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('analysis-view');
  const dialog = () => app.page.getByRole('dialog', { name: 'Rapport de synthèse' });
  const openButton = () => view().getByRole('button', { name: 'Rapport de synthèse…' });

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

  it('opens from « Analyse » with the families, « Branche » chosen, and the filters in words', async () => {
    await openButton().click();
    await dialog().waitFor();
    const family = dialog().getByRole('combobox', { name: 'Famille de codes' });
    const options = await family.locator('option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual(expect.arrayContaining(['Freins', 'Savoir-faire', 'Besoins']));
    expect(await family.evaluate((el) => el === document.activeElement)).toBe(true);
    const attribute = dialog().getByRole('combobox', { name: 'Comptages par valeur de' });
    await attribute.locator('option', { hasText: 'Branche' }).waitFor({ state: 'attached' });
    expect(await attribute.locator('option:checked').textContent()).toBe('Branche');
    // The analysis on screen: the matrix, without filters, co-occurrence in the same unit (its default).
    expect(await dialog().getByText(/^Sans filtre : tout le corpus\.\s*Co-occurrence comme dans l’analyse : Même unité \(réponse, tour, paragraphe\)\.$/).isVisible()).toBe(true);
    // Without an attribute there are no bars to draw.
    await attribute.selectOption({ label: 'Aucun attribut' });
    expect(await dialog().getByRole('checkbox', { name: /^Barres par valeur/ }).isDisabled()).toBe(true);
  });

  it('makes the Word report of « Freins » by « Branche » with the matrix and the bars', async () => {
    await dialog().getByRole('combobox', { name: 'Famille de codes' }).selectOption({ label: 'Freins' });
    await dialog().getByRole('combobox', { name: 'Comptages par valeur de' }).selectOption({ label: 'Branche' });
    const bars = dialog().getByRole('checkbox', { name: /^Barres par valeur/ });
    await bars.check();
    expect(await dialog().getByRole('checkbox', { name: 'Matrice de co-occurrence' }).isChecked()).toBe(true);
    expect(await dialog().getByRole('checkbox', { name: 'Carte des thèmes' }).isChecked()).toBe(false);
    expect(await dialog().getByRole('textbox', { name: 'Titre' }).getAttribute('placeholder')).toBe('Rapport de synthèse — Freins');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'rapport-synthese');

    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog().getByRole('button', { name: 'Créer le rapport' }).click()]);
    expect(download.suggestedFilename()).toBe('Rapport-de-synthèse-Freins.docx');
    const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
    const blocks = blocksOf(strFromU8(files['word/document.xml']!));
    const text = blocks.map((b) => b.text);
    expect(blocks.find((b) => b.style === 'Title')?.text).toBe('Rapport de synthèse — Freins');
    expect(blocks.filter((b) => b.style === 'Heading2').map((b) => b.text)).toEqual(
      expect.arrayContaining(['Freins', 'Freins › Liés aux publics', 'Freins › Processus internes', 'Passages par valeur de « Branche »']),
    );
    // By hand: one passage in each branch but the Régies de quartier.
    const publics = blocks.findIndex((b) => b.text === 'Freins › Liés aux publics');
    const after = text.slice(publics);
    expect(after).toContain('■ Ce code | 3 | 3 | 3');
    expect(after).toContain('Missions locales | 1 | 1 sur 1');
    expect(after).toContain('Régies de quartier | 0 | 0 sur 1');
    expect(text).toContain('Figure 2. Passages par valeur de « Branche »');
    expect(text).toContain('Co-occurrence : Même unité (réponse, tour, paragraphe)');
    expect(text).toContain('Sans filtre');
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    await dialog().waitFor({ state: 'detached' });
    await app.page.getByText('Rapport « Rapport-de-synthèse-Freins.docx » enregistré dans les téléchargements.').waitFor();
    expect(await openButton().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('follows the filters of the analysis on screen: the matrix on the E07 interview alone', async () => {
    const settings = app.page.getByTestId('matrix-view').getByRole('complementary', { name: 'Réglages de la matrice' });
    await settings.getByRole('tab', { name: /^Filtres/ }).click();
    const section = settings.locator('details', { has: app.page.locator('summary', { hasText: /^Documents/ }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await section.getByRole('checkbox', { name: /^Entretien E07/ }).check();

    await openButton().click();
    await dialog().getByText(/^Filtres de l’analyse en cours : Documents : Entretien E07 — animateur FJT\./).waitFor();
    await dialog().getByRole('combobox', { name: 'Famille de codes' }).selectOption({ label: 'Freins' });
    await dialog().getByRole('textbox', { name: 'Titre' }).fill('Freins — E07');
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog().getByRole('button', { name: 'Créer le rapport' }).click()]);
    expect(download.suggestedFilename()).toBe('Freins-E07.docx');
    const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
    const text = blocksOf(strFromU8(files['word/document.xml']!)).map((b) => b.text);
    expect(text).toContain('Filtres : Documents : Entretien E07 — animateur FJT');
    const publics = text.indexOf('Freins › Liés aux publics');
    const publicsLines = text.slice(publics, text.indexOf('Freins › Posture ou compétence'));
    expect(publicsLines).toContain('■ Ce code | 1 | 1 | 1');
    expect(publicsLines).toContain('Foyers de jeunes travailleurs | 1 | 1 sur 1');
    expect(publicsLines.some((line) => line.startsWith('Missions locales'))).toBe(false);
  });
});
