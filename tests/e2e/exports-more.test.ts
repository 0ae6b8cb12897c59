/**
 * The exports that were on the command line only, from the screens, on the demo project: the codebook
 * (CSV with Freins/Liés aux publics in #e74c3c from the StESS template; a REFI-QDA codebook), and from
 * « Extraits codés » with Freins › Liés aux publics ticked: the IRaMuTeQ corpus with the Rôle attribute,
 * and the 0/1 matrix by case. Hand-worked from shared/demo/corpus.ts: the passages of Liés aux publics
 * are in E01, E07 and M02; B04 has none.
 */
import fs from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';
import { xmllint } from '../integration/exports/refi-support';

describe('exporting the codebook, an IRaMuTeQ corpus and a 0/1 matrix', () => {
  let app: RunningApp;
  let project: ProjectPage;

  const codebookDialog = () => app.page.getByRole('dialog', { name: 'Exporter le codebook' });
  const extractsDialog = () => app.page.getByRole('dialog', { name: 'Exporter les extraits' });
  const view = () => app.page.getByTestId('extracts-view');

  async function download(dialog: ReturnType<typeof codebookDialog>) {
    const [file] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter', exact: true }).click()]);
    const bytes = fs.readFileSync((await file.path())!);
    await dialog.waitFor({ state: 'detached' });
    return { name: file.suggestedFilename(), bytes };
  }

  function csv(bytes: Buffer, delimiter: string): string[][] {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    await project.showTab(/^Codebook/);
    await eventually(
      () => project.codeRows().count(),
      (n) => n === 15,
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports the codebook as CSV: one line per code, with its path and colour', async () => {
    await app.page.getByRole('button', { name: 'Exporter le codebook…' }).click();
    await codebookDialog().waitFor();
    const formats = codebookDialog().getByRole('group', { name: 'Format' });
    expect(await formats.getByRole('radio').count()).toBe(3);
    expect(await formats.getByRole('radio', { name: 'CSV (tableur)' }).isChecked()).toBe(true);
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.mouse.move(0, 0);
    await saveScreenshot(app.page, 'export-codebook');
    const file = await download(codebookDialog());
    expect(file.name).toMatch(/\.csv$/);
    const table = csv(file.bytes, ';');
    expect(table[0]!.slice(0, 2)).toEqual(['Chemin', 'Couleur']);
    expect(table.length).toBe(16);
    const row = table.find((r) => r[0] === 'Freins/Liés aux publics');
    expect(row?.[1]?.toLowerCase()).toBe('#e74c3c');
    await app.page.getByText(`Fichier « ${file.name} » enregistré dans les téléchargements.`).waitFor();
  });

  it('exports the codebook as a REFI-QDA codebook whose root is CodeBook', async () => {
    await app.page.getByRole('button', { name: 'Exporter le codebook…' }).click();
    await codebookDialog().getByRole('radio', { name: /REFI-QDA \(\.qdc\)/ }).check();
    const file = await download(codebookDialog());
    expect(file.name).toMatch(/\.qdc$/);
    const doc = new DOMParser().parseFromString(file.bytes.toString('utf8'), 'text/xml');
    expect(doc.documentElement?.localName).toBe('CodeBook');
    expect(file.bytes.toString('utf8')).toContain('name="Liés aux publics"');
  });

  it('exports the IRaMuTeQ corpus of the query with the Rôle attribute on the starred lines', async () => {
    await project.showTab('Extraits codés');
    const pane = view().getByRole('complementary', { name: 'Construire la requête' });
    await pane.getByRole('checkbox', { name: 'Freins › Liés aux publics', exact: true }).check();
    await eventually(
      () => view().getByTestId('extract-counts').textContent().catch(() => null),
      (c) => c === '3 passages · 3 documents · 3 cas',
    );
    await view().getByRole('button', { name: 'Exporter…' }).click();
    // The four formats of the extracts stay in their group; the two new ones have theirs.
    expect(await extractsDialog().getByRole('group', { name: 'Format' }).getByRole('radio').count()).toBe(4);
    await extractsDialog().getByRole('radio', { name: 'Corpus IRaMuTeQ (.txt)' }).check();
    await extractsDialog().getByRole('checkbox', { name: 'Rôle' }).check();
    expect(await extractsDialog().getByRole('textbox', { name: 'Titre' }).count()).toBe(0);
    expect(await seriousViolations(app.page)).toEqual([]);
    const file = await download(extractsDialog());
    expect(file.name).toMatch(/\.txt$/);
    const starred = file.bytes
      .toString('utf8')
      .split(/\r?\n/)
      .filter((line) => line.startsWith('****'));
    // One text per passage: the code, the document, then the chosen attribute of its case.
    expect(starred).toEqual([
      '**** *code_Freins-Liés-aux-publics *doc_Entretien-E01-conseillère-mission-locale *Rôle_Professionnel',
      '**** *code_Freins-Liés-aux-publics *doc_Entretien-E07-animateur-FJT *Rôle_Professionnel',
      '**** *code_Freins-Liés-aux-publics *doc_Notes-de-terrain-médiatrice-M02 *Rôle_Médiateur',
    ]);
  });

  it('exports the 0/1 matrix of the query’s code by case', async () => {
    await view().getByRole('button', { name: 'Exporter…' }).click();
    await extractsDialog().getByRole('radio', { name: 'Matrice 0/1 codes × cas (.csv)' }).check();
    expect(await extractsDialog().getByRole('radio', { name: 'cas', exact: true }).isChecked()).toBe(true);
    await extractsDialog().getByRole('radio', { name: 'virgule « , »' }).check();
    const file = await download(extractsDialog());
    expect(file.name).toMatch(/\.csv$/);
    const table = csv(file.bytes, ',');
    expect(table[0]).toEqual(['Cas', 'Freins/Liés aux publics']);
    const cell = (name: string) => table.find((r) => r[0] === name)?.[1];
    expect(cell('E01')).toBe('1');
    expect(cell('M02')).toBe('1');
    expect(cell('B04')).toBe('0');
  });

  it('exports the whole project as a REFI-QDA .qdpx from the header, valid against Project.xsd', async () => {
    await app.page.getByRole('button', { name: 'Exporter (REFI-QDA)…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Exporter le projet (REFI-QDA)' });
    await dialog.getByText('les mémos et commentaires', { exact: false }).waitFor();
    const [file] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter', exact: true }).click()]);
    await dialog.waitFor({ state: 'hidden' });
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    const entries = unzipSync(fs.readFileSync((await file.path())!));
    expect(Object.keys(entries).filter((name) => name.startsWith('sources/'))).toHaveLength(4);
    const qde = `${app.dataDir}/exported-project.qde`;
    fs.writeFileSync(qde, entries['project.qde']!);
    expect(xmllint('Project.xsd', qde)).toMatchObject({ code: 0 });
    const root = new DOMParser().parseFromString(Buffer.from(entries['project.qde']!).toString('utf8'), 'text/xml').documentElement!;
    expect(root.localName).toBe('Project');
    expect(root.getElementsByTagName('PlainTextSelection').length).toBeGreaterThan(0);
  });
});
