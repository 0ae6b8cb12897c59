import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { testService } from '../support/temp';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');
const data = (name: string) => fs.readFileSync(path.join(fixtures, name)).toString('base64');

async function project(template: 'stess' | 'vide' = 'stess'): Promise<Service> {
  const { service, folder } = testService();
  await service.call('projects:create', { path: path.join(folder, 'tables.balise'), template });
  return service;
}

describe('case and survey tables', () => {
  it('previews the case table: 7 rows, typed columns, the key proposed', async () => {
    const service = await project();
    const preview = await service.call('tables:preview', { fileName: 'cas.csv', data: data('cas.csv') });
    expect(preview.rowCount).toBe(7);
    expect(preview.suggestedKey).toBe('Cas');
    expect(preview.columns.map((c) => [c.name, c.type])).toEqual([
      ['Cas', 'text'],
      ['Rôle', 'category'],
      ['Branche', 'category'],
      ['Zone', 'category'],
      ['Structure', 'text'],
      ['Ancienneté (années)', 'number'],
      ['Jour', 'category'],
    ]);
    expect((await service.call('projects:info', {})).cases).toBe(0);
  });

  it('imports 7 cases × 6 attributes, links the B07 and B12 sheets by name, and updates on a second import', async () => {
    const service = await project();
    // Researchers name sheets after the binôme: "B07" in the file name links it to B07-M and B07-P.
    await service.call('imports:upload', { fileName: 'fiche-B07-j2.docx', data: data('fiche-observation-j2-mission-locale.docx') });
    const result = await service.call('cases:importTable', {
      fileName: 'cas.csv',
      data: data('cas.csv'),
      keyColumn: 'Cas',
      columnTypes: { Structure: 'category' },
      textColumns: [],
      linkDocuments: true,
    });
    expect(result).toMatchObject({ casesCreated: 7, casesUpdated: 0, attributes: 6, documentsCreated: 0, documentsLinked: 2 });
    const cases = await service.call('cases:list', {});
    expect(cases.map((c) => c.name)).toEqual(['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    expect(cases.map((c) => c.documentCount)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(cases[0]!.attributes).toEqual({
      Rôle: 'Médiatrice numérique',
      Branche: 'Missions locales',
      Zone: 'Zone 5',
      Structure: 'Espace public numérique',
      'Ancienneté (années)': '6',
      Jour: 'J1 et J2',
    });
    const again = await service.call('cases:importTable', { fileName: 'cas.csv', data: data('cas.csv'), keyColumn: 'Cas' });
    expect(again).toMatchObject({ casesCreated: 0, casesUpdated: 7 });
    expect((await service.call('projects:info', {})).cases).toBe(7);
    await service.call('history:undo', {});
    await service.call('history:undo', {});
    expect((await service.call('projects:info', {})).cases).toBe(0);
  });

  it('turns the survey free-text column into one codable document per respondent, linked to its case', async () => {
    const service = await project();
    const preview = await service.call('tables:preview', { fileName: 'questionnaire-salaries-ess.csv', data: data('questionnaire-salaries-ess.csv') });
    expect(preview.rowCount).toBe(60);
    expect(preview.columns).toHaveLength(10);
    expect(preview.suggestedTextColumns).toEqual(['Commentaire libre']);
    const result = await service.call('cases:importTable', {
      fileName: 'questionnaire-salaries-ess.csv',
      data: data('questionnaire-salaries-ess.csv'),
      keyColumn: null,
      textColumns: ['Commentaire libre'],
    });
    expect(result.casesCreated).toBe(60);
    expect(result.attributes).toBe(9);
    expect(result.documentsCreated).toBeGreaterThan(30);
    const cases = await service.call('cases:list', {});
    expect(cases[0]).toMatchObject({ name: 'questionnaire-salaries-ess — ligne 1', documentCount: 1 });
    expect(cases[0]!.attributes['Score autodiagnostic (sur 10)']).toBe('2.6');
    const values = await service.call('structure:values', {});
    expect(values.find((v) => v.field === 'prompt' && v.value === 'Commentaire libre')?.passages).toBe(result.documentsCreated);
  });

  it('merges the StESS codebook CSV without duplicates, and adds new codes under their parent', async () => {
    const service = await project('vide');
    expect(await service.call('codebook:importTable', { fileName: 'codebook-stess.csv', data: data('codebook-stess.csv') })).toEqual({ created: 15, existing: 0 });
    const codes = await service.call('codebook:list', {});
    expect(codes.find((c) => c.path === 'Freins/Liés aux publics')).toMatchObject({ color: '#e74c3c' });
    expect(await service.call('codebook:importTable', { fileName: 'codebook-stess.csv', data: data('codebook-stess.csv') })).toEqual({ created: 0, existing: 15 });
    const extra = Buffer.from('code;parent;couleur\nTemps;Freins;#112233\nNouveau;Famille X/Sous;\n').toString('base64');
    expect(await service.call('codebook:importTable', { fileName: 'ajout.csv', data: extra })).toEqual({ created: 4, existing: 0 });
    const paths = (await service.call('codebook:list', {})).map((c) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['Freins/Temps', 'Famille X/Sous/Nouveau']));
  });

  it('explains a table without a code column, naming the file', async () => {
    const service = await project();
    const bad = Buffer.from('nom_du_code_absent;x\na;b\n').toString('base64');
    const reply = await service.dispatch('codebook:importTable', { fileName: 'mauvais.csv', data: bad });
    expect(reply).toMatchObject({ ok: false, error: { code: 'IMPORT_NO_HEADER' } });
    if (!reply.ok) expect(reply.error.message.fr).toContain('« mauvais.csv »');
  });
});

describe('linking documents to cases', () => {
  it('links by hand and unlinks, undoably; a key naming a document links it at import', async () => {
    const service = await project();
    await service.call('imports:upload', { fileName: 'E05.vtt', data: data('entretien-animateur-foyer.vtt') });
    const result = await service.call('cases:importTable', { fileName: 'cas.csv', data: data('cas.csv'), keyColumn: 'Cas', linkDocuments: false });
    expect(result.documentsLinked).toBe(1);
    const cases = await service.call('cases:list', {});
    const e05 = cases.find((c) => c.name === 'E05')!;
    const e09 = cases.find((c) => c.name === 'E09')!;
    const [doc] = await service.call('documents:list', {});
    expect(await service.call('cases:links', {})).toEqual({ [doc!.id]: [e05.id] });
    await service.call('cases:linkDocument', { caseId: e09.id, documentId: doc!.id, linked: true });
    expect(await service.call('cases:links', {})).toEqual({ [doc!.id]: [e05.id, e09.id] });
    await service.call('cases:linkDocument', { caseId: e05.id, documentId: doc!.id, linked: false });
    expect(await service.call('cases:links', {})).toEqual({ [doc!.id]: [e09.id] });
    await service.call('history:undo', {});
    expect(await service.call('cases:links', {})).toEqual({ [doc!.id]: [e05.id, e09.id] });
    expect(await service.dispatch('cases:linkDocument', { caseId: 999, documentId: doc!.id, linked: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('tables chosen in the native dialog (Electron)', () => {
  it('hands over only the tables the researcher chose', async () => {
    const { createService } = await import('../../../electron/service');
    const { tempDir } = await import('../support/temp');
    const qdpx = path.resolve(fixtures, '../refi-qda/samples/qc-demo.qdpx');
    const chosen = [path.join(fixtures, 'cas.csv'), path.join(fixtures, 'entretien-animateur-foyer.vtt'), qdpx];
    const service = createService({
      dataDir: tempDir(),
      appVersion: 'test',
      defaultProjectFolder: tempDir(),
      host: {
        nativeDialogs: true,
        chooseNewProjectPath: async () => null,
        chooseProjectToOpen: async () => null,
        chooseCopyPath: async () => null,
        chooseImportFiles: async () => chosen,
        chooseMedia: async () => null,
      },
    });
    try {
      // Nothing chosen yet: refused.
      expect(await service.dispatch('imports:readChosenFile', { path: chosen[0] })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
      expect((await service.call('dialogs:chooseImportFiles', {})).paths).toEqual(chosen);
      const table = await service.call('imports:readChosenFile', { path: chosen[0]! });
      expect(table).toEqual({ fileName: 'cas.csv', data: data('cas.csv') });
      // A REFI-QDA project chosen there is handed over too, for `imports:refi` (the page cannot read paths).
      const refi = await service.call('imports:readChosenFile', { path: qdpx });
      expect(refi).toEqual({ fileName: 'qc-demo.qdpx', data: fs.readFileSync(qdpx).toString('base64') });
      // A chosen document is not a table; a path never chosen is refused.
      expect(await service.dispatch('imports:readChosenFile', { path: chosen[1] })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
      expect(await service.dispatch('imports:readChosenFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    } finally {
      await service.close();
    }
  });
});

describe('case table columns', () => {
  it('refuses a key or text column the table does not have, changing nothing', async () => {
    const service = await project();
    expect(await service.dispatch('cases:importTable', { fileName: 'cas.csv', data: data('cas.csv'), keyColumn: 'Identifiant' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: { fr: 'Colonne « Identifiant » introuvable.' } },
    });
    expect(await service.dispatch('cases:importTable', { fileName: 'cas.csv', data: data('cas.csv'), keyColumn: 'Cas', textColumns: ['Avis'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await service.call('projects:info', {})).cases).toBe(0);
  });
});
