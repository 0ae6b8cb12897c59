import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../integration/support/wav';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { ImportDialog } from './support/importing';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

const transcript = [
  '[00:00:00] Enquêtrice : Bonjour, merci de me recevoir dans vos locaux. Pouvez-vous me dire comment les familles arrivent jusqu’à vous ?',
  '[00:00:02] Conseillère : Surtout par téléphone, ou parce qu’une voisine leur a parlé de nous. Beaucoup viennent pour la demande de logement social, qui se fait maintenant en ligne.',
  '[00:00:04] Enquêtrice : Et quand la démarche est en ligne, qu’est-ce qui bloque le plus souvent ?',
  '[00:00:06] Conseillère : Le compte, le mot de passe, l’adresse électronique qu’ils n’ont plus. Je prends le temps de le recréer avec eux, sinon ils reviennent la semaine suivante au même point.',
  '[00:00:08] Enquêtrice : Vous leur montrez, ou vous le faites à leur place ?',
  '[00:00:10] Conseillère : Je leur montre, je les laisse taper. C’est plus long, mais la fois d’après ils savent.',
].join('\n\n');

/** The audio element's state, read in the page. */
function audio(viewer: Locator) {
  return viewer.locator('audio').evaluate((element: HTMLAudioElement) => ({
    currentTime: element.currentTime,
    duration: element.duration,
    paused: element.paused,
    readyState: element.readyState,
  }));
}

describe('a transcript with its recording', () => {
  let app: RunningApp;
  let project: ProjectPage;
  let sources: string;
  let wav: string;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Entretiens enregistrés');
    sources = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-media-e2e-'));
    const file = path.join(sources, 'entretien-conseillere.txt');
    fs.writeFileSync(file, transcript);
    // The recording is kept beside the project, in a subfolder, as researchers do.
    fs.mkdirSync(path.join(app.projectFolder, 'enregistrements'));
    wav = path.join(app.projectFolder, 'enregistrements', 'entretien-conseillere.wav');
    fs.writeFileSync(wav, makeWav(12));
    const importer = new ImportDialog(app.page);
    await importer.importThroughDialog([file]);
    await importer.close(await importer.summary());
  });
  afterAll(async () => {
    await app?.close();
    if (sources) fs.rmSync(sources, { recursive: true, force: true });
  });

  it('links the recording from the project folder, plays it, seeks from a timestamp and highlights the turn', async () => {
    const viewer = await project.openDocument('entretien-conseillere');
    // Before a link: timestamps are plain text, and the header offers the link.
    expect(await viewer.locator('.turn__time--seek').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Retirer l’enregistrement' }).count()).toBe(0);
    await viewer.getByRole('button', { name: 'Associer un enregistrement…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Associer un enregistrement' });
    await dialog.getByRole('button', { name: 'enregistrements/entretien-conseillere.wav' }).click();
    expect(await dialog.getByLabel('Chemin du fichier audio ou vidéo').inputValue()).toBe(wav);
    expect(await dialog.getByRole('button', { name: 'enregistrements/entretien-conseillere.wav' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(app.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Associer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Linked: the header no longer offers a link; « Retirer » is in the player bar.
    await eventually(() => viewer.getByRole('button', { name: 'Associer un enregistrement…' }).count(), (n) => n === 0);

    const bar = viewer.getByRole('group', { name: 'Lecteur de l’enregistrement « entretien-conseillere.wav »' });
    await bar.waitFor();
    const state = await eventually(() => audio(viewer), (s) => s.readyState >= 1 && Math.abs(s.duration - 12) < 0.1);
    expect(state.paused).toBe(true);
    expect(await bar.getByText('0:00 / 0:12').count()).toBe(1);
    expect(await bar.getByRole('button', { name: 'Lire' }).getAttribute('title')).toBe('Lire ou mettre en pause (Ctrl+Alt+Espace)');
    expect(await bar.getByRole('button', { name: 'Reculer de 5 s' }).getAttribute('title')).toBe('Reculer de 5 secondes (Ctrl+Alt+←)');

    // Play: the clock moves.
    await bar.getByRole('button', { name: 'Lire' }).click();
    await bar.getByRole('button', { name: 'Pause' }).waitFor();
    await eventually(() => audio(viewer), (s) => !s.paused && s.currentTime > 0.2);

    // The second turn's timestamp: the recording jumps there, and that turn is the one playing.
    const turns = viewer.locator('.turn');
    await turns.nth(1).getByRole('button', { name: 'Écouter à partir de 00:00:02' }).click();
    const afterSeek = await audio(viewer);
    expect(afterSeek.currentTime).toBeGreaterThanOrEqual(2);
    expect(afterSeek.currentTime).toBeLessThan(3.5);
    await eventually(() => turns.nth(1).getAttribute('class'), (c) => c?.includes('turn--active') === true);
    expect(await viewer.locator('.turn--active').count()).toBe(1);

    // Keys while the document has the focus: pause, then 5 s forward (the fourth turn plays).
    await viewer.getByRole('textbox', { name: 'Texte de « entretien-conseillere »' }).focus();
    await app.page.keyboard.press('Control+Alt+Space');
    await eventually(() => audio(viewer), (s) => s.paused);
    const paused = (await audio(viewer)).currentTime;
    await app.page.keyboard.press('Control+Alt+ArrowRight');
    await eventually(() => audio(viewer), (s) => Math.abs(s.currentTime - (paused + 5)) < 0.3);
    await eventually(() => turns.nth(3).getAttribute('class'), (c) => c?.includes('turn--active') === true);
    await app.page.keyboard.press('Control+Alt+ArrowLeft');
    await eventually(() => audio(viewer), (s) => Math.abs(s.currentTime - paused) < 0.3);

    // Speed.
    await bar.getByLabel('Vitesse de lecture').selectOption('1.5');
    expect(await viewer.locator('audio').evaluate((element: HTMLAudioElement) => element.playbackRate)).toBe(1.5);

    expect(app.pageErrors).toEqual([]);
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.mouse.move(700, 700);
    await saveScreenshot(app.page, 'enregistrement');
  });

  it('keeps the turn being heard in view while it plays, unless the reader has just scrolled away', async () => {
    const viewer = app.page.getByRole('article');
    const bar = viewer.getByTestId('media-bar');
    const region = viewer.getByRole('region', { name: 'entretien-conseillere' });
    const turns = viewer.locator('.turn');
    await app.page.setViewportSize({ width: 1440, height: 430 });
    try {
      const visible = (index: number) =>
        turns.nth(index).evaluate((turn) => {
          const box = turn.getBoundingClientRect();
          const view = turn.closest('.viewer__scroll')!.getBoundingClientRect();
          return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
        });
      await bar.getByLabel('Vitesse de lecture').selectOption('1');
      await region.evaluate((element) => (element.scrollTop = 0));
      // From the second turn, 5 s forward while playing: the fourth turn (00:00:06), below the fold, comes into view.
      await turns.nth(1).getByRole('button', { name: 'Écouter à partir de 00:00:02' }).click();
      await region.evaluate((element) => (element.scrollTop = 0));
      expect(await visible(3)).toBe(false);
      await viewer.getByRole('textbox', { name: 'Texte de « entretien-conseillere »' }).focus();
      await app.page.keyboard.press('Control+Alt+ArrowRight');
      await eventually(() => turns.nth(3).getAttribute('class'), (c) => c?.includes('turn--active') === true);
      await eventually(() => visible(3), (v) => v);
      // Let the smooth scroll end: a wheel during it would not stop it.
      let last = -1;
      await eventually(
        async () => {
          const top = await region.evaluate((element) => element.scrollTop);
          const still = top === last;
          last = top;
          await new Promise((resolve) => setTimeout(resolve, 100));
          return still;
        },
        (still) => still,
      );

      // The reader scrolls back up with the wheel: the next turns play (00:00:10 comes 1.5 to 3 s after the wheel),
      // the text stays where the reader put it.
      const box = (await region.boundingBox())!;
      await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await app.page.mouse.wheel(0, -2000);
      await eventually(() => region.evaluate((element) => element.scrollTop), (top) => top === 0);
      await eventually(() => turns.nth(5).getAttribute('class'), (c) => c?.includes('turn--active') === true);
      expect(await region.evaluate((element) => element.scrollTop)).toBe(0);
      expect(await visible(5)).toBe(false);
      await viewer.locator('audio').evaluate((element: HTMLAudioElement) => element.pause());
    } finally {
      await app.page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('says plainly when the recording is missing, and removing the link can be undone', async () => {
    const viewer = app.page.getByRole('article');
    fs.renameSync(wav, `${wav}.deplace`);
    await viewer.getByRole('button', { name: 'Retirer l’enregistrement' }).click();
    await eventually(() => viewer.getByTestId('media-bar').count(), (n) => n === 0);
    expect(await viewer.locator('audio').count()).toBe(0);

    await app.page.locator('body').click({ position: { x: 700, y: 450 } });
    await app.page.keyboard.press('Control+z');
    const notice = viewer.getByRole('status').filter({ hasText: 'introuvable' });
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(
      'L’enregistrement « entretien-conseillere.wav » est introuvable : il a peut-être été déplacé ou renommé. Associez-le à nouveau, ou retirez-le.',
    );
    expect(await viewer.locator('audio').count()).toBe(0);
    // Timestamps stay plain text without a playable recording.
    expect(await viewer.locator('.turn__time--seek').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Associer un enregistrement…' }).count()).toBe(1);
    expect(await notice.getByRole('button', { name: 'Retirer l’enregistrement' }).count()).toBe(1);
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('refuses a file that is not a recording, and says so when the player cannot read one', async () => {
    const viewer = app.page.getByRole('article');
    const notes = path.join(app.projectFolder, 'notes.txt');
    fs.writeFileSync(notes, 'pas un enregistrement');
    await viewer.getByRole('button', { name: 'Associer un enregistrement…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Associer un enregistrement' });
    await dialog.getByLabel('Chemin du fichier audio ou vidéo').fill(notes);
    await dialog.getByRole('button', { name: 'Associer', exact: true }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^« notes\.txt » n’est pas un enregistrement que Balise sait lire\. Formats acceptés : \.mp3, /);

    // An .mp3 that holds no sound: linked (the service cannot tell), but the player says it cannot read it.
    const broken = path.join(app.projectFolder, 'abime.mp3');
    fs.writeFileSync(broken, Buffer.from('ceci n’est pas du son'.repeat(50)));
    await dialog.getByLabel('Chemin du fichier audio ou vidéo').fill(broken);
    await dialog.getByRole('button', { name: 'Associer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = viewer.getByRole('status').filter({ hasText: 'ne peut pas être lu' });
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(
      'L’enregistrement « abime.mp3 » ne peut pas être lu ici (format ou codec non pris en charge par le lecteur).',
    );
    // It stays said (no reload loop) and the timestamps stay plain text.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notice.count()).toBe(1);
    expect(await viewer.locator('.turn__time--seek').count()).toBe(0);
  });
});
