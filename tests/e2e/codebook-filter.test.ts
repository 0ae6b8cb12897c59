import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app';
import { WelcomePage, eventually, type ProjectPage } from './support/pages';

describe('filtering the codebook', () => {
  let app: RunningApp;
  let project: ProjectPage;
  beforeAll(async () => {
    app = await startApp();
    const welcome = new WelcomePage(app.page);
    await welcome.waitUntilShown();
    project = await welcome.createProject('Filtre');
    await project.showTab(/^Codebook/);
    await eventually(
      () => project.codeRows().count(),
      (n) => n === 15,
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ignores case and accents: « ecoute » finds « Écoute et approfondissement » under its family', async () => {
    await project.codebookFilter().fill('ecoute');
    const names = await eventually(
      () => project.codeNames(),
      (list) => list.length < 15,
    );
    expect(names).toEqual(['Savoir-faire', 'Écoute et approfondissement']);
    await project.codebookFilter().fill('ÉCOUTE');
    expect(await project.codeNames()).toEqual(['Savoir-faire', 'Écoute et approfondissement']);
  });

  it('keeps every code of a matching family, says when nothing matches, and clears', async () => {
    await project.codebookFilter().fill('freins');
    expect(await project.codeNames()).toEqual(['Freins', 'Liés aux publics', 'Posture ou compétence', "Manque de ressources ou d'information", 'Processus internes']);

    await project.codebookFilter().fill('zzz');
    expect(await project.codeRows().count()).toBe(0);
    expect(await app.page.getByText('Aucun code ne correspond à « zzz ».').count()).toBe(1);

    await app.page.getByRole('button', { name: 'Effacer le filtre' }).click();
    expect(await project.codebookFilter().inputValue()).toBe('');
    expect(await project.codeRows().count()).toBe(15);
  });
});
