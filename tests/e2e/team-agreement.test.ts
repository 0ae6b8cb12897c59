/**
 * « Équipe › Accord inter-codeurs ». The two-coder project is built through the HTTP API the page
 * uses, as two researchers would on their machines: Alice creates it, imports the periscolaire
 * interview (700 characters; a title paragraph and six turns) and codes; Bruno opens it under his
 * name and codes. Figures worked out by hand in tests/integration/agreement/agreement.test.ts:
 * - characters, uncoded text included: Liés aux publics 653/700 = 93,3 %, κ = 603/932 ≈ 0,647,
 *   α ≈ 0,643; Posture ou compétence 611/700 = 87,3 %, κ ≈ −0,031, α = −88/1311 ≈ −0,067;
 *   Manque de ressources 93,3 %, κ = 0,000, α ≈ −0,034; all codes 639/700 = 91,3 %,
 *   κ = 14198/46223 ≈ 0,307, α = 340094/1108511 ≈ 0,307;
 * - without uncoded text: Liés aux publics 50/97 = 51,5 %, κ = 0,000, α = −46/147 ≈ −0,313;
 * - structural units (with uncoded text): all codes 20/21 = 95,2 %, κ = 24/31 ≈ 0,774.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service';
import { headlessHost } from '../../electron/service/host';
import { root, saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ProjectPage, WelcomePage, eventually } from './support/pages';

const FIXTURE = path.resolve(root, '../shared/fixtures/entretien-animatrice-periscolaire.txt');
const PUBLICS = 'Freins › Liés aux publics';
const POSTURE = 'Freins › Posture ou compétence';
const RESSOURCES = "Freins › Manque de ressources ou d'information";

describe('inter-coder agreement', () => {
  let app: RunningApp;
  let project: ProjectPage;

  async function call<T>(name: string, body: object = {}): Promise<T> {
    const reply = await fetch(`${app.origin}/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify(body),
    });
    const json = (await reply.json()) as { result?: T; error?: unknown };
    if (!reply.ok || json.result === undefined) throw new Error(`${name}: ${JSON.stringify(json)}`);
    return json.result;
  }

  /** Codes as `coder` on a service of this test process (a researcher's own machine), not the page's server. */
  async function codeAs(service: Service, file: string, coder: string, documentId: number, codings: [string, string][]): Promise<void> {
    await service.call('projects:close', {});
    await service.call('app:setCoderName', { name: coder });
    await service.call('projects:open', { path: file });
    const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.path, c.id]));
    const { text } = await service.call('documents:get', { id: documentId });
    for (const [code, passage] of codings) {
      const start = text.indexOf(passage);
      await service.call('codings:add', { documentId, codeId: codes.get(code)!, start, end: start + passage.length });
    }
    await service.call('projects:close', {});
  }

  const view = () => app.page.getByTestId('agreement-view');
  const codeTable = () => view().getByTestId('agreement-codes');
  const row = (name: string) => codeTable().getByRole('row').filter({ has: app.page.getByRole('rowheader', { name }) });
  const cells = async (name: string) => (await row(name).getByRole('cell').allInnerTexts()).map((text) => text.trim());

  async function expectSummary(text: string): Promise<void> {
    await eventually(
      async () => [await view().getByTestId('agreement-summary').textContent().catch(() => null), await view().locator('.agreement-results').getAttribute('aria-busy').catch(() => null)],
      ([summary, busy]) => summary === text && busy === 'false',
    );
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says why there is nothing to compute when only one person has coded (the demo project)', async () => {
    project = await new WelcomePage(app.page).openDemo();
    await project.showTab('Équipe');
    const empty = view().getByRole('status');
    await empty.getByText('Il faut au moins deux codeur·euses').waitFor();
    expect(await empty.textContent()).toContain('a codé dans ce projet : l’accord se calcule entre au moins deux personnes');
    // Back to « Codage » before closing, so the next project (built through the API) opens there.
    await project.showTab('Codage');
    await project.closeProject();
  });

  it('shows percent, κ and α per code and overall for Alice and Bruno, and the counts behind them', async () => {
    // Alice and Bruno code on their machines (a service in this process), then Bruno opens the
    // project in the page through the HTTP API, as the page itself would.
    const file = path.join(app.projectFolder, 'accord.balise');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-accord-'));
    const service = createService({ dataDir, appVersion: 'test', host: headlessHost, defaultProjectFolder: app.projectFolder });
    await service.call('app:setCoderName', { name: 'Alice' });
    await service.call('projects:create', { path: file, template: 'stess', name: 'Accord Alice Bruno' });
    const outcome = await service.call('imports:upload', { fileName: path.basename(FIXTURE), data: fs.readFileSync(FIXTURE).toString('base64'), duplicates: 'skip' });
    await codeAs(service, file, 'Alice', outcome.documentId!, [
      ['Freins/Liés aux publics', "beaucoup de parents n'arrivent pas à s'y connecter"],
      ['Freins/Posture ou compétence', 'Je sais faire les inscriptions, mais pas modifier une réservation déjà payée.'],
    ]);
    await codeAs(service, file, 'Bruno', outcome.documentId!, [
      ['Freins/Liés aux publics', "beaucoup de parents n'arrivent pas à s'y connecter, alors ils passent au bureau ou ils appellent."],
      ['Freins/Posture ou compétence', 'Moyennement.'],
      ["Freins/Manque de ressources ou d'information", "Un guide très simple, avec des captures d'écran"],
    ]);
    await service.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await call('app:setCoderName', { name: 'Bruno' });
    await call('projects:open', { path: file });
    project = new ProjectPage(app.page);
    await project.waitUntilShown('Accord Alice Bruno');
    await project.showTab('Équipe');
    await expectSummary('Accord entre Alice, Bruno · 1 document · par caractère · avec le texte non codé');
    expect(await app.page.getByRole('alert').allInnerTexts()).toEqual([]);

    expect(await codeTable().getByRole('columnheader').allInnerTexts()).toEqual(['Code', '% d’accord', 'κ de Cohen', 'α de Krippendorff', 'Caractères comparés']);
    expect(await cells(PUBLICS)).toEqual(['93,3\u202f%', '0,647', '0,643', '700']);
    expect(await cells(POSTURE)).toEqual(['87,3\u202f%', '−0,031', '−0,067', '700']);
    expect(await cells(RESSOURCES)).toEqual(['93,3\u202f%', '0,000', '−0,034', '700']);
    expect(await cells('Ensemble des codes')).toEqual(['91,3\u202f%', '0,307', '0,307', '2\u202f100']);
    const documents = view().getByTestId('agreement-documents');
    expect((await documents.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual(['91,3\u202f%', '0,307', '0,307']);

    // The counts behind a row, by keyboard: focus the first code's name, Enter, then ↓ to the next row.
    const details = row(PUBLICS).getByRole('button', { name: `Détails du calcul pour « ${PUBLICS} »` });
    await details.focus();
    await app.page.keyboard.press('Enter');
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    const detail = codeTable().locator('.agreement-table__detail');
    expect(await detail.innerText()).toContain('Codé par les deux : 50 · par Alice seulement : 0 · par Bruno seulement : 47 · par personne : 603 (caractères).');
    expect(await detail.innerText()).toContain('Accord observé p_o = 0,933 ; accord attendu par hasard p_e = 0,810.');
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Détails du calcul pour « ${POSTURE} »`);

    // The explanation says what was computed, in plain French.
    const explanation = view().getByTestId('agreement-explanation');
    expect(await explanation.innerText()).toContain('Il compte ici comme un accord');
    expect(await explanation.innerText()).toContain('Ce n’est pas le uα « d’unitisation » de Krippendorff');

    expect(await seriousViolations(app.page)).toEqual([]);
    const shot = await saveScreenshot(app.page, 'accord-inter-codeurs');
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
  });

  it('without uncoded text, κ falls; by structural units, the coders agree on the turns', async () => {
    await view().getByRole('radio', { name: /^Sans le texte non codé/ }).check();
    await expectSummary('Accord entre Alice, Bruno · 1 document · par caractère · sans le texte non codé');
    expect(await cells(PUBLICS)).toEqual(['51,5\u202f%', '0,000', '−0,313', '97']);
    expect(await view().getByTestId('agreement-explanation').innerText()).toContain('d’où un κ plus bas');

    await view().getByRole('radio', { name: /^Avec le texte non codé/ }).check();
    await view().getByRole('radio', { name: /^Unités de structure/ }).check();
    await expectSummary('Accord entre Alice, Bruno · 1 document · par unité de structure · avec le texte non codé');
    expect(await codeTable().getByRole('columnheader').last().innerText()).toBe('Unités comparées');
    expect(await cells('Ensemble des codes')).toEqual(['95,2\u202f%', '0,774', '0,778', '21']);
    expect(await cells(POSTURE)).toEqual(['100,0\u202f%', '1,000', '1,000', '7']);
  });

  it('exports the figures as CSV for a spreadsheet', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), view().getByRole('button', { name: 'Exporter (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('Accord-inter-codeurs-Alice-Bruno.csv');
    const lines = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('Portée;Nom;% d’accord;κ de Cohen;α de Krippendorff;Unités comparées;Codé par les deux;Codé par Alice seulement;Codé par Bruno seulement;Codé par personne;Remarque');
    // Units, with uncoded text: Posture ou compétence 1 unit both, 6 neither; all codes 2, 0, 1, 18.
    expect(lines).toContain('Code;Freins › Posture ou compétence;100;1;1;7;1;0;0;6;');
    expect(lines).toContain('Ensemble;Ensemble des codes;95,24;0,7742;0,7784;21;2;0;1;18;');
  });

  it('compares only the codes ticked in « Codes »', async () => {
    await view().getByRole('tab', { name: /^Codes/ }).click();
    await view().getByRole('checkbox', { name: POSTURE, exact: true }).check();
    await eventually(
      () => codeTable().getByRole('rowheader').allInnerTexts(),
      (names) => JSON.stringify(names) === JSON.stringify([POSTURE, 'Ensemble des codes']),
    );
    expect(await cells('Ensemble des codes')).toEqual(['100,0\u202f%', '1,000', '1,000', '7']);
    await view().getByRole('checkbox', { name: POSTURE, exact: true }).uncheck();
    await view().getByRole('tab', { name: /^Comparer/ }).click();
  });

  it('with one coder unticked, asks for two', async () => {
    await view().getByRole('checkbox', { name: /^Bruno/ }).uncheck();
    await view().getByText('Cochez au moins deux codeur·euses pour calculer un accord.').waitFor();
    await view().getByRole('checkbox', { name: /^Bruno/ }).check();
    await expectSummary('Accord entre Alice, Bruno · 1 document · par unité de structure · avec le texte non codé');
  });
});
