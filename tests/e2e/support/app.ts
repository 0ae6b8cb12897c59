/**
 * Starts Balise as a user would in browser mode (`node dist/electron/web.cjs`) on a free port with
 * fresh data and project folders, and a headless system Chromium on a fresh profile pointed at it.
 * Nothing is mocked: the page talks to the real service over the loopback HTTP transport.
 * The tests assume `npm run build` has run (the e2e npm script does it).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const root = path.resolve(__dirname, '../../..');
const webEntry = path.join(root, 'dist/electron/web.cjs');
const rendererIndex = path.join(root, 'dist/renderer/index.html');
export const screenshotDir = path.join(root, 'docs/screenshots');
export const viewport = { width: 1440, height: 900 };

const chromiumPath = process.env.BALISE_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=fr-FR',
];

export interface RunningApp {
  /** Address with the token in its fragment, as printed by the server. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  projectFolder: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (a test may assert there are none). */
  pageErrors: string[];
  /** Another fresh browser context (own storage) on the same server, e.g. with bypassCSP. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

function waitForUrl(child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web.cjs printed no address within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\/#jeton=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web.cjs exited (${code}) before printing its address:\n${output}`));
    });
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the app. The coder is already chosen (the system's user name, as before the first-start
 * dialog existed), unless `firstStart` asks for the app as a researcher first sees it.
 */
export async function startApp(contextOptions: BrowserContextOptions = {}, { firstStart = false }: { firstStart?: boolean } = {}): Promise<RunningApp> {
  for (const file of [webEntry, rendererIndex]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run \`npm run build\` before the e2e tests.`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-e2e-'));
  const dataDir = path.join(tmp, 'donnees');
  const projectFolder = path.join(tmp, 'projets');
  if (!firstStart) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'reglages.json'), JSON.stringify({ coderName: os.userInfo().username }));
  }
  const child = spawn(process.execPath, [webEntry, '--port', '0', '--data-dir', dataDir, '--project-folder', projectFolder], {
    cwd: root,
    env: { ...process.env, BALISE_PORT: '0' },
  });
  let browser: Browser | null = null;
  try {
    const url = await waitForUrl(child, 20_000);
    const parsed = new URL(url);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const pageErrors: string[] = [];
    const openPage = async (options: BrowserContextOptions = {}) => {
      const context = await browser!.newContext({ viewport, locale: 'fr-FR', ...contextOptions, ...options });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      return { context, page };
    };
    const { context, page } = await openPage();
    return {
      url,
      origin: parsed.origin,
      token: /jeton=([\w-]+)/.exec(parsed.hash)![1]!,
      dataDir,
      projectFolder,
      browser,
      context,
      page,
      pageErrors,
      newPage: async (options) => (await openPage(options)).page,
      close: async () => {
        await browser?.close();
        await stop(child);
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await stop(child);
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a 1440×900 screenshot of the page to docs/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.setViewportSize(viewport);
  // Let fonts and the last paint settle, without animations or a blinking caret in the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
