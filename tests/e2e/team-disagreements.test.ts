/**
 * « Équipe › Désaccords » on the demonstration project, coded by the researcher at the keyboard
 * (the system user, « me ») when the project is built. A second coder, Bruno, then codes the
 * interview E01 through the same HTTP calls the coding view makes (his coding in the view itself,
 * and switching coder from the status bar, are tested in coder-identity.test.ts):
 * - turn 00:00:12 (question): Bruno alone codes « Pouvez-vous me décrire un accompagnement récent »
 *   → « codé par Bruno seulement »;
 * - turn 00:00:20: both code « seulement un téléphone avec l’écran cassé » (agreement); Bruno codes
 *   Mise en capacité from « On a commencé » where I start at « il tapait » → « limites différentes »;
 * - turn 00:01:11: Bruno codes « Nos rendez-vous … tout faire » Besoin global where I coded Processus
 *   internes, and agrees on « Derrière la demande … » → « codes différents »;
 * - turn 00:02:03: Bruno codes nothing; my two codings there → « codé par <me> seulement ».
 * So four passages, in text order: onlyB, boundaries, codes, onlyA.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const ME = os.userInfo().username;
const DOC = 'Entretien E01 — conseillère mission locale';

describe('the disagreement view', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let documentId = 0;

  const panel = () => app.page.getByTestId('disagreements');
  const summary = () => panel().locator('.dis-summary').textContent();
  const items = () => panel().getByTestId('disagreement-list').getByRole('option');
  const kinds = () => items().evaluateAll((options) => options.map((o) => [...o.querySelectorAll('.dis-kind')].map((k) => k.textContent).join(' + ')));

  async function call<T>(name: string, input: object): Promise<T> {
    const reply = await fetch(`${app.origin}/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify(input),
    });
    const body = (await reply.json()) as { result: T; error?: unknown };
    if (reply.status !== 200) throw new Error(`${name}: ${JSON.stringify(body)}`);
    return body.result;
  }

  async function expectSummary(text: string): Promise<void> {
    await eventually(() => summary().catch(() => null), (value) => value === text);
  }

  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.openDemo();
    const documents = await call<{ id: number; name: string }[]>('documents:list', {});
    documentId = documents.find((d) => d.name === DOC)!.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says that comparing needs two coders while only one has coded', async () => {
    await app.page.keyboard.press('Alt+6');
    await project.showTab('Désaccords');
    await panel().getByText(`Seul·e ${ME} code dans ce projet : il faut deux codeurs pour comparer.`, { exact: false }).waitFor();
  });

  it('lists the four passages where Bruno and I differ, in text order, with their kinds', async () => {
    const codes = await call<{ id: number; path: string }[]>('codebook:list', {});
    const code = (path: string) => codes.find((c) => c.path === path)!.id;
    const { text } = await call<{ text: string }>('documents:get', { id: documentId });
    const add = (quote: string, path: string) => {
      const start = text.indexOf(quote);
      expect(start, quote).toBeGreaterThan(0);
      return call('codings:add', { documentId, codeId: code(path), start, end: start + quote.length });
    };
    await call('coders:identify', { name: 'Bruno', color: '#bf3989' });
    await add('Pouvez-vous me décrire un accompagnement récent', 'Savoir-faire/Accueil et confiance');
    await add('seulement un téléphone avec l’écran cassé', 'Freins/Liés aux publics');
    await add('On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais', 'Savoir-faire/Mise en capacité');
    await add('Nos rendez-vous durent trente minutes et il faut tout faire', 'Besoins/Besoin global');
    await add('Derrière la demande de mail, il y avait en fait une situation d’hébergement très fragile.', 'Besoins/Besoin global');
    await call('coders:identify', { name: ME, color: '#1f6feb' });

    await panel().getByLabel('Document', { exact: true }).selectOption({ label: DOC });
    await expectSummary('4 passages en désaccord');
    // Me on the left, Bruno (the other coder with the most codings on it) on the right.
    // (The counts of the document's coders reload after each change of the project: wait for the last.)
    const chosen = (label: string) => panel().getByLabel(label, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
    await eventually(() => chosen('À gauche'), (text) => text === `${ME} (6 codages)`);
    await eventually(() => chosen('À droite'), (text) => text === 'Bruno (5 codages)');
    expect(await kinds()).toEqual(['codé par Bruno seulement', 'limites différentes', 'codes différents', `codé par ${ME} seulement`]);
    expect(await items().first().getAttribute('aria-selected')).toBe('true');
    await panel().getByText(`${ME} n’a rien codé ici.`).waitFor();
    // On one code only: Bruno's Besoin global no longer counts, so my Processus internes is mine alone.
    const codesFilter = panel().getByLabel('Codes', { exact: true });
    await codesFilter.selectOption({ label: 'Freins › Processus internes' });
    await expectSummary('1 passage en désaccord');
    expect(await kinds()).toEqual([`codé par ${ME} seulement`]);
    await codesFilter.selectOption({ label: 'Tous les codes' });
    await expectSummary('4 passages en désaccord');
  });

  it('shows a passage side by side: each coder’s stripes in their colour, and the codes named', async () => {
    await items().nth(2).click();
    const sides = panel().getByTestId('disagreement-sides');
    const mine = sides.getByRole('region', { name: `Codages de ${ME}` });
    const bruno = sides.getByRole('region', { name: 'Codages de Bruno' });
    await eventually(() => mine.locator('.dis-stripe').count(), (n) => n === 2);
    expect(await mine.locator('.dis-coding__code').allTextContents()).toEqual(['Freins › Processus internes', 'Besoins › Besoin global']);
    expect(await bruno.locator('.dis-coding__code').allTextContents()).toEqual(['Besoins › Besoin global', 'Besoins › Besoin global']);
    expect(await mine.locator('.dis-coding__state').allTextContents()).toEqual(['diffère', 'en accord']);
    const colours = await bruno.locator('.dis-stripe').evaluateAll((bars) => bars.map((b) => getComputedStyle(b).backgroundColor));
    expect(colours).toEqual(['rgb(191, 57, 137)', 'rgb(191, 57, 137)']);
    expect(await mine.locator('.dis-stripe').first().evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 111, 235)');
    expect(await seriousViolations(app.page)).toEqual([]);
    const file = await saveScreenshot(app.page, 'desaccords');
    expect(file).toMatch(/desaccords\.png$/);
  });

  it('keeps mine with key 1, and Ctrl+Z and Ctrl+Shift+Z undo and redo it', async () => {
    await items().first().click();
    await panel().getByRole('listbox').focus();
    await app.page.keyboard.press('1');
    await expectSummary('3 passages en désaccord');
    let codings = await call<{ coderId: number; start: number; end: number }[]>('codings:forDocument', { documentId });
    expect(codings).toHaveLength(6 + 4);
    await app.page.keyboard.press('Control+z');
    await expectSummary('4 passages en désaccord');
    await app.page.keyboard.press('Control+Shift+z');
    await expectSummary('3 passages en désaccord');
    codings = await call('codings:forDocument', { documentId });
    expect(codings).toHaveLength(10);
  });

  it('takes theirs with the button: my coding gets Bruno’s boundaries', async () => {
    expect(await kinds()).toEqual(['limites différentes', 'codes différents', `codé par ${ME} seulement`]);
    await panel().getByRole('button', { name: /Prendre la sienne/ }).click();
    await expectSummary('2 passages en désaccord');
    const { text } = await call<{ text: string }>('documents:get', { id: documentId });
    const coders = await call<{ id: number; name: string }[]>('coders:list', {});
    const me = coders.find((c) => c.name === ME)!.id;
    const codings = await call<{ coderId: number; start: number; end: number }[]>('codings:forDocument', { documentId });
    const mine = codings.filter((c) => c.coderId === me).map((c) => text.slice(c.start, c.end));
    expect(mine).toContain('On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais');
  });

  it('keeps both with key 3 (the passage leaves the list), undone by Ctrl+Z', async () => {
    await panel().getByRole('listbox').focus();
    await app.page.keyboard.press('3');
    await expectSummary('1 passage en désaccord · 1 gardé tel quel');
    await app.page.keyboard.press('Control+z');
    await expectSummary('2 passages en désaccord');
  });

  it('moves with J and K, and comments a coding with C, signed by me', async () => {
    await panel().getByRole('listbox').focus();
    await app.page.keyboard.press('j');
    await eventually(() => items().nth(1).getAttribute('aria-selected'), (v) => v === 'true');
    await app.page.keyboard.press('k');
    await eventually(() => items().nth(0).getAttribute('aria-selected'), (v) => v === 'true');
    await app.page.keyboard.press('j');
    await app.page.keyboard.press('c');
    const dialog = app.page.getByRole('dialog', { name: /Commentaire|Commenter/ });
    await dialog.waitFor();
    await dialog.getByRole('textbox').first().click();
    await app.page.keyboard.type('À discuter en réunion.');
    await eventually(
      () => call<{ kind: string; text: string; coderName: string | null }[]>('memos:list', { kind: 'coding' }),
      (memos) => memos.some((m) => m.text.includes('À discuter en réunion.') && m.coderName === ME),
    );
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('says « Aucun désaccord » once every passage is dealt with', async () => {
    await panel().getByRole('listbox').focus();
    await app.page.keyboard.press('1');
    await expectSummary('1 passage en désaccord');
    await panel().getByRole('listbox').focus();
    await app.page.keyboard.press('1');
    await panel().locator('.dis-empty__title', { hasText: 'Aucun désaccord' }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
