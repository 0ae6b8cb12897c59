/**
 * « Analyse › Codes × attributs » on the demo project (shared/demo/corpus.ts, coded by
 * electron/service/templates.ts). Worked by hand, Rôle in columns:
 * - Rôle: Professionnel for E01 and E07 (n = 2 cas), Binôme for B04, Médiateur for M02 (n = 1 cas each).
 * - Freins › Liés aux publics: E01 « seulement un téléphone avec l’écran cassé », E07 « ne savent pas
 *   joindre un justificatif », M02 « avoir peur de « mal faire » » → Professionnel 2 cas, Médiateur 1,
 *   Binôme 0, total 3; as % des cas: 100 %, 100 %, 0 %, total 3 of 4 = 75 %.
 * - Freins › Processus internes: E01 and B04 (« faute de temps ») → Professionnel 1 (50 %), Binôme 1
 *   (100 %), Médiateur 0, total 2 (50 %).
 * - Savoir-faire › Mise en capacité: E01 and E07 → Professionnel 2 (100 %), total 2 (50 %).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const PHONE = 'seulement un téléphone avec l’écran cassé';
const JUSTIFICATIF = 'ne savent pas joindre un justificatif';

interface ShownTable {
  headers: string[];
  rows: Record<string, string[]>;
}

describe('code × attribute tables', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('crosstab-view');
  const pane = () => view().getByRole('complementary', { name: 'Réglages du tableau' });
  const paneTab = (name: string) => pane().getByRole('tab', { name: new RegExp(`^${name}`) });
  const table = () => view().getByTestId('crosstab-table');
  const drawer = () => app.page.getByTestId('extracts-drawer');

  /** The table as text: each column heading, and each code's cells (columns then total) by its name. */
  const shown = (): Promise<ShownTable> =>
    table()
      .locator('table')
      .evaluate((element) => {
        const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
        const rows: Record<string, string[]> = {};
        for (const tr of element.querySelectorAll('tbody tr')) {
          const name = tr.querySelector('th .crosstab-code__name')?.textContent ?? '';
          rows[name] = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\u00a0/g, ' '));
        }
        return { headers, rows };
      })
      .catch(() => ({ headers: [], rows: {} }));

  /** The cells of a code by column heading (« Professionnel », « Total »). */
  const cellsOf = (t: ShownTable, code: string): Record<string, string> => {
    const names = t.headers.slice(1).map((h) => h.replace(/n = .*$/, '').trim());
    return Object.fromEntries(names.map((name, i) => [name, t.rows[code]?.[i] ?? '']));
  };

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab('Analyse');
    await project.showTab('Codes × attributs');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks for an attribute, then shows codes × Rôle with each column’s cases, counted in cases', async () => {
    await view().getByText('Choisissez un attribut dans l’onglet Colonnes').waitFor();
    expect(await paneTab('Colonnes').getAttribute('aria-selected')).toBe('true');
    await pane().getByRole('checkbox', { name: 'Rôle' }).check();
    const t = await eventually(shown, (s) => s.headers.length === 5 && Object.keys(s.rows).length === 12);
    expect(t.headers[0]).toBe('Code');
    expect(t.headers.slice(1).sort()).toEqual(['Binômen = 1 cas', 'Médiateurn = 1 cas', 'Professionneln = 2 cas', 'Total'].sort());
    expect(t.headers.at(-1)).toBe('Total');
    expect(cellsOf(t, 'Liés aux publics')).toEqual({ Professionnel: '2', Médiateur: '1', Binôme: '0', Total: '3' });
    expect(cellsOf(t, 'Processus internes')).toEqual({ Professionnel: '1', Médiateur: '0', Binôme: '1', Total: '2' });
    expect(cellsOf(t, 'Mise en capacité')).toEqual({ Professionnel: '2', Médiateur: '0', Binôme: '0', Total: '2' });
    await expect(table().locator('caption').textContent()).resolves.toBe('Codes × Rôle — Cas · 12 codes · 3 colonnes · 4 cas');
    await saveScreenshot(app.page, 'codes-attributs');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('shows the share of each column’s cases', async () => {
    await view().getByRole('radio', { name: '% des cas' }).check();
    const t = await eventually(shown, (s) => cellsOf(s, 'Liés aux publics').Total === '75 %');
    expect(cellsOf(t, 'Liés aux publics')).toEqual({ Professionnel: '100 %', Médiateur: '100 %', Binôme: '0 %', Total: '75 %' });
    expect(cellsOf(t, 'Processus internes')).toEqual({ Professionnel: '50 %', Médiateur: '0 %', Binôme: '100 %', Total: '50 %' });
  });

  it('exports the table as CSV that a French spreadsheet reads: « ; », a byte-order mark, the same numbers', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), view().getByRole('button', { name: 'Exporter CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('Codes-x-Rôle-des-cas.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    const header = rows[0]!;
    expect(header[0]).toBe('Code');
    expect(header.at(-1)).toBe('Total');
    const column = (name: string) => header.indexOf(name);
    const publics = rows.find((r) => r[0] === 'Freins/Liés aux publics')!;
    expect(publics[column('Professionnel (n = 2)')]).toBe('100');
    expect(publics[column('Binôme (n = 1)')]).toBe('0');
    expect(publics.at(-1)).toBe('75');
    const processus = rows.find((r) => r[0] === 'Freins/Processus internes')!;
    expect(processus[column('Professionnel (n = 2)')]).toBe('50');
    expect(rows).toHaveLength(13);
  });

  it('exports the table as an Excel workbook with the shares as percents', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), view().getByRole('button', { name: 'Exporter Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('Codes-x-Rôle-des-cas.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Codes × Rôle — % des cas');
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== 'Freins/Liés aux publics') return;
      found = true;
      expect(row.getCell(row.cellCount).value).toBe(0.75);
    });
    expect(found).toBe(true);
  });

  it('draws grouped bars with a legend of the columns and the values at the bar ends', async () => {
    await view().getByRole('radio', { name: 'Barres' }).check();
    const bars = view().getByTestId('crosstab-bars');
    await bars.locator('svg').waitFor();
    expect(await bars.getByRole('listitem').allTextContents()).toHaveLength(3);
    const bar = bars.getByRole('button', { name: 'Freins/Liés aux publics × Professionnel : 100 %. Voir les extraits' });
    expect(await bar.textContent()).toBe('100\u00a0%');
    // A column without passages of the code is no button.
    expect(await bars.getByRole('button', { name: /^Freins\/Liés aux publics × Binôme/ }).count()).toBe(0);
    await bar.click();
    await drawer().getByRole('heading', { name: 'Freins/Liés aux publics × Professionnel' }).waitFor();
    await drawer().getByRole('button', { name: 'Fermer les extraits' }).click();
    await drawer().waitFor({ state: 'detached' });
    const file = path.join(os.tmpdir(), 'codes-attributs-barres.png');
    await app.page.screenshot({ path: file });
    expect(await seriousViolations(app.page)).toEqual([]);
    await view().getByRole('radio', { name: 'Tableau' }).check();
  });

  it('opens the extracts behind a cell in the drawer, from the keyboard', async () => {
    await view().getByRole('radio', { name: 'Cas', exact: true }).check();
    // One tab stop in the grid: the arrows go from button to button (Binôme has no passage of the code: no button).
    await table().getByRole('button', { name: 'Freins/Liés aux publics × Médiateur : 1. Voir les extraits' }).focus();
    await app.page.keyboard.press('ArrowRight');
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Freins/Liés aux publics × Professionnel : 2. Voir les extraits');
    await app.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Freins/Manque de ressources ou d\'information × Professionnel : 1. Voir les extraits');
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('Enter');
    // Only the passages of Professionnel cases (E01, E07), not M02's « mal faire ».
    await drawer().getByRole('heading', { name: 'Freins/Liés aux publics × Professionnel' }).waitFor();
    await eventually(
      () => drawer().locator('.extract-card__hit').allTextContents(),
      (hits) => hits.length === 2,
    );
    expect((await drawer().locator('.extract-card__hit').allTextContents()).sort()).toEqual([JUSTIFICATIF, PHONE].sort());
    expect(await drawer().getByTestId('drawer-counts').textContent()).toBe('2 passages · 2 documents · 2 cas');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await drawer().waitFor({ state: 'detached' });
  });

  it('makes a column per combination when a second attribute is ticked', async () => {
    await paneTab('Colonnes').click();
    await pane().getByRole('checkbox', { name: 'Branche' }).check();
    const t = await eventually(shown, (s) => s.headers.length === 6);
    expect(t.headers).toEqual([
      'Code',
      'Binôme × Régies de quartiern = 1 cas',
      'Médiateur × Aide à domicilen = 1 cas',
      'Professionnel × Foyers de jeunes travailleursn = 1 cas',
      'Professionnel × Missions localesn = 1 cas',
      'Total',
    ]);
    expect(t.rows['Liés aux publics']).toEqual(['0', '1', '1', '1', '3']);
    expect(await table().getByRole('button', { name: 'Freins/Liés aux publics × Professionnel × Missions locales : 1. Voir les extraits' }).count()).toBe(1);
  });

  it('narrows the table with the extract browser’s filters: Zone 5 or Zone 2 leaves E01 and B04', async () => {
    await pane().getByRole('checkbox', { name: 'Branche' }).uncheck();
    await paneTab('Filtres').click();
    const section = pane().locator('details', { has: app.page.locator('summary', { hasText: 'Attributs des cas' }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    const zone = section.getByRole('group', { name: 'Zone' });
    await zone.getByRole('checkbox', { name: /^Zone 5/ }).check();
    await zone.getByRole('checkbox', { name: /^Zone 2/ }).check();
    const t = await eventually(shown, (s) => s.headers.length === 4);
    expect(t.headers).toEqual(['Code', 'Binômen = 1 cas', 'Professionneln = 1 cas', 'Total']);
    expect(cellsOf(t, 'Processus internes')).toEqual({ Binôme: '1', Professionnel: '1', Total: '2' });
    expect(cellsOf(t, 'Liés aux publics')).toEqual({ Binôme: '0', Professionnel: '1', Total: '1' });
    expect(await paneTab('Filtres').textContent()).toBe('Filtres1');
  });
});
