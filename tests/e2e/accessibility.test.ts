import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startApp, type RunningApp } from './support/app';
import { WelcomePage, type ProjectPage } from './support/pages';

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is. The script goes in through
 * the DevTools protocol (page.evaluate), which the page's CSP does not govern: the app's own policy
 * stays exactly as shipped.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** What has the keyboard focus: its accessible text, and whether a focus indicator is drawn. */
async function focused(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', visible: false };
    const drawsRing = (node: Element) => {
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    };
    // A card's button stretches over the card, and the card draws the ring.
    const card = el.closest('.action-card');
    const ring = drawsRing(el) || (card !== null && drawsRing(card));
    const name = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent : null) ?? el.textContent ?? '';
    return { name: name.trim(), visible: el.matches(':focus-visible') && ring };
  });
}

describe('accessibility', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the welcome screen, the new-project dialog and the project screen have no serious or critical axe violation', async () => {
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    expect(await seriousViolations(app.page)).toEqual([]);

    const dialog = await welcome.openNewProjectDialog();
    expect(await seriousViolations(app.page)).toEqual([]);
    // A labelled modal: Escape closes it and gives the focus back to the button that opened it.
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focused(app.page)).name).toBe('Nouveau projet');

    const project = await welcome.openDemo();
    await project.showTab(/^Documents/);
    await project.openDocument('Fiche d’observation B04 — jour 2');
    expect(await seriousViolations(app.page)).toEqual([]);
    await project.showTab(/^Codebook/);
    await project.showTab(/^Cas/);
    await app.page.getByRole('tab', { name: /^Détails/ }).click();
    expect(await seriousViolations(app.page)).toEqual([]);
    await project.closeProject();
  });

  it('the keyboard reaches the main buttons of the welcome screen, with a visible focus', async () => {
    const page = await app.newPage();
    await new WelcomePage(page).waitUntilShown();
    const seen: { name: string; visible: boolean }[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    for (const name of ['Nouveau projet', 'Ouvrir un projet…', 'Projet de démonstration']) {
      const stop = seen.find((s) => s.name === name);
      expect(stop, `${name} in ${JSON.stringify(seen)}`).toBeDefined();
      expect(stop!.visible, name).toBe(true);
    }
    expect(seen.some((s) => s.name === 'Français')).toBe(true);
  });

  it('the dialog keeps the focus inside while tabbing, and the project tabs follow the arrow keys', async () => {
    const page = await app.newPage();
    const welcome = new WelcomePage(page);
    await welcome.waitUntilShown();
    const dialog = await welcome.openNewProjectDialog();
    expect(await dialog.getByLabel('Nom du projet').evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    const project: ProjectPage = await welcome.createProject('Clavier');
    await project.tab(/^Documents/).click();
    await page.keyboard.press('ArrowRight');
    expect(await project.tab(/^Codebook/).getAttribute('aria-selected')).toBe('true');
    expect(await project.tab(/^Codebook/).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    expect(await project.tab(/^Cas/).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await project.tab(/^Documents/).getAttribute('aria-selected')).toBe('true');
    expect((await focused(page)).visible).toBe(true);
  });
});
