/**
 * « Analyse › Carte des thèmes » on the demo project (shared/demo/corpus.ts, coded by
 * electron/service/templates.ts). The default map shows the twelve codes under the families (with
 * their sub-codes), codings meeting in the same unit (turn, grid answer, paragraph). By hand:
 * - passages: Liés aux publics 3 (E01, E07, M02); Processus internes 2 (E01, B04); Mise en capacité 2
 *   (E01, E07); Information et solutions 2 (E07, M02); Besoins de formation 2 (E01, M02); the seven others 1;
 * - links (codes coded in the same unit): E01 turn 00:00:20 Liés aux publics × Mise en capacité, and
 *   E07's second answer the same pair again (2 passages, 2 documents, 2 cases); E01 turn 00:01:11
 *   Processus internes × Besoin global; E01 turn 00:02:03 Manque de ressources × Besoins de formation;
 *   B04 answer 2 Accueil × Écoute, answer 3 Posture × Processus internes; E07 last answer Appui ×
 *   Information et solutions; M02 second paragraph Information et solutions × Besoins de formation: 7 links;
 * - Zone = Zone 2 is B04 only: Besoin numérique, Accueil, Écoute, Posture, Processus internes keep a
 *   passage each, and two links stay (Accueil × Écoute, Posture × Processus internes).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const ALL_LINKS = [
  'Accueil et confiance × Écoute et approfondissement',
  'Appui sur la médiation numérique du territoire × Information et solutions',
  'Besoin global × Processus internes',
  'Besoins de formation des professionnels × Information et solutions',
  'Besoins de formation des professionnels × Manque de ressources ou d\'information',
  'Liés aux publics × Mise en capacité',
  'Posture ou compétence × Processus internes',
];

describe('theme map', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('theme-map-view');
  const map = () => view().getByTestId('theme-map');
  const node = (name: string) => map().locator('g[data-node]', { has: app.page.locator('text', { hasText: new RegExp(`^${name}$`) }) });
  const tip = () => map().getByTestId('theme-map-tip');
  const edgeCount = () => view().getByTestId('theme-map-edges').textContent();

  /** Each node's name (its label, lines joined) and accessible name, by code id. */
  async function nodes(): Promise<Map<string, { name: string; label: string }>> {
    const list = await map()
      .locator('g[data-node]')
      .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-node')!, name: el.querySelector('text')?.textContent ?? '', label: el.getAttribute('aria-label') ?? '' })));
    return new Map(list.map((n) => [n.id, { name: n.name, label: n.label }]));
  }

  /** The links drawn, as « A × B » with the names in alphabetical order. */
  async function links(): Promise<string[]> {
    const byId = await nodes();
    const pairs = await map().locator('line[data-edge-hit]').evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-hit')!));
    return pairs
      .map((pair) => {
        const [a, b] = pair.split('-').map((id) => byId.get(id)?.name ?? id);
        return [a!, b!].sort((x, y) => x.localeCompare(y, 'fr')).join(' × ');
      })
      .sort((x, y) => x.localeCompare(y, 'fr'));
  }

  /** Where each node is drawn, in pixels of the map, by name. */
  async function places(): Promise<Map<string, [number, number]>> {
    const list = await map()
      .locator('g[data-node]')
      .evaluateAll((els) =>
        els.map((el) => {
          const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')!;
          return { name: el.querySelector('text')?.textContent ?? '', x: Number(match[1]), y: Number(match[2]) };
        }),
      );
    return new Map(list.map((n) => [n.name, [n.x, n.y]]));
  }

  /** Waits until no node has moved for three polls in a row (the simulation has stopped), then for the save. */
  async function settled(): Promise<Map<string, [number, number]>> {
    let last = JSON.stringify([...(await places())]);
    let still = 0;
    for (let i = 0; i < 100 && still < 3; i += 1) {
      await app.page.waitForTimeout(200);
      const now = JSON.stringify([...(await places())]);
      still = now === last ? still + 1 : 0;
      last = now;
    }
    await app.page.waitForTimeout(700);
    return places();
  }

  async function centreOf(locator: Locator): Promise<[number, number]> {
    const box = (await locator.locator('circle:not(.theme-map__focus):not([data-pin])').boundingBox())!;
    return [box.x + box.width / 2, box.y + box.height / 2];
  }

  /** A point of the link between two codes where the pointer meets the link (no label over it). */
  async function linkPoint(a: string, b: string): Promise<[number, number]> {
    const byId = await nodes();
    const idOf = (name: string) => [...byId].find(([, n]) => n.name === name)![0];
    const hit = map().locator(`line[data-edge-hit="${idOf(a)}-${idOf(b)}"], line[data-edge-hit="${idOf(b)}-${idOf(a)}"]`);
    const point = await hit.evaluate((el) => {
      const box = (el as SVGLineElement).ownerSVGElement!.getBoundingClientRect();
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(el.getAttribute(k)));
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const x = box.left + x1! + t * (x2! - x1!);
        const y = box.top + y1! + t * (y2! - y1!);
        if (document.elementFromPoint(x, y) === el) return [x, y] as [number, number];
      }
      return null;
    });
    if (!point) throw new Error(`no free point on the link ${a} × ${b}`);
    return point;
  }

  async function showMap(): Promise<void> {
    await project.showTab('Analyse');
    await app.page.getByRole('tab', { name: 'Carte des thèmes' }).click();
    await eventually(() => map().locator('g[data-node]').count(), (n) => n === 12);
    await eventually(edgeCount, (text) => text === '7 liens');
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await showMap();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws the twelve codes sized by passages and coloured by family, and the seven links worked out by hand', async () => {
    const byId = await nodes();
    const labels = [...byId.values()].map((n) => n.label);
    expect(labels).toContain('Freins › Liés aux publics : 3 passages · 3 documents · 3 cas');
    expect(labels).toContain('Freins › Processus internes : 2 passages · 2 documents · 2 cas');
    expect(labels).toContain('Besoins › Besoin global : 1 passage · 1 document · 1 cas');
    expect(labels).toHaveLength(12);
    expect(await links()).toEqual(ALL_LINKS);

    // Sizes: the largest code (3 passages) is 30 px; 2 passages √(2/3) → 6 + 24 × 0.816 = 25.6 px; 1 passage 19.9 px.
    const radius = (name: string) => node(name).locator('circle:not(.theme-map__focus):not([data-pin])').getAttribute('r');
    expect(Number(await radius('Liés aux publics'))).toBe(30);
    expect(Number(await radius('Processus internes'))).toBeCloseTo(6 + 24 * Math.sqrt(2 / 3), 5);
    expect(Number(await radius('Besoin global'))).toBeCloseTo(6 + 24 * Math.sqrt(1 / 3), 5);
    // Colours: the family's (Freins #c0392b, Savoir-faire #27ae60, Besoins from the codebook), not the code's own.
    const fill = (name: string) => node(name).locator('circle:not(.theme-map__focus):not([data-pin])').getAttribute('fill');
    expect(await fill('Liés aux publics')).toBe('#c0392b');
    expect(await fill('Processus internes')).toBe('#c0392b');
    expect(await fill('Mise en capacité')).toBe('#27ae60');
    expect(await fill('Besoin global')).toBe(await fill('Besoin numérique'));
    // The legend is inside the SVG: families, what size and width mean, the threshold.
    const legend = await map().locator('g[data-legend]').textContent();
    expect(legend).toContain('FreinsSavoir-faireBesoins');
    expect(legend).toContain('Taille : passages (au plus 3)');
    expect(legend).toContain('Épaisseur : Passages (au plus 2)');
  });

  it('shows the counts of a node and of a link under the pointer', async () => {
    await node('Liés aux publics').locator('circle:not(.theme-map__focus)').first().hover();
    await eventually(() => tip().innerText().catch(() => ''), (text) => text.includes('Freins › Liés aux publics'));
    expect(await tip().innerText()).toContain('3 passages · 3 documents · 3 cas');
    await app.page.mouse.move(5, 5);
    await tip().waitFor({ state: 'detached' });

    await app.page.mouse.move(...(await linkPoint('Liés aux publics', 'Mise en capacité')));
    await eventually(() => tip().innerText().catch(() => ''), (text) => text.includes('Passages où ils se rencontrent'));
    const text = await tip().innerText();
    expect(text).toContain('Passages : 2');
    expect(text).toContain('Passages où ils se rencontrent : 2');
    expect(text).toContain('Documents : 2');
    expect(text).toContain('Cas : 2');
    await app.page.mouse.move(5, 5);
  });

  it('opens the extracts of a code on a click, and those where two codes meet on a click on their link', async () => {
    const drawer = app.page.getByTestId('extracts-drawer');
    await node('Liés aux publics').locator('circle:not(.theme-map__focus)').first().click();
    await eventually(() => drawer.getByTestId('drawer-counts').textContent().catch(() => ''), (text) => text === '3 passages · 3 documents · 3 cas');
    expect(await drawer.getByRole('heading').textContent()).toBe('Freins › Liés aux publics');
    await drawer.getByRole('button', { name: 'Fermer' }).click();
    await drawer.waitFor({ state: 'detached' });

    await app.page.mouse.click(...(await linkPoint('Liés aux publics', 'Mise en capacité')));
    // E01's turn at 00:00:20 and E07's second answer: two codings each.
    await eventually(() => drawer.getByTestId('drawer-counts').textContent().catch(() => ''), (text) => text === '4 passages · 2 documents · 2 cas');
    expect(await drawer.getByRole('heading').textContent()).toBe('Freins › Liés aux publics × Savoir-faire › Mise en capacité — Même unité');
    await drawer.getByRole('button', { name: 'Fermer' }).click();
    await drawer.waitFor({ state: 'detached' });
    await app.page.mouse.move(5, 5);
  });

  it('hides the links under the threshold as the slider moves', async () => {
    const slider = view().getByRole('slider', { name: 'Seuil des liens (Passages)' });
    expect(await slider.getAttribute('min')).toBe('1');
    expect(await slider.getAttribute('max')).toBe('2');
    await slider.focus();
    await app.page.keyboard.press('ArrowRight');
    await eventually(edgeCount, (text) => text === '1 lien · 6 sous le seuil');
    expect(await links()).toEqual(['Liés aux publics × Mise en capacité']);
    expect(await view().getByTestId('theme-map-threshold').textContent()).toBe('2');
    await app.page.keyboard.press('ArrowLeft');
    await eventually(edgeCount, (text) => text === '7 liens');
  });

  it('follows the filters live: Zone 2 keeps B04’s codes and links, and the nodes stay where they were', async () => {
    const before = await settled();
    await view().getByRole('tab', { name: /^Filtres/ }).click();
    const section = view().locator('details', { has: app.page.locator('summary', { hasText: 'Attributs des cas' }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await section.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: /^Zone 2/ }).check();
    await eventually(edgeCount, (text) => text === '2 liens');
    expect(await links()).toEqual(['Accueil et confiance × Écoute et approfondissement', 'Posture ou compétence × Processus internes']);
    const labels = [...(await nodes()).values()].map((n) => n.label);
    expect(labels).toContain('Freins › Processus internes : 1 passage · 1 document · 1 cas');
    expect(labels).toContain('Freins › Liés aux publics : 0 passage · 0 document · 0 cas');
    // A code without passages under the filter stays, faded.
    expect(await node('Liés aux publics').locator('circle:not(.theme-map__focus)').first().getAttribute('fill-opacity')).toBe('0.3');
    expect(await places()).toEqual(before);

    await section.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: /^Zone 2/ }).uncheck();
    await eventually(edgeCount, (text) => text === '7 liens');
    expect(await places()).toEqual(before);
    await view().getByRole('tab', { name: /^Codes/ }).click();
  });

  it('keeps a dragged node where it was dropped, pinned, after the page is reloaded', async () => {
    await settled();
    const moved = node('Besoin numérique');
    const [x, y] = await centreOf(moved);
    await app.page.mouse.move(x, y);
    await app.page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await app.page.mouse.move(x + 6 * step, y + 4 * step);
    await app.page.mouse.up();
    expect(await moved.getAttribute('data-pinned')).toBe('true');
    expect(await moved.getAttribute('aria-label')).toBe('Besoins › Besoin numérique : 1 passage · 1 document · 1 cas, épinglé');
    expect(await moved.locator('circle[data-pin]').count()).toBe(1);
    const [nx, ny] = await centreOf(moved);
    expect(nx - x).toBeCloseTo(60, 0);
    expect(ny - y).toBeCloseTo(40, 0);
    const before = await settled();

    await app.page.reload();
    await project.waitUntilShown('Projet de démonstration');
    await showMap();
    const after = await places();
    // The view may be fitted differently: it is the same picture up to a zoom and a pan. Two other
    // codes give that zoom and pan; the dragged one must fall where they say.
    const [p1, p2] = [before.get('Liés aux publics')!, before.get('Besoin global')!];
    const [q1, q2] = [after.get('Liés aux publics')!, after.get('Besoin global')!];
    const k = Math.hypot(q2[0] - q1[0], q2[1] - q1[1]) / Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
    const at = (p: [number, number]): [number, number] => [q1[0] + k * (p[0] - p1[0]), q1[1] + k * (p[1] - p1[1])];
    for (const name of ['Besoin numérique', 'Processus internes', 'Mise en capacité']) {
      const [ex, ey] = at(before.get(name)!);
      expect(Math.abs(after.get(name)![0] - ex), name).toBeLessThan(1.5);
      expect(Math.abs(after.get(name)![1] - ey), name).toBeLessThan(1.5);
    }
    expect(await node('Besoin numérique').getAttribute('data-pinned')).toBe('true');
  });

  it('is used with the keyboard: arrows move and pin a node, Maj+F10 opens its actions, one releases it', async () => {
    const target = node('Besoin global');
    expect(await target.getAttribute('tabindex')).toBe('0');
    await target.focus();
    await eventually(() => tip().innerText().catch(() => ''), (text) => text.includes('Besoins › Besoin global'));
    const [x, y] = await centreOf(target);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowDown');
    expect(await target.getAttribute('data-pinned')).toBe('true');
    const [nx, ny] = await centreOf(target);
    expect(nx - x).toBeCloseTo(10, 0);
    expect(ny - y).toBeCloseTo(10, 0);

    await app.page.keyboard.press('Shift+F10');
    const menu = app.page.getByRole('menu', { name: 'Actions sur « Besoin global »' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Voir les extraits', 'Libérer la position', 'Extraits avec « Processus internes » (1)']);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    expect(await target.getAttribute('data-pinned')).toBe('false');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Besoins › Besoin global : 1 passage · 1 document · 1 cas');
  });

  it('forgets every position on « Réorganiser » and lays the map out afresh', async () => {
    await node('Besoin global').focus();
    await app.page.keyboard.press('ArrowUp');
    await eventually(() => map().locator('g[data-pinned="true"]').count(), (n) => n === 2);
    await map().getByRole('button', { name: 'Réorganiser' }).click();
    await eventually(() => map().locator('g[data-pinned="true"]').count(), (n) => n === 0);
    expect(await map().locator('g[data-node]').count()).toBe(12);
    expect(await links()).toEqual(ALL_LINKS);
  });

  it('exports a self-contained SVG: every code and link, the legend, colours as attributes', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Exporter SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('Carte-des-thèmes.svg');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.match(/<g[^>]* data-node="/g)).toHaveLength(12);
    expect(text.match(/<line[^>]* data-edge-hit="/g)).toHaveLength(7);
    expect(text).toContain('Taille : passages (au plus 3)');
    expect(text).toContain('fill="rgb(192, 57, 43)"');
    expect(text).toContain('>Liés aux publics</tspan>');
  });

  it('is presented to a room at 1920 × 1080: labels of 24 px, no settings, every code and link', async () => {
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.getByRole('button', { name: 'Présenter', exact: true }).click();
    const stage = app.page.getByTestId('presentation');
    await stage.waitFor();
    const chart = stage.getByTestId('theme-map');
    await eventually(() => chart.locator('g[data-node]').count(), (n) => n === 12);
    expect(await chart.locator('line[data-edge-hit]').count()).toBe(7);
    const sizes = await chart.locator('g[data-node] text').evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(await stage.getByRole('button', { name: 'Réorganiser' }).count()).toBe(0);
    expect(await stage.getByRole('slider').count()).toBe(0);
    // Every label inside the stage.
    const stageBox = (await chart.boundingBox())!;
    const labels = await chart.locator('g[data-node] text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    for (const [left, top, right, bottom] of labels) {
      expect(left).toBeGreaterThanOrEqual(stageBox.x);
      expect(top).toBeGreaterThanOrEqual(stageBox.y);
      expect(right).toBeLessThanOrEqual(stageBox.x + stageBox.width);
      expect(bottom).toBeLessThanOrEqual(stageBox.y + stageBox.height);
    }
    await app.page.screenshot({ path: '/tmp/balise-map-presentation.png' });
    await app.page.keyboard.press('Escape');
    await stage.waitFor({ state: 'detached' });
    await app.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('has no serious accessibility violation, and its picture', async () => {
    await settled();
    const violations = await seriousViolations(app.page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The export's confirmation is dismissed, so the picture shows the legend.
    const toasts = app.page.locator('.toast');
    while ((await toasts.count()) > 0) await toasts.first().getByRole('button', { name: 'Masquer le message' }).click();
    await node('Liés aux publics').locator('circle:not(.theme-map__focus)').first().hover();
    await tip().waitFor();
    await saveScreenshot(app.page, 'carte-des-themes');
    expect(app.pageErrors).toEqual([]);
  });
});
