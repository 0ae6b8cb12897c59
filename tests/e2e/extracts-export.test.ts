/**
 * « Exporter… » in « Extraits codés » on the demo project: the passages of Freins › Liés aux publics
 * (E01 « seulement un téléphone avec l’écran cassé », Sonia at 00:00:20; E07 « ne savent pas joindre
 * un justificatif »; M02 « avoir peur de « mal faire » », see tests/e2e/extracts.test.ts) go to a CSV
 * and a Word file, caught as downloads and read back.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const PHONE = 'seulement un téléphone avec l’écran cassé';
const JUSTIFICATIF = 'ne savent pas joindre un justificatif';
const MAL_FAIRE = 'avoir peur de « mal faire »';
const E01 = 'Entretien E01 — conseillère mission locale';

describe('exporting coded extracts', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const view = () => app.page.getByTestId('extracts-view');
  const pane = () => view().getByRole('complementary', { name: 'Construire la requête' });
  const dialog = () => app.page.getByRole('dialog', { name: 'Exporter les extraits' });
  const exportButton = () => view().getByRole('button', { name: 'Exporter…' });

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab('Extraits codés');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers « Exporter… » once a code is chosen, and opens a dialog with the formats', async () => {
    await view().getByText('Cochez un ou plusieurs codes dans l’onglet Codes').waitFor();
    expect(await exportButton().isDisabled()).toBe(true);
    await pane().getByRole('checkbox', { name: 'Freins › Liés aux publics', exact: true }).check();
    await eventually(
      () => view().getByTestId('extract-counts').textContent().catch(() => null),
      (c) => c === '3 passages · 3 documents · 3 cas',
    );
    await exportButton().click();
    await dialog().waitFor();
    expect(await dialog().getByText('Les 3 passages de la requête et des filtres actuels.').isVisible()).toBe(true);
    const formats = dialog().getByRole('group', { name: 'Format' });
    expect(await formats.getByRole('radio').count()).toBe(4);
    expect(await formats.getByRole('radio', { name: 'CSV (tableur)' }).isChecked()).toBe(true);
    expect(await dialog().getByRole('radio', { name: 'point-virgule « ; » (Excel en français)' }).isChecked()).toBe(true);
    await formats.getByRole('radio', { name: 'Excel (.xlsx)' }).check();
    expect(await dialog().getByRole('checkbox', { name: 'Une feuille par code' }).isVisible()).toBe(true);
    expect(await dialog().getByRole('group', { name: 'Séparateur' }).count()).toBe(0);
    await formats.getByRole('radio', { name: 'CSV (tableur)' }).check();
    expect(await seriousViolations(app.page)).toEqual([]);
    // No hover left on an option in the picture.
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'export-extraits');
  });

  it('exports CSV with « ; » and a byte-order mark, the three passages with their documents and cases', async () => {
    const title = dialog().getByRole('textbox', { name: 'Titre' });
    await title.fill('Freins liés aux publics');
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog().getByRole('button', { name: 'Exporter', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Freins-liés-aux-publics.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.Code, r.Extrait, r.Cas])).toEqual([
      ['Freins/Liés aux publics', PHONE, 'E01'],
      ['Freins/Liés aux publics', JUSTIFICATIF, 'E07'],
      ['Freins/Liés aux publics', MAL_FAIRE, 'M02'],
    ]);
    expect(parsed.data[0]).toMatchObject({ Document: E01, Interlocuteur: 'Sonia', Temps: '00:00:20' });
    await dialog().waitFor({ state: 'detached' });
    await app.page.getByText('Fichier « Freins-liés-aux-publics.csv » enregistré dans les téléchargements.').waitFor();
  });

  it('exports Word: the passages under their code, each with its citation', async () => {
    await exportButton().click();
    await dialog().getByRole('radio', { name: 'Word (.docx)' }).check();
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog().getByRole('button', { name: 'Exporter', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Extraits-codés.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Freins/Liés aux publics (3)');
    expect(text).toContain(`${PHONE}(${E01}, E01, Sonia, 00:00:20)`);
    expect(text).toContain(JUSTIFICATIF);
    expect(text).toContain(MAL_FAIRE);
    expect(text).toContain('Rôle\u00a0: Médiateur');
  });

  it('exports Excel with one sheet per code, a bold frozen header, and closes with Escape', async () => {
    await exportButton().click();
    await dialog().getByRole('radio', { name: 'Excel (.xlsx)' }).check();
    await dialog().getByRole('checkbox', { name: 'Une feuille par code' }).check();
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog().getByRole('button', { name: 'Exporter', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Extraits-codés.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Liés aux publics']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(4).value)).toEqual([PHONE, JUSTIFICATIF, MAL_FAIRE]);

    await exportButton().click();
    await dialog().waitFor();
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await exportButton().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows the export under way with « Annuler l’export »; a cancelled export downloads nothing', async () => {
    await exportButton().click();
    await dialog().getByRole('radio', { name: 'Word (.docx)' }).check();
    // The call is held on its way to the service, so the dialog stays on its progress.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api/call/exports:extracts', async (route) => {
      await held;
      await route.continue();
    });
    const downloads: string[] = [];
    const onDownload = (d: { suggestedFilename(): string }) => downloads.push(d.suggestedFilename());
    app.page.on('download', onDownload);
    try {
      await dialog().getByRole('button', { name: 'Exporter', exact: true }).click();
      const bar = dialog().getByRole('progressbar', { name: 'Avancement de l’export' });
      await bar.waitFor();
      expect(await dialog().getByRole('status').textContent()).toBe('Recherche des passages…');
      expect(await seriousViolations(app.page)).toEqual([]);
      await saveScreenshot(app.page, 'export-progression');
      await dialog().getByRole('button', { name: 'Annuler l’export' }).click();
      await eventually(() => dialog().getByRole('status').textContent(), (text) => text === 'Annulation…');
      release();
      await app.page.getByText('Export annulé : aucun fichier n’a été écrit.').waitFor();
      // The dialog stays open for another try, and nothing was downloaded.
      await bar.waitFor({ state: 'detached' });
      expect(await dialog().getByRole('button', { name: 'Exporter', exact: true }).isEnabled()).toBe(true);
      expect(downloads).toEqual([]);
    } finally {
      release();
      app.page.off('download', onDownload);
      await app.page.unroute('**/api/call/exports:extracts');
    }
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });
});
