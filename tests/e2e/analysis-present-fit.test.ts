/**
 * Presentation mode at 1920 × 1080 on the demo project: the co-occurrence matrix of the default 12
 * codes and the codes × Rôle bars (12 codes × 3 columns) each fit the stage whole — no scrolling,
 * the chart's SVG inside the window — with no text drawn under 24 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startApp, type RunningApp } from './support/app';
import { WelcomePage, eventually } from './support/pages';

const ROOM = { width: 1920, height: 1080 };

interface Fit {
  box: { x: number; y: number; width: number; height: number };
  stage: { top: number; bottom: number; left: number; right: number };
  scroll: { height: number; client: number; width: number; clientWidth: number };
  /** The smallest text of the SVG as drawn on the screen, in CSS pixels. */
  smallest: number;
  texts: number;
}

/** Where the chart's SVG is drawn, how its scroll container scrolls, and its smallest text as rendered. */
async function measure(svg: Locator, scroller: Locator): Promise<Fit> {
  const box = (await svg.boundingBox())!;
  const scroll = await scroller.evaluate((el) => ({ height: el.scrollHeight, client: el.clientHeight, width: el.scrollWidth, clientWidth: el.clientWidth }));
  const { smallest, texts, stage } = await svg.evaluate((element: SVGSVGElement) => {
    // The SVG may be drawn smaller than its viewBox: a text's size on screen is its font size times that scale.
    const scale = element.getScreenCTM()!.a;
    const sizes = [...element.querySelectorAll('text, tspan')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    const rect = element.closest('.present__stage')!.getBoundingClientRect();
    return { smallest: Math.min(...sizes), texts: sizes.length, stage: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } };
  });
  return { box, stage, scroll, smallest, texts };
}

function expectFits(fit: Fit): void {
  expect(fit.box.x).toBeGreaterThanOrEqual(0);
  expect(fit.box.y).toBeGreaterThanOrEqual(0);
  expect(fit.box.x + fit.box.width).toBeLessThanOrEqual(ROOM.width);
  expect(fit.box.y + fit.box.height).toBeLessThanOrEqual(ROOM.height);
  // Inside the stage: above the controls, under the title.
  expect(fit.box.y).toBeGreaterThanOrEqual(fit.stage.top);
  expect(fit.box.y + fit.box.height).toBeLessThanOrEqual(fit.stage.bottom);
  expect(fit.scroll.height).toBeLessThanOrEqual(fit.scroll.client);
  expect(fit.scroll.width).toBeLessThanOrEqual(fit.scroll.clientWidth);
  // To a hundredth of a pixel: the layout rounds sizes to 1/64 px.
  expect(Math.round(fit.smallest * 100) / 100).toBeGreaterThanOrEqual(24);
}

describe('analysis: presentation fits a 1920 × 1080 screen', () => {
  let app: RunningApp;

  const view = () => app.page.getByTestId('analysis-view');
  const analysisTab = (name: string) => view().getByRole('tab', { name: new RegExp(`^${name}`) });
  const panel = () => view().locator('[role="tabpanel"]:not([hidden])');
  const toolbar = () => panel().getByRole('toolbar', { name: 'Actions de la vue' });
  const presentation = () => app.page.getByTestId('presentation');

  async function addSlide(tab: string, title: string): Promise<void> {
    await analysisTab(tab).click();
    await toolbar().getByRole('button', { name: 'Ajouter au diaporama' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Ajouter au diaporama' });
    await dialog.getByLabel('Titre de la diapositive').fill(title);
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function screenshot(name: string): Promise<void> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await app.page.mouse.move(ROOM.width - 4, 4);
    await app.page.evaluate(() => document.fonts.ready);
    await app.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), animations: 'disabled', caret: 'hide' });
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    const project = await welcome.openDemo();
    await project.showTab('Analyse');
    await view().waitFor();

    // The matrix as it opens: the demo codebook's 12 codes.
    await analysisTab('Co-occurrences').click();
    await panel().getByTestId('matrix-svg').waitFor();
    await addSlide('Co-occurrences', 'Les 12 codes ensemble');

    // Codes × Rôle as bars: 12 codes × 3 columns.
    await analysisTab('Codes × attributs').click();
    const crosstab = app.page.getByTestId('crosstab-view');
    await crosstab.getByRole('complementary', { name: 'Réglages du tableau' }).getByRole('checkbox', { name: 'Rôle' }).check();
    await crosstab.getByRole('radio', { name: 'Barres' }).check();
    await crosstab.getByTestId('crosstab-bars').locator('svg').waitFor();
    await addSlide('Codes × attributs', 'Les codes selon le rôle');

    await app.page.setViewportSize(ROOM);
    await analysisTab('Diaporama').click();
    await view().getByRole('button', { name: 'Présenter depuis le début' }).click();
    await presentation().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the 12 codes’ matrix whole, rows, columns and legend, with no text under 24 px', async () => {
    expect(await presentation().getByTestId('presentation-title').textContent()).toBe('Les 12 codes ensemble');
    const svg = presentation().getByTestId('matrix-svg');
    await svg.waitFor();
    expect(await presentation().getByRole('rowheader').count()).toBe(12);
    // Every row is drawn on the screen, the last one included, and the legend under them.
    const legend = (await presentation().getByTestId('matrix-legend').boundingBox())!;
    const fit = await eventually(
      () => measure(svg, presentation().locator('.matrix-chart__scroll')),
      (f) => f.scroll.height <= f.scroll.client,
    );
    expectFits(fit);
    expect(legend.y + legend.height).toBeLessThanOrEqual(fit.box.y + fit.box.height);
    const lastRow = (await presentation().getByRole('rowheader').last().boundingBox())!;
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(legend.y);
    // The column headings name their code for a screen reader (their number is what the room reads).
    expect(await presentation().getByRole('columnheader').first().getAttribute('aria-label')).toMatch(/ › /);
    expect(fit.texts).toBeGreaterThan(12 * 3);
    await screenshot('presentation-matrice');
  });

  it('shows the 12 codes × 3 columns of bars whole, with no text under 24 px', async () => {
    await app.page.keyboard.press('ArrowRight');
    expect(await presentation().getByTestId('presentation-title').textContent()).toBe('Les codes selon le rôle');
    const bars = presentation().getByTestId('crosstab-bars');
    const svg = bars.locator('svg');
    await svg.waitFor();
    expect(await bars.getByRole('listitem').count()).toBe(3);
    const fit = await eventually(
      () => measure(svg, bars),
      (f) => f.scroll.height <= f.scroll.client,
    );
    expectFits(fit);
    // Each code's name is drawn: twelve names beside their bars.
    const names = await svg.evaluate((element) => [...element.querySelectorAll(':scope > g > text')].map((t) => t.textContent ?? ''));
    expect(names).toHaveLength(12);
    await screenshot('presentation-barres');
  });
});
