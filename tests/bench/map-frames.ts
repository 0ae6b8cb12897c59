/**
 * `npx tsx tests/bench/map-frames.ts [--keep] [--edges N]`: does dragging a node of a 150-code theme
 * map stay smooth? Builds the DESIGN.md corpus (200 documents × 6,000 words, 150 codes in 10
 * families, 40,000 codings; tests/bench/corpus.ts), opens it in `node dist/electron/web.cjs` and
 * Debian's Chromium like tests/bench/ui.ts, shows « Analyse › Carte des thèmes » with the 10 families
 * and their 140 sub-codes ticked (150 nodes), moves the threshold so that about N links are drawn
 * (default 300; `--edges all` keeps every pair), then holds a node and drags it round in circles for
 * 3 s with the mouse. Frame times are measured in the page with requestAnimationFrame.
 * Prints median and 95th percentile frame intervals and the frames over 33 ms (JSON with --json).
 * Needs `npm run build` and /usr/bin/chromium (or BALISE_CHROMIUM).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { insertCodeSeeds, listCodes } from '../../electron/db/repositories/codebook';
import { ensureCoder } from '../../electron/db/repositories/coders';
import { insertCodings, type NewCoding } from '../../electron/db/repositories/codings';
import { insertDocument } from '../../electron/db/repositories/documents';
import { ProjectSession } from '../../electron/service/project-session';
import { codeWeights, generateCodebook, generateDocument, generateDocumentCodings, planCodingCounts } from './corpus';
import { scales, SEED } from './scales';
import { uiPrerequisites } from './ui';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const webEntry = path.join(root, 'dist/electron/web.cjs');
const chromiumPath = process.env.BALISE_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CODER = 'Banc d’essai';
const DRAG_MS = 3_000;

const progress = (text: string) => process.stderr.write(text);

/** The medium scale's project: documents, codebook of 150 codes, 40,000 codings by three coders. */
async function buildProject(dir: string): Promise<string> {
  const scale = scales.medium;
  const file = path.join(dir, 'carte.balise');
  const data = path.join(dir, 'data');
  const session = ProjectSession.create(file, 'vide', 'Banc carte des thèmes', CODER, data);
  const now = new Date().toISOString();
  session.write((db) => {
    for (let i = 0; i < scale.documents; i += 1) insertDocument(db, generateDocument(SEED, i, scale.wordsPerDocument), now);
    insertCodeSeeds(db, generateCodebook(SEED, scale.families, scale.perFamily), now);
  });
  const codeIds = listCodes(session.db).map((c) => c.id);
  const coderIds = [session.coder.id, ...['Camille', 'Yanis'].map((name) => session.write((db) => ensureCoder(db, name, now).id))];
  const counts = planCodingCounts(SEED, scale.documents, scale.codings);
  const weights = codeWeights(codeIds.length);
  const codings: NewCoding[] = [];
  const rows = session.db.prepare('SELECT id, text FROM documents ORDER BY id').all() as { id: number; text: string }[];
  rows.forEach((row, index) => {
    for (const c of generateDocumentCodings(SEED, index, row.text, counts[index]!, weights, coderIds.length)) {
      codings.push({ documentId: row.id, codeId: codeIds[c.codeIndex]!, coderId: coderIds[c.coderIndex]!, start: c.start, end: c.end });
    }
  });
  session.write((db) => insertCodings(db, codings, now));
  await session.close();
  return file;
}

async function startApp(dir: string, project: string) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-bench-map-'));
  const child = spawn(process.execPath, [webEntry, '--port', '0', '--data-dir', data, '--project-folder', path.dirname(project)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#jeton=[\w-]+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`web.cjs exited (${code}): ${out}`)));
  });
  const { origin } = new URL(url);
  const token = /jeton=([\w-]+)/.exec(url)![1]!;
  const response = await fetch(`${origin}/api/call/projects:open`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ path: project }),
  });
  if (!((await response.json()) as { ok: boolean }).ok) throw new Error('projects:open failed');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' })).newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(url);
  await page.getByTestId('document-list').waitFor();
  return {
    page,
    close: async () => {
      await browser.close();
      child.kill();
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Ticks the ten families (with their sub-codes): 150 codes. Resolves when the map has 150 nodes. */
async function showMap(page: Page): Promise<{ nodes: number; pairs: number; openMs: number }> {
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('tab', { name: 'Carte des thèmes' }).click();
  const view = page.getByTestId('theme-map-view');
  await view.locator('g[data-node]').first().waitFor({ timeout: 60_000 });
  const t0 = Date.now();
  // Every code of the picker, families included (a family counts its sub-codes' passages too).
  await page.evaluate(() => {
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-testid="theme-map-view"] [data-testid="extract-code-picker"] input[data-box^="c"]')) {
      if (!box.checked) box.click();
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="theme-map-view"] g[data-node]').length === 150, undefined, { timeout: 120_000 });
  const openMs = Date.now() - t0;
  const edges = (await view.getByTestId('theme-map-edges').textContent()) ?? '';
  const numbers = [...edges.replace(/\s/g, '').matchAll(/\d+/g)].map((m) => Number(m[0]));
  return { nodes: 150, pairs: numbers.reduce((a, b) => a + b, 0), openMs };
}

/** Moves the slider until at most `wanted` links are drawn (each step is a live redraw). */
async function setThreshold(page: Page, wanted: number | 'all'): Promise<{ threshold: string; edges: number }> {
  const slider = page.getByTestId('theme-map-view').locator('input[type="range"]');
  const count = async () => page.locator('[data-testid="theme-map-view"] g[data-layer="links"] > g').count();
  if (wanted !== 'all') {
    const { min, max } = await slider.evaluate((el: HTMLInputElement) => ({ min: Number(el.min), max: Number(el.max) }));
    let lo = min;
    let hi = max;
    // Binary search on the value: the smallest threshold with at most `wanted` links.
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      await slider.evaluate((el: HTMLInputElement, value) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(el, String(value));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, mid);
      await page.waitForTimeout(300);
      if ((await count()) > wanted) lo = mid + 1;
      else hi = mid;
    }
    await slider.evaluate((el: HTMLInputElement, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(el, String(value));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, lo);
    await page.waitForTimeout(500);
  }
  return { threshold: (await page.getByTestId('theme-map-threshold').textContent()) ?? '', edges: await count() };
}

/** Holds the node nearest the map's centre and drags it round for 3 s; the page records every frame meanwhile. */
async function dragAndMeasure(page: Page): Promise<{ intervals: number[]; moves: number }> {
  const box = (await page.getByTestId('theme-map').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2 - 40;
  const target = await page.evaluate(
    ([x, y]) => {
      // The node nearest the centre whose circle's middle is not under another node's label.
      let best: { x: number; y: number; d: number; id: string } | null = null;
      for (const el of document.querySelectorAll('[data-testid="theme-map-view"] g[data-node] circle:not(.theme-map__focus):not([data-pin])')) {
        const r = el.getBoundingClientRect();
        const px = r.left + r.width / 2;
        const py = r.top + r.height / 2;
        const id = el.closest('g[data-node]')!.getAttribute('data-node')!;
        const free = document.elementFromPoint(px, py)?.closest('g[data-node]')?.getAttribute('data-node') === id;
        // A node under another's label counts as farther: the pointer would take the other one.
        const d = Math.hypot(px - x!, py - y!) + (free ? 0 : 10_000);
        if (!best || d < best.d) best = { x: px, y: py, d, id };
      }
      // The node the pointer will press is the one drawn on top there.
      if (best) best.id = document.elementFromPoint(best.x, best.y)?.closest('g[data-node]')?.getAttribute('data-node') ?? best.id;
      return best;
    },
    [cx, cy],
  );
  if (!target) throw new Error('no node on the map');
  // Each frame's time, and whether the dragged node was drawn somewhere new in it (the drag is real).
  await page.evaluate((id) => {
    const w = window as unknown as { frames: number[]; moves: number; measuring: boolean };
    const dragged = document.querySelector(`[data-testid="theme-map-view"] g[data-node="${id}"]`)!;
    let last = dragged.getAttribute('transform');
    w.frames = [];
    w.moves = 0;
    w.measuring = true;
    const step = (now: number) => {
      w.frames.push(now);
      const at = dragged.getAttribute('transform');
      if (at !== last) w.moves += 1;
      last = at;
      if (w.measuring) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }, target.id);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  const started = Date.now();
  while (Date.now() - started < DRAG_MS) {
    const t = (Date.now() - started) / 1000;
    const angle = 2 * Math.PI * (t / 1.5);
    await page.mouse.move(target.x + 140 * Math.sin(angle), target.y + 90 * (1 - Math.cos(angle)), { steps: 1 });
  }
  await page.mouse.up();
  const { stamps, moves } = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; moves: number; measuring: boolean };
    w.measuring = false;
    return { stamps: w.frames, moves: w.moves };
  });
  // The pin mark is drawn by React once the drop is handled.
  const pinned = await page
    .waitForFunction((id) => document.querySelector(`[data-testid="theme-map-view"] g[data-node="${id}"]`)?.getAttribute('data-pinned') === 'true', target.id, { timeout: 5_000 })
    .then(() => 'true')
    .catch(() => 'false');
  if (pinned !== 'true') {
    const shot = path.join(os.tmpdir(), 'balise-bench-map-frames.png');
    await page.screenshot({ path: shot });
    throw new Error(`node ${target.id} at ${target.x.toFixed(0)},${target.y.toFixed(0)} was not pinned: the drag did not happen (screenshot ${shot})`);
  }
  return { intervals: stamps.slice(1).map((s, i) => s - stamps[i]!), moves };
}

function summary(intervals: number[]) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return {
    frames: intervals.length,
    medianMs: Number(at(0.5).toFixed(1)),
    p95Ms: Number(at(0.95).toFixed(1)),
    maxMs: Number(Math.max(...intervals).toFixed(1)),
    over33: intervals.filter((x) => x > 33).length,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const json = args.includes('--json');
  const edgesArg = args.includes('--edges') ? args[args.indexOf('--edges') + 1] : undefined;
  const wanted: number | 'all' = edgesArg === 'all' ? 'all' : Number(edgesArg ?? 300);
  const missing = uiPrerequisites();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-bench-map-'));
  try {
    progress(`map frames in ${dir}\n  building the medium corpus (150 codes, 40,000 codings) … `);
    const g0 = performance.now();
    const project = await buildProject(dir);
    progress(`${((performance.now() - g0) / 1000).toFixed(1)} s\n`);
    const app = await startApp(dir, project);
    try {
      const shown = await showMap(app.page);
      progress(`  150 nodes drawn ${shown.openMs} ms after ticking the last family; ${shown.pairs} pairs co-occur\n`);
      const raised = await app.page.getByTestId('theme-map-raised').textContent().catch(() => null);
      progress(`  as first drawn: ${await app.page.getByTestId('theme-map-edges').textContent()}${raised ? ` (${raised.trim()})` : ''}\n`);
      if (process.env.BALISE_LOOK) await app.page.screenshot({ path: process.env.BALISE_LOOK });
      const threshold = await setThreshold(app.page, wanted);
      progress(`  threshold ${threshold.threshold}: ${threshold.edges} links drawn\n`);
      await app.page.waitForTimeout(2_000);
      const drag = await dragAndMeasure(app.page);
      const result = { nodes: shown.nodes, pairs: shown.pairs, threshold: threshold.threshold, edges: threshold.edges, dragMs: DRAG_MS, ...summary(drag.intervals), framesMoved: drag.moves };
      if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        process.stdout.write(
          `theme map, ${result.nodes} nodes, ${result.edges} links (threshold ${result.threshold} passages): drag ${DRAG_MS / 1000} s → ${result.frames} frames, ` +
            `median ${result.medianMs} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms, ${result.over33} over 33 ms; the dragged node moved in ${result.framesMoved} of them\n`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    if (keep) progress(`  kept ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
