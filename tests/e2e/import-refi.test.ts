import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ImportDialog } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const samples = path.resolve(__dirname, '../../../shared/refi-qda/samples');

describe('importing a REFI-QDA project', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let importer: ImportDialog;
  let folder: string;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Échange REFI-QDA');
    importer = new ImportDialog(app.page);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-refi-'));
  });
  afterAll(async () => {
    await app?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('imports a .qdpx project, sums up what it brought, and Ctrl+Z takes it back', async () => {
    // A new project may start with a few starter codes: the import adds to them, Ctrl+Z goes back to them.
    const before = await project.statusCounts();
    const codesBefore = Number(/(\d+) codes?/.exec(before)?.[1] ?? 0);
    await importer.importThroughDialog([path.join(samples, 'qc-demo.qdpx')]);
    const summary = await importer.summary();
    expect(await summary.getByRole('status').first().textContent()).toBe('1 fichier REFI-QDA importé');
    const rows = await importer.rows(summary, 'Projets REFI-QDA');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('qc-demo.qdpx');
    expect(rows[0]!.detail).toMatch(/^Projet REFI-QDA( \(origine : [^)]+\))? : 2 documents, 262 codes, 205 codages/);
    await importer.close(summary);

    await eventually(() => project.statusCounts(), (text) => text.includes('2 documents') && text.includes(`${codesBefore + 262} codes`));
    // The codebook shows the imported codes: wait for its refresh (it may first show only the starter codes).
    const rowsAfterImport = await eventually(
      () => project.codeRows().count(),
      (count) => count > codesBefore,
    );

    await app.page.locator('body').click({ position: { x: 700, y: 450 } });
    await app.page.keyboard.press('Control+z');
    await eventually(() => project.statusCounts(), (text) => text === before);
    await eventually(
      () => project.codeRows().count(),
      (count) => count < rowsAfterImport,
    );
    await eventually(
      () => app.page.getByTestId('announcer').textContent(),
      (text) => text === 'Annulé : Import REFI-QDA de « qc-demo.qdpx »',
    );
  });

  it('lists the parts an ATLAS.ti project left out, folded under the report', async () => {
    await importer.importThroughDialog([path.join(samples, 'atlasti8-standard-project.qdpx')]);
    const summary = await importer.summary();
    const report = summary.getByTestId('refi-report');
    const details = report.locator('details');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    const lines = await details.locator('li').allTextContents();
    expect(lines.some((line) => line.startsWith('Laissé de côté : '))).toBe(true);
    expect(await details.locator('summary').textContent()).toMatch(/^Voir le détail : [1-9]\d* éléments? laissés? de côté(, \d+ éléments? adaptés?)?$/);
    await saveScreenshot(app.page, 'import-refi');
    expect(await seriousViolations(app.page)).toEqual([]);
    await importer.close(summary);
  });

  it('shows the French error for a .qdpx that is not a zip, like a failed document', async () => {
    const fake = path.join(folder, 'pas-un-projet.QDPX');
    fs.writeFileSync(fake, 'Ceci est un simple texte, pas une archive REFI-QDA.\n');
    await importer.importThroughDialog([fake]);
    const summary = await importer.summary();
    expect(await summary.getByRole('status').first().textContent()).toBe('0 document importé · 1 échec');
    const failed = await importer.rows(summary, 'Échecs');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.name).toBe('pas-un-projet.QDPX');
    expect(failed[0]!.detail).toContain('« pas-un-projet.QDPX » ne peut pas être importé');
    expect(failed[0]!.detail).toMatch(/ce n’est pas une archive ZIP/);
    expect(failed[0]!.detail).toContain('Rien n’a été importé');
    await importer.close(summary);
  });
});
