import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startApp, type RunningApp } from './support/app';
import { seriousViolations } from './support/axe';
import { WelcomePage, eventually, hexToRgb, type ProjectPage } from './support/pages';

describe('editing the codebook', () => {
  let app: RunningApp;
  let project: ProjectPage;
  const count = (name: string) => project.codeRow(name).locator('.code-row__count').textContent();

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

  it('creates a code and names it in place, refusing an empty or duplicate name', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Nouveau code', exact: true }).click();
    const field = project.renameField();
    await field.waitFor();
    expect(await field.inputValue()).toBe('Nouveau code');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Leviers');
    await field.press('Enter');
    await project.codeRow('Leviers').waitFor();
    expect(await project.codeRows().count()).toBe(16);
    expect(await project.parentOfCode('Leviers')).toBeNull();

    // Double click: rename in place; an empty name, then a sibling's name, are refused; Escape cancels.
    await project.codeRow('Leviers').locator('.code-row__name').dblclick();
    await field.fill('  ');
    await field.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'Le nom du code ne peut pas être vide.' }).count()).toBe(1);
    await field.fill('freins');
    await field.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'Un code « Freins » existe déjà ici.' }).count()).toBe(1);
    await field.press('Escape');
    await field.waitFor({ state: 'detached' });
    expect(await project.codeRow('Leviers').count()).toBe(1);

    // F2 on the focused row, then Enter.
    await project.codeRow('Leviers').focus();
    await page.keyboard.press('F2');
    await field.fill('Leviers du numérique');
    await field.press('Enter');
    await eventually(
      () => project.codeRow('Leviers du numérique').evaluate((el) => el === document.activeElement),
      (focused) => focused,
    );
  });

  it('changes the colour of a code from the palette', async () => {
    await project.chooseCodeAction('Leviers du numérique', 'Couleur…');
    const dialog = app.page.getByRole('dialog', { name: 'Couleur de « Leviers du numérique »' });
    await dialog.getByRole('button', { name: 'Couleur #2a9d8f' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => project.codeRow('Leviers du numérique').locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor),
      (color) => color === hexToRgb('#2a9d8f'),
    );
    // The focus is back on the code's row, for the keyboard.
    await eventually(
      () => project.codeRow('Leviers du numérique').evaluate((el) => el === document.activeElement),
      (focused) => focused,
    );
  });

  it('nests a code by dragging it onto the middle of another, and reorders it with Alt+arrows', async () => {
    const source = project.codeRow('Leviers du numérique');
    const target = project.codeRow('Besoins');
    const box = (await target.boundingBox())!;
    await source.dragTo(target, { targetPosition: { x: 60, y: box.height / 2 } });
    await eventually(
      () => project.parentOfCode('Leviers du numérique'),
      (parent) => parent === 'Besoins',
    );
    const besoins = async () => (await project.codeNames()).slice(-4);
    expect(await besoins()).toEqual(['Besoin numérique', 'Besoin global', 'Besoins de formation des professionnels', 'Leviers du numérique']);

    // Dropped on the top edge of « Besoin numérique »: placed just before it.
    const first = project.codeRow('Besoin numérique');
    await source.dragTo(first, { targetPosition: { x: 60, y: 2 } });
    await eventually(besoins, (names) => names[0] === 'Leviers du numérique');

    // Keyboard: Alt+↓ moves it down one place.
    await project.codeRow('Leviers du numérique').focus();
    await app.page.keyboard.press('Alt+ArrowDown');
    await eventually(besoins, (names) => names[1] === 'Leviers du numérique');
    expect(await seriousViolations(app.page)).toEqual([]);

    // Under the tree, while dragging: a zone that puts the code back at the top level, last.
    const page = app.page;
    const from = (await source.boundingBox())!;
    await page.mouse.move(from.x + 60, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + from.height / 2 + 12, { steps: 4 });
    const zone = page.getByTestId('code-root-drop');
    await zone.waitFor();
    const to = (await zone.boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
    await page.mouse.up();
    await eventually(
      () => project.parentOfCode('Leviers du numérique'),
      (parent) => parent === null,
    );
    expect((await project.codeNames()).at(-1)).toBe('Leviers du numérique');
    await source.dragTo(target, { targetPosition: { x: 60, y: box.height / 2 } });
    await eventually(
      () => project.parentOfCode('Leviers du numérique'),
      (parent) => parent === 'Besoins',
    );
  });

  it('fills the code sheet and picks an anchor example', async () => {
    await project.chooseCodeAction('Liés aux publics', 'Fiche du code…');
    const dialog = app.page.getByRole('dialog', { name: 'Fiche du code « Liés aux publics »' });
    await dialog.getByLabel('Critères d’inclusion').fill('La personne accompagnée manque d’équipement ou de pratique.');
    await dialog.getByLabel('Critères d’exclusion').fill('Un manque d’outils de la structure : coder « Manque de ressources ».');
    await dialog.getByLabel('Critères d’exclusion').blur();
    await dialog.getByText('Fiche enregistrée.').waitFor();
    await dialog.getByRole('button', { name: 'Ajouter comme exemple' }).first().click();
    await dialog.getByTestId('anchor-examples').getByText('seulement un téléphone avec l’écran cassé').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'codebook-edition');
    await dialog.getByRole('button', { name: 'Fermer' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    // Saved: the sheet opens again with the criteria.
    await project.chooseCodeAction('Liés aux publics', 'Fiche du code…');
    expect(await dialog.getByLabel('Critères d’inclusion').inputValue()).toBe('La personne accompagnée manque d’équipement ou de pratique.');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('merges two codes, then Ctrl+Z restores both with their codings', async () => {
    expect(await count('Processus internes')).toBe('2');
    expect(await count('Posture ou compétence')).toBe('1');
    await project.chooseCodeAction('Processus internes', 'Fusionner dans…');
    const dialog = app.page.getByRole('dialog', { name: 'Fusionner « Processus internes »' });
    await dialog.getByRole('searchbox', { name: 'Filtrer les codes' }).fill('posture');
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByRole('radio', { name: /Freins\/Posture ou compétence/ }).check();
    expect(await seriousViolations(app.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Fusionner' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => project.codeRow('Processus internes').count(),
      (n) => n === 0,
    );
    expect(await count('Posture ou compétence')).toBe('3');

    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Control+z');
    await project.codeRow('Processus internes').waitFor();
    expect(await count('Processus internes')).toBe('2');
    expect(await count('Posture ou compétence')).toBe('1');
    expect((await project.codeNames()).slice(0, 5)).toEqual(['Freins', 'Liés aux publics', 'Posture ou compétence', "Manque de ressources ou d'information", 'Processus internes']);
  });

  it('adds a sub-code from the row menu, named in place under its family', async () => {
    await project.chooseCodeAction('Savoir-faire', 'Nouveau sous-code');
    const field = project.renameField();
    await field.waitFor();
    expect(await field.inputValue()).toBe('Nouveau sous-code');
    await field.fill('Orientation');
    await field.press('Enter');
    await project.codeRow('Orientation').waitFor();
    expect(await project.parentOfCode('Orientation')).toBe('Savoir-faire');
  });

  it('splits the chosen passages of a code into a new code placed after it', async () => {
    await project.chooseCodeAction('Liés aux publics', 'Scinder…');
    const dialog = app.page.getByRole('dialog', { name: 'Scinder « Liés aux publics »' });
    await dialog.getByLabel('Nom du nouveau code').fill('Peur de mal faire');
    await dialog.getByRole('checkbox', { name: /avoir peur de « mal faire »/ }).check();
    await dialog.getByText('1 passage coché').waitFor();
    await dialog.getByRole('button', { name: 'Scinder' }).click();
    await dialog.waitFor({ state: 'detached' });
    await project.codeRow('Peur de mal faire').waitFor();
    const names = await project.codeNames();
    expect(names[names.indexOf('Liés aux publics') + 1]).toBe('Peur de mal faire');
    expect(await count('Peur de mal faire')).toBe('1');
    expect(await count('Liés aux publics')).toBe('2');
  });

  it('deletes a code after a confirmation that counts what goes with it', async () => {
    await project.chooseCodeAction('Besoin numérique', 'Supprimer…');
    const dialog = app.page.getByRole('dialog', { name: 'Supprimer « Besoin numérique » ?' });
    const preview = dialog.getByTestId('delete-preview');
    await preview.waitFor();
    expect(await preview.locator('li').allTextContents()).toEqual(['1 code', '1 passage codé dans 1 document']);
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => project.codeRow('Besoin numérique').count(),
      (n) => n === 0,
    );
    expect(app.pageErrors).toEqual([]);
  });
});
