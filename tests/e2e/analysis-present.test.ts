/**
 * « Analyse » → toolbar, « Diaporama » and presentation mode on the demo project: two views added
 * as slides, reordered, opened, presented (arrow keys, live filters, pointer, Escape), a slide
 * deleted and brought back; the SVG export caught as a download and read as XML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, saveScreenshot, screenshotDir, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

/** The charts are placeholders (no <svg>) until the matrix view lands; the export test waits for it. */
const matrixDrawn = !fs.readFileSync(path.join(root, 'renderer/features/analysis/matrix/MatrixView.tsx'), 'utf8').includes('Placeholder until the view lands');

describe('analysis: slides and presentation', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('analysis-view');
  const analysisTab = (name: string) => view().getByRole('tab', { name: new RegExp(`^${name}`) });
  const panel = () => view().locator('[role="tabpanel"]:not([hidden])');
  const toolbar = () => panel().getByRole('toolbar', { name: 'Actions de la vue' });
  const slideTitles = () => view().getByTestId('slide-row').locator('.slide-row__title').allTextContents();
  const presentation = () => app.page.getByTestId('presentation');

  async function addSlide(tab: string, title: string): Promise<void> {
    await analysisTab(tab).click();
    await toolbar().getByRole('button', { name: 'Ajouter au diaporama' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Ajouter au diaporama' });
    await dialog.getByLabel('Titre de la diapositive').fill(title);
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    // Alt+5 shows « Analyse », as the tab does.
    await app.page.keyboard.press('Alt+5');
    await expect(await project.tab('Analyse').getAttribute('aria-selected')).toBe('true');
    await view().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives each view a title that is the slide’s proposed title, adds two slides from two views and renames one', async () => {
    await analysisTab('Co-occurrences').click();
    const title = toolbar().getByLabel('Titre de la vue');
    expect(await title.getAttribute('placeholder')).toBe('Co-occurrences');
    await title.fill('Freins et savoir-faire');
    await toolbar().getByRole('button', { name: 'Ajouter au diaporama' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Ajouter au diaporama' });
    expect(await dialog.getByLabel('Titre de la diapositive').inputValue()).toBe('Freins et savoir-faire');
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await seriousViolations(app.page)).toEqual([]);

    await addSlide('Carte des thèmes', 'Carte provisoire');
    await analysisTab('Diaporama').click();
    await eventually(slideTitles, (titles) => titles.length === 2);
    expect(await slideTitles()).toEqual(['Freins et savoir-faire', 'Carte provisoire']);
    await view().getByRole('button', { name: 'Renommer « Carte provisoire »' }).click();
    const rename = app.page.getByRole('dialog', { name: 'Renommer la diapositive' });
    await rename.getByLabel('Titre de la diapositive').fill('Carte du séminaire');
    await rename.getByRole('button', { name: 'Renommer', exact: true }).click();
    await eventually(slideTitles, (titles) => titles[1] === 'Carte du séminaire');
    const kinds = await view().getByTestId('slide-row').locator('.badge').allTextContents();
    expect(kinds).toEqual(['Co-occurrences', 'Carte des thèmes']);
    // The demo codebook's default choice: the 12 codes under the 3 families.
    expect(await view().getByTestId('slide-row').first().locator('.slide-row__description').textContent()).toBe('12 codes');
    expect(await analysisTab('Diaporama').textContent()).toBe('Diaporama2');
  });

  it('moves a slide up, keeping the focus on it, and the view has no serious accessibility violation', async () => {
    await view().getByRole('button', { name: 'Monter « Carte du séminaire »' }).click();
    await eventually(slideTitles, (titles) => titles[0] === 'Carte du séminaire');
    expect(await slideTitles()).toEqual(['Carte du séminaire', 'Freins et savoir-faire']);
    // At the top it cannot go up again: the focus is on « Descendre » of the same slide.
    await eventually(
      () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      (label) => label === 'Descendre « Carte du séminaire »',
    );
    expect(await seriousViolations(app.page)).toEqual([]);
    // The confirmations of the additions are dismissed, so the picture shows the list.
    const toasts = app.page.locator('.toast');
    while ((await toasts.count()) > 0) await toasts.first().getByRole('button', { name: 'Masquer le message' }).click();
    await saveScreenshot(app.page, 'diaporama');
  });

  it('presents from the start, steps with the arrow keys, filters live, shows the pointer, and Escape leaves', async () => {
    await view().getByRole('button', { name: 'Présenter depuis le début' }).click();
    await presentation().waitFor();
    const title = presentation().getByTestId('presentation-title');
    const position = presentation().getByTestId('presentation-position');
    expect(await title.textContent()).toBe('Carte du séminaire');
    expect(await position.textContent()).toBe('1 / 2');
    // The overlay covers the window (full screen refused or not, headless).
    const box = await presentation().boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1440, height: 900 });

    await app.page.keyboard.press('ArrowRight');
    expect(await title.textContent()).toBe('Freins et savoir-faire');
    expect(await position.textContent()).toBe('2 / 2');
    // The slide's chart is drawn on the stage, whatever its markup.
    expect(await presentation().locator('.present__stage > *').count()).toBe(1);
    await app.page.keyboard.press('ArrowRight');
    expect(await position.textContent()).toBe('2 / 2');
    await app.page.keyboard.press('Home');
    expect(await title.textContent()).toBe('Carte du séminaire');
    await app.page.keyboard.press('End');
    expect(await title.textContent()).toBe('Freins et savoir-faire');

    // « Filtres »: a value of an attribute narrows the slide for the room, without saving it.
    await presentation().getByRole('button', { name: 'Filtres' }).click();
    const filters = presentation().getByTestId('present-filters');
    await filters.getByRole('group', { name: 'Valeurs de « Branche »' }).getByRole('button', { name: 'Missions locales' }).click();
    expect(await presentation().locator('.present__filters-line').textContent()).toBe('Branche = Missions locales — Filtres modifiés (non enregistrés)');
    expect(await filters.getByRole('button', { name: 'Missions locales' }).getAttribute('aria-pressed')).toBe('true');

    // « P »: the pointer circle follows the mouse.
    await app.page.mouse.move(700, 400);
    await app.page.keyboard.press('p');
    const pointer = presentation().locator('.present__pointer');
    expect(await pointer.isVisible()).toBe(true);
    await app.page.mouse.move(900, 500);
    const spot = await pointer.boundingBox();
    expect(spot).toEqual({ x: 840, y: 440, width: 120, height: 120 });

    expect(await seriousViolations(app.page)).toEqual([]);

    // The first Escape closes the filters (the slide keeps them for the room), the second leaves.
    await app.page.keyboard.press('Escape');
    expect(await filters.count()).toBe(0);
    expect(await presentation().locator('.present__filters-line').textContent()).toBe('Branche = Missions locales — Filtres modifiés (non enregistrés)');
    fs.mkdirSync(screenshotDir, { recursive: true });
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.mouse.move(760, 560);
    await app.page.evaluate(() => document.fonts.ready);
    await app.page.screenshot({ path: path.join(screenshotDir, 'presentation.png'), animations: 'disabled', caret: 'hide' });
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.page.keyboard.press('Escape');
    await presentation().waitFor({ state: 'detached' });
    // Nothing was saved: the slide still has no filter.
    expect(await view().getByTestId('slide-row').nth(1).locator('.slide-row__description').textContent()).toBe('12 codes');
  });

  it('opens a slide in its view with its title, keeps live filters when asked, and brings a deleted slide back with « Annuler »', async () => {
    await view().getByTestId('slide-row').first().getByRole('button', { name: /^Carte du séminaire/ }).click();
    expect(await analysisTab('Carte des thèmes').getAttribute('aria-selected')).toBe('true');
    expect(await toolbar().getByLabel('Titre de la vue').inputValue()).toBe('Carte du séminaire');

    // « Présenter » shows the view alone, under its title; leaving gives the focus back to the button.
    const present = toolbar().getByRole('button', { name: 'Présenter' });
    await present.click();
    await presentation().waitFor();
    expect(await presentation().getByTestId('presentation-title').textContent()).toBe('Carte du séminaire');
    expect(await presentation().getByTestId('presentation-position').textContent()).toBe('1 / 1');
    await app.page.keyboard.press('Escape');
    await presentation().waitFor({ state: 'detached' });
    expect(await present.evaluate((button) => button === document.activeElement)).toBe(true);

    // Filters chosen in front of the room are kept in the slide when asked.
    await analysisTab('Diaporama').click();
    await view().getByRole('button', { name: 'Présenter à partir de « Freins et savoir-faire »' }).click();
    expect(await presentation().getByTestId('presentation-position').textContent()).toBe('2 / 2');
    await presentation().getByRole('button', { name: 'Filtres' }).click();
    await presentation().getByRole('group', { name: 'Valeurs de « Zone »' }).getByRole('button', { name: 'Zone 5' }).click();
    await presentation().getByRole('button', { name: 'Enregistrer dans la diapositive' }).click();
    await eventually(
      () => presentation().locator('.present__filters-line').textContent(),
      (line) => line === 'Zone = Zone 5',
    );
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Escape');
    await presentation().waitFor({ state: 'detached' });
    await eventually(
      () => view().getByTestId('slide-row').nth(1).locator('.slide-row__description').textContent(),
      (text) => text === '12 codes · Zone = Zone 5',
    );

    await view().getByRole('button', { name: 'Supprimer « Freins et savoir-faire »' }).click();
    await eventually(slideTitles, (titles) => titles.length === 1);
    const toast = app.page.locator('.toast', { hasText: 'Diapositive « Freins et savoir-faire » supprimée.' });
    await toast.getByRole('button', { name: 'Annuler' }).click();
    await eventually(slideTitles, (titles) => titles.length === 2);
    expect(await slideTitles()).toEqual(['Carte du séminaire', 'Freins et savoir-faire']);
  });

  it.skipIf(!matrixDrawn)('exports the co-occurrence view as an SVG file with its title and caption', async () => {
    await analysisTab('Co-occurrences').click();
    await toolbar().getByLabel('Titre de la vue').fill('Freins et savoir-faire');
    await panel().locator('svg').first().waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), toolbar().getByRole('button', { name: 'Exporter SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('Freins-et-savoir-faire.svg');
    const file = await download.path();
    const doc = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'image/svg+xml');
    const svg = doc.documentElement!;
    expect(svg.nodeName).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('Freins et savoir-faire');
    expect(texts).toContain('Sans filtre');
    expect(texts.some((t) => /^Balise, \d{1,2} \p{L}+ \d{4}$/u.test(t))).toBe(true);
    // The chart itself is inside, not only its caption.
    expect(doc.getElementsByTagName('svg').length).toBeGreaterThan(1);

    // The PNG is the same file drawn at twice its size.
    const [png] = await Promise.all([app.page.waitForEvent('download'), toolbar().getByRole('button', { name: 'Exporter PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('Freins-et-savoir-faire.png');
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(2 * Number(svg.getAttribute('width')));
    expect(bytes.readUInt32BE(20)).toBe(2 * Number(svg.getAttribute('height')));
  });
});
