import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { insertCodings } from '../../electron/db/repositories/codings';
import { insertDocument } from '../../electron/db/repositories/documents';
import { ProjectSession } from '../../electron/service/project-session';
import { codeWeights, generateDocument, generateDocumentCodings } from './corpus';
import { SEED } from './scales';

/**
 * The coding view in Debian's Chromium, as a researcher meets it: `node dist/electron/web.cjs`,
 * the project of the medium scale plus one 40,000-word transcript with 1,500 codings, opened
 * through the page. Needs `npm run build` and /usr/bin/chromium (or BALISE_CHROMIUM).
 */
export const LONG_WORDS = 40_000;
export const LONG_CODINGS = 1_500;
const LONG_NAME = 'Entretien long — banc d’essai';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const webEntry = path.join(root, 'dist/electron/web.cjs');
const chromiumPath = process.env.BALISE_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function uiPrerequisites(): string | null {
  if (!fs.existsSync(webEntry) || !fs.existsSync(path.join(root, 'dist/renderer/index.html'))) return 'run `npm run build` first';
  if (!fs.existsSync(chromiumPath)) return `no Chromium at ${chromiumPath}`;
  return null;
}

/** `full.balise` plus the long transcript, once per bench folder. */
async function prepareProject(dir: string, full: string, data: string): Promise<string> {
  const folder = path.join(dir, 'ui');
  const file = path.join(folder, 'ui.balise');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(full, file);
  const session = await ProjectSession.open(file, 'Banc d’essai', data);
  session.write((db) => {
    const now = new Date().toISOString();
    const generated = generateDocument(SEED, 99_998, LONG_WORDS);
    const id = insertDocument(db, { ...generated, name: LONG_NAME }, now);
    const codeIds = (db.prepare('SELECT id FROM codes ORDER BY id').all() as { id: number }[]).map((c) => c.id);
    const coders = (db.prepare('SELECT id FROM coders ORDER BY id').all() as { id: number }[]).map((c) => c.id);
    const codings = generateDocumentCodings(SEED, 99_998, generated.text, LONG_CODINGS, codeWeights(codeIds.length), coders.length).map((c) => ({
      documentId: id,
      codeId: codeIds[c.codeIndex]!,
      coderId: coders[c.coderIndex]!,
      start: c.start,
      end: c.end,
    }));
    insertCodings(db, codings, now);
  });
  await session.close();
  return file;
}

interface Running {
  page: Page;
  close: () => Promise<void>;
  call: (name: string, input: unknown) => Promise<unknown>;
}

async function start(dir: string, project: string): Promise<Running> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-bench-ui-'));
  const child: ChildProcess = spawn(process.execPath, [webEntry, '--port', '0', '--data-dir', data, '--project-folder', path.dirname(project)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#jeton=[\w-]+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`web.cjs exited (${code}): ${out}`)));
  });
  const { origin } = new URL(url);
  const token = /jeton=([\w-]+)/.exec(url)![1]!;
  const call = async (name: string, input: unknown) => {
    const response = await fetch(`${origin}/api/call/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
    if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
    return body.result;
  };
  await call('projects:open', { path: project });
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' })).newPage();
  // tsx keeps function names with a helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(url);
  await page.getByTestId('document-list').waitFor();
  return {
    page,
    call,
    close: async () => {
      await browser.close();
      child.kill();
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Clicks the long transcript in the list; resolves, in the page, at the first frame painted with its text and highlights. */
async function timeOpen(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll<HTMLElement>('[data-testid="document-list"] button')].find((b) => b.textContent?.includes(name))!;
    const t0 = performance.now();
    button.click();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = () =>
      document.querySelector('#viewer-title')?.textContent === name &&
      document.querySelector('[data-testid="document-text"] mark.coded') !== null &&
      document.querySelector('[data-testid="document-text"] .stripe') !== null;
    while (!shown()) await frame();
    await frame();
    return performance.now() - t0;
  }, LONG_NAME);
}

/** Opens another document, so the next open is a fresh one. */
async function openOther(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const other = [...document.querySelectorAll<HTMLElement>('[data-testid="document-list"] button')].find((b) => !b.textContent?.includes(name))!;
    other.click();
    const title = other.textContent ?? '';
    while (!document.querySelector('#viewer-title') || !title.includes(document.querySelector('#viewer-title')!.textContent ?? '\u0000')) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, LONG_NAME);
}

export async function benchOpenTranscript(dir: string, full: string, data: string, reps: number): Promise<{ samples: number[]; detail: string }> {
  const project = await prepareProject(dir, full, data);
  const app = await start(dir, project);
  try {
    const samples: number[] = [];
    for (let rep = 0; rep < reps; rep += 1) {
      await openOther(app.page);
      samples.push(await timeOpen(app.page));
    }
    const blocks = await app.page.locator('[data-testid="document-text"] .doc-block').count();
    return { samples, detail: `${LONG_WORDS.toLocaleString('en-US')} words, ${LONG_CODINGS.toLocaleString('en-US')} codings, ${blocks} blocks; click in the list → first frame with highlights and stripes` };
  } finally {
    await app.close();
  }
}

/** Scrolls the long transcript from top to bottom at 1,200 px/s; samples are the intervals between frames. */
export async function benchScroll(dir: string, full: string, data: string): Promise<{ samples: number[]; detail: string }> {
  const project = await prepareProject(dir, full, data);
  const app = await start(dir, project);
  try {
    await timeOpen(app.page);
    const intervals = await app.page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.viewer__scroll')!;
      const out: number[] = [];
      let last = performance.now();
      const started = last;
      while (performance.now() - started < 6_000 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        out.push(now - last);
        scroller.scrollTop += ((now - last) / 1000) * 1_200;
        last = now;
      }
      return out;
    });
    const sorted = [...intervals].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const long = intervals.filter((x) => x > 50).length;
    return {
      samples: intervals,
      detail: `${intervals.length} frames; median interval = the row's time, p95 ${p95.toFixed(1)} ms, max ${Math.max(...intervals).toFixed(1)} ms, ${long} over 50 ms`,
    };
  } finally {
    await app.close();
  }
}

/**
 * Selects words in a visible turn and presses « 1 » (the coder's most recent code): from the key
 * press to the first frame showing the new stripe. The call goes over HTTP like every call of the page.
 */
export async function benchApplyCode(dir: string, full: string, data: string, reps: number): Promise<{ samples: number[]; detail: string }> {
  const project = await prepareProject(dir, full, data);
  const app = await start(dir, project);
  try {
    await timeOpen(app.page);
    // A first coding by this coder, so that key 1 holds a code.
    const codes = (await app.call('codebook:list', {})) as { id: number }[];
    const docs = (await app.call('documents:list', {})) as { id: number; name: string }[];
    const long = docs.find((d) => d.name === LONG_NAME)!;
    await app.call('codings:add', { documentId: long.id, codeId: codes[codes.length - 1]!.id, start: 0, end: 5 });
    await app.page.locator('.recent-code').first().waitFor();
    const samples: number[] = [];
    for (let rep = 0; rep < reps; rep += 1) {
      // Scroll the document further down each time, then select 25 characters of uncoded text in view.
      await app.page.locator('.viewer__scroll').evaluate((el, index) => (el.scrollTop = 2_000 + index * 1_500), rep);
      await app.page.waitForTimeout(300);
      await app.page.evaluate(() => {
        const view = document.querySelector('.viewer__scroll')!.getBoundingClientRect();
        const span = [...document.querySelectorAll<HTMLElement>('.coding-page span[data-o]')].find((s) => {
          const r = s.getBoundingClientRect();
          return r.top > view.top + 80 && r.top < view.bottom - 120 && (s.textContent ?? '').length > 40;
        });
        if (!span) throw new Error('no stretch of uncoded text in view');
        const text = span.firstChild!;
        const range = document.createRange();
        range.setStart(text, 5);
        range.setEnd(text, 30);
        const page = document.querySelector<HTMLElement>('.coding-page')!;
        page.focus({ preventScroll: true });
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await app.page.waitForTimeout(300);
      // The listener is in place before the key is pressed; then the page waits for the stripe.
      await app.page.evaluate(() => {
        const w = window as unknown as { keyAt: number; stripesBefore: number };
        w.keyAt = 0;
        w.stripesBefore = document.querySelectorAll('.stripe').length;
        window.addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true, once: true });
      });
      await app.page.keyboard.press('1');
      const ms = await app.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const w = window as unknown as { keyAt: number; stripesBefore: number };
            const given = performance.now();
            const check = () => {
              if (w.keyAt > 0 && document.querySelectorAll('.stripe').length !== w.stripesBefore) resolve(performance.now() - w.keyAt);
              else if (performance.now() - given > 10_000) resolve(Number.NaN);
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      if (Number.isNaN(ms)) {
        const shot = path.join(os.tmpdir(), 'balise-bench-apply-code.png');
        await app.page.screenshot({ path: shot });
        const state = await app.page.evaluate(() => ({ selected: getSelection()?.toString(), focus: document.activeElement?.className, recent: document.querySelectorAll('.recent-code').length }));
        throw new Error(`no new stripe 10 s after pressing 1 (${JSON.stringify(state)}; screenshot ${shot})`);
      }
      samples.push(ms);
    }
    return { samples, detail: 'key 1 on a 25-character selection → first frame with one more stripe (service call over loopback HTTP, codings reloaded, stripes measured)' };
  } finally {
    await app.close();
  }
}

/**
 * The same transcript as a plain Lexical tree: « Modifier le texte » loads it into the editor (one
 * paragraph per line). From the click to the first frame where the editor holds the last line:
 * what the coding view would cost if it were a Lexical editor of the whole text.
 */
export async function benchLexicalOpen(dir: string, full: string, data: string, reps: number): Promise<{ samples: number[]; detail: string }> {
  const project = await prepareProject(dir, full, data);
  const app = await start(dir, project);
  try {
    const samples: number[] = [];
    let paragraphs = 0;
    for (let rep = 0; rep < reps; rep += 1) {
      await timeOpen(app.page);
      const result = await app.page.evaluate(async () => {
        const button = [...document.querySelectorAll<HTMLElement>('.viewer__actions button')].find((b) => b.textContent?.includes('Modifier le texte'))!;
        const t0 = performance.now();
        button.click();
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (;;) {
          const editor = document.querySelector('.edit-text__editor');
          if (editor && editor.childElementCount > 100) break;
          await frame();
        }
        await frame();
        return { ms: performance.now() - t0, paragraphs: document.querySelector('.edit-text__editor')!.childElementCount };
      });
      samples.push(result.ms);
      paragraphs = result.paragraphs;
      await app.page.locator('.edit-text__buttons').getByRole('button', { name: 'Annuler' }).click();
      await app.page.locator('.edit-text').waitFor({ state: 'detached' });
      await openOther(app.page);
    }
    return { samples, detail: `${paragraphs} Lexical paragraphs; click on « Modifier le texte » → first frame with the whole text in the editor` };
  } finally {
    await app.close();
  }
}
