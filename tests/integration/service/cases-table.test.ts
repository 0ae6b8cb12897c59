import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import type { CaseTable } from '../../../shared/domain/case';
import { testService } from '../support/temp';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');
const data = (name: string) => fs.readFileSync(path.join(fixtures, name)).toString('base64');

/** A StESS project with the B07 day-2 sheet and the case table, linked by name (B07-M and B07-P to the sheet). */
async function project(): Promise<{ service: Service; sheet: number }> {
  const { service, folder } = testService();
  await service.call('projects:create', { path: path.join(folder, 'cas.balise'), template: 'stess' });
  await service.call('imports:upload', { fileName: 'fiche-B07-j2.docx', data: data('fiche-observation-j2-mission-locale.docx') });
  await service.call('cases:importTable', { fileName: 'cas.csv', data: data('cas.csv'), keyColumn: 'Cas' });
  const [sheet] = await service.call('documents:list', {});
  return { service, sheet: sheet!.id };
}

const caseId = (table: CaseTable, name: string) => table.cases.find((c) => c.name === name)!.id;
const attributeId = (table: CaseTable, name: string) => table.attributes.find((a) => a.name === name)!.id;
const value = (table: CaseTable, name: string, attribute: string) => table.cases.find((c) => c.name === name)!.values[attributeId(table, attribute)] ?? null;
const labels = async (service: Service) => (await service.call('history:list', {})).entries.map((e) => e.label);

describe('the case table', () => {
  it('lists the imported attributes with their types and the cases with their values and links', async () => {
    const { service, sheet } = await project();
    const table = await service.call('cases:table', {});
    expect(table.attributes.map((a) => [a.name, a.type])).toEqual([
      ['Rôle', 'category'],
      ['Branche', 'category'],
      ['Zone', 'category'],
      ['Structure', 'text'],
      ['Ancienneté (années)', 'number'],
      ['Jour', 'category'],
    ]);
    expect(table.cases.map((c) => c.name)).toEqual(['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    expect(value(table, 'B12-P', 'Ancienneté (années)')).toBe('11');
    expect(value(table, 'B12-P', 'Structure')).toBe("Association d'aide à domicile");
    const b07 = table.cases.find((c) => c.name === 'B07-P')!;
    expect(b07.links).toEqual([{ documentId: sheet, part: null, range: null }]);
    expect(b07.documentCount).toBe(1);
  });

  it('sets a value typed the French way, refuses one that does not fit without writing anything, and undoes', async () => {
    const { service } = await project();
    let table = await service.call('cases:table', {});
    const seniority = attributeId(table, 'Ancienneté (années)');
    const e03 = caseId(table, 'E03');
    expect(await service.call('cases:setValue', { caseId: e03, attributeId: seniority, value: ' 8,5 ' })).toEqual({ value: '8.5' });
    table = await service.call('cases:table', {});
    expect(value(table, 'E03', 'Ancienneté (années)')).toBe('8.5');

    const before = await labels(service);
    const refused = await service.dispatch('cases:setValue', { caseId: e03, attributeId: seniority, value: 'huit ans' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CASE_VALUE_NOT_NUMBER' } });
    if (!refused.ok) expect(refused.error.message.fr).toBe('« huit ans » n’est pas un nombre : l’attribut « Ancienneté (années) » attend un nombre, par exemple 12 ou 2,5. Rien n’a été modifié.');
    expect(value(await service.call('cases:table', {}), 'E03', 'Ancienneté (années)')).toBe('8.5');
    expect(await labels(service)).toEqual(before);

    // An empty cell clears the value; undo brings it back, then the first value.
    expect(await service.call('cases:setValue', { caseId: e03, attributeId: seniority, value: '' })).toEqual({ value: null });
    expect(value(await service.call('cases:table', {}), 'E03', 'Ancienneté (années)')).toBeNull();
    expect((await labels(service))[0]).toBe('Vider « Ancienneté (années) » du cas E03');
    await service.call('history:undo', {});
    expect(value(await service.call('cases:table', {}), 'E03', 'Ancienneté (années)')).toBe('8.5');
    await service.call('history:undo', {});
    expect(value(await service.call('cases:table', {}), 'E03', 'Ancienneté (années)')).toBe('8');
  });

  it('stores dates ISO from « 23/11/2026 », and refuses « 31/02/2026 »', async () => {
    const { service } = await project();
    const { id } = await service.call('attributes:create', { name: 'Date d’observation', type: 'date' });
    const e05 = caseId(await service.call('cases:table', {}), 'E05');
    expect(await service.call('cases:setValue', { caseId: e05, attributeId: id, value: '23/11/2026' })).toEqual({ value: '2026-11-23' });
    expect(await service.call('cases:setValue', { caseId: e05, attributeId: id, value: '2026-11-24' })).toEqual({ value: '2026-11-24' });
    expect(await service.dispatch('cases:setValue', { caseId: e05, attributeId: id, value: '31/02/2026' })).toMatchObject({ ok: false, error: { code: 'CASE_VALUE_NOT_DATE' } });
    expect((await service.call('cases:table', {})).cases.find((c) => c.id === e05)!.values[id]).toBe('2026-11-24');
  });

  it('edits many cases at once as one undoable action', async () => {
    const { service } = await project();
    let table = await service.call('cases:table', {});
    const zone = attributeId(table, 'Zone');
    const ids = [caseId(table, 'E03'), caseId(table, 'E05'), caseId(table, 'E09')];
    expect(await service.call('cases:setValues', { caseIds: ids, attributeId: zone, value: 'Zone 6' })).toEqual({ value: 'Zone 6', changed: 3 });
    table = await service.call('cases:table', {});
    expect(['E03', 'E05', 'E09', 'B07-M'].map((n) => value(table, n, 'Zone'))).toEqual(['Zone 6', 'Zone 6', 'Zone 6', 'Zone 5']);
    expect((await labels(service))[0]).toBe('« Zone » : Zone 6 pour 3 cas');
    await service.call('history:undo', {});
    table = await service.call('cases:table', {});
    expect(['E03', 'E05', 'E09'].map((n) => value(table, n, 'Zone'))).toEqual(['Zone 4', 'Zone 3', 'Zone 1']);
    const seniority = attributeId(table, 'Ancienneté (années)');
    expect(await service.dispatch('cases:setValues', { caseIds: ids, attributeId: seniority, value: 'beaucoup' })).toMatchObject({ ok: false, error: { code: 'CASE_VALUE_NOT_NUMBER' } });
    expect(await service.dispatch('cases:setValues', { caseIds: [...ids, 9999], attributeId: zone, value: 'Zone 7' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(value(await service.call('cases:table', {}), 'E03', 'Zone')).toBe('Zone 4');
  });

  it('creates, renames, describes and deletes cases; names are unique, case aside', async () => {
    const { service } = await project();
    const { id } = await service.call('cases:create', { name: 'E11', description: 'Animatrice de centre social' });
    let table = await service.call('cases:table', {});
    expect(table.cases.at(-1)).toMatchObject({ id, name: 'E11', description: 'Animatrice de centre social', links: [], documentCount: 0 });
    const taken = await service.dispatch('cases:create', { name: 'e03' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CASE_NAME_TAKEN' } });
    if (!taken.ok) expect(taken.error.message.fr).toBe('Un cas s’appelle déjà « E03 ». Choisissez un autre nom.');
    expect(await service.dispatch('cases:rename', { id, name: 'B07-M' })).toMatchObject({ ok: false, error: { code: 'CASE_NAME_TAKEN' } });
    await service.call('cases:rename', { id, name: 'E12' });
    await service.call('cases:rename', { id, description: 'Coordinatrice' });
    table = await service.call('cases:table', {});
    expect(table.cases.at(-1)).toMatchObject({ name: 'E12', description: 'Coordinatrice' });
    expect((await labels(service)).slice(0, 2)).toEqual(['Modifier la description du cas « E12 »', 'Renommer le cas « E11 » en « E12 »']);

    // Deleting a linked case with values removes them with it; undo restores everything.
    const b07 = caseId(table, 'B07-P');
    expect(await service.call('cases:delete', { ids: [b07, id] })).toEqual({ deleted: 2 });
    expect((await service.call('cases:table', {})).cases.map((c) => c.name)).toEqual(['B07-M', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    await service.call('history:undo', {});
    table = await service.call('cases:table', {});
    expect(table.cases.find((c) => c.name === 'B07-P')).toMatchObject({ documentCount: 1 });
    expect(value(table, 'B07-P', 'Structure')).toBe('Mission locale');
  });

  it('creates, renames, moves, retypes and deletes attributes', async () => {
    const { service } = await project();
    let table = await service.call('cases:table', {});
    const { id } = await service.call('attributes:create', { name: 'Score', type: 'text' });
    expect(await service.dispatch('attributes:create', { name: 'zone', type: 'text' })).toMatchObject({ ok: false, error: { code: 'ATTRIBUTE_NAME_TAKEN' } });
    await service.call('cases:setValue', { caseId: caseId(table, 'E03'), attributeId: id, value: '2,5' });
    await service.call('cases:setValue', { caseId: caseId(table, 'E05'), attributeId: id, value: 'n.c.' });

    // « n.c. » is not a number: the change of type is refused, naming the case and the value.
    const refused = await service.dispatch('attributes:setType', { id, type: 'number' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ATTRIBUTE_NOT_NUMBERS' } });
    if (!refused.ok) expect(refused.error.message.fr).toContain('ces valeurs n’en sont pas (1) : E05 « n.c. »');
    table = await service.call('cases:table', {});
    expect(table.attributes.find((a) => a.id === id)!.type).toBe('text');
    expect(value(table, 'E03', 'Score')).toBe('2,5');
    await service.call('cases:setValue', { caseId: caseId(table, 'E05'), attributeId: id, value: '' });
    expect(await service.call('attributes:setType', { id, type: 'number' })).toEqual({ id, converted: 1 });
    table = await service.call('cases:table', {});
    expect(table.attributes.find((a) => a.id === id)!.type).toBe('number');
    expect(value(table, 'E03', 'Score')).toBe('2.5');
    // Back to text: the value reads as the table showed it.
    await service.call('attributes:setType', { id, type: 'text' });
    expect(value(await service.call('cases:table', {}), 'E03', 'Score')).toBe('2,5');
    await service.call('history:undo', {});
    expect(value(await service.call('cases:table', {}), 'E03', 'Score')).toBe('2.5');

    // Zone holds « Zone 5 »…: it cannot become a number; the message quotes at most five values.
    const zone = await service.dispatch('attributes:setType', { id: attributeId(table, 'Zone'), type: 'number' });
    if (zone.ok) throw new Error('Zone became a number');
    expect(zone.error.message.fr).toContain('(7) : B07-M « Zone 5 », B07-P « Zone 5 », B12-M « Zone 2 », B12-P « Zone 2 », E03 « Zone 4 », …');

    await service.call('attributes:rename', { id, name: 'Score autodiagnostic' });
    await service.call('attributes:move', { id, index: 0 });
    table = await service.call('cases:table', {});
    expect(table.attributes.map((a) => a.name).slice(0, 2)).toEqual(['Score autodiagnostic', 'Rôle']);
    const branche = attributeId(table, 'Branche');
    expect(await service.call('attributes:delete', { id: branche })).toEqual({ deleted: 1 });
    expect((await service.call('cases:table', {})).attributes.map((a) => a.name)).not.toContain('Branche');
    await service.call('history:undo', {});
    expect(value(await service.call('cases:table', {}), 'E09', 'Branche')).toBe('Animation');
  });
});

describe('links of cases to parts of documents', () => {
  it('lists the grid columns of the J2 sheet and links the professional to her column', async () => {
    const { service, sheet } = await project();
    let table = await service.call('cases:table', {});
    const professional = caseId(table, 'B07-P');
    expect(await service.call('cases:parts', { documentId: sheet })).toEqual([
      { field: 'column', value: 'Informations', units: 4, caseIds: [] },
      { field: 'column', value: 'Faits observés', units: 25, caseIds: [] },
      { field: 'column', value: 'Retour du médiateur numérique', units: 3, caseIds: [] },
      { field: 'column', value: 'Retour du professionnel', units: 3, caseIds: [] },
    ]);
    await service.call('cases:linkPart', { caseId: professional, documentId: sheet, field: 'column', value: 'Retour du professionnel', linked: true });
    // Twice is once.
    await service.call('cases:linkPart', { caseId: professional, documentId: sheet, field: 'column', value: 'Retour du professionnel', linked: true });
    expect((await service.call('cases:parts', { documentId: sheet })).find((p) => p.value === 'Retour du professionnel')!.caseIds).toEqual([professional]);
    table = await service.call('cases:table', {});
    expect(table.cases.find((c) => c.id === professional)!.links).toEqual([
      { documentId: sheet, part: null, range: null },
      { documentId: sheet, part: { field: 'column', value: 'Retour du professionnel' }, range: null },
    ]);
    expect((await labels(service))[0]).toBe('Relier la colonne « Retour du professionnel » (« fiche-B07-j2 ») au cas B07-P');

    // Unlinking the whole document leaves the part link; a part the document does not have is refused.
    await service.call('cases:linkDocument', { caseId: professional, documentId: sheet, linked: false });
    table = await service.call('cases:table', {});
    expect(table.cases.find((c) => c.id === professional)!.links).toEqual([{ documentId: sheet, part: { field: 'column', value: 'Retour du professionnel' }, range: null }]);
    const missing = await service.dispatch('cases:linkPart', { caseId: professional, documentId: sheet, field: 'speaker', value: 'Sonia', linked: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'CASE_PART_NOT_FOUND' } });
    await service.call('cases:linkPart', { caseId: professional, documentId: sheet, field: 'column', value: 'Retour du professionnel', linked: false });
    expect((await service.call('cases:table', {})).cases.find((c) => c.id === professional)!.links).toEqual([]);
    await service.call('history:undo', {});
    expect((await service.call('cases:table', {})).cases.find((c) => c.id === professional)!.documentCount).toBe(1);
  });

  it('counts a code’s cases by where its codings lie: a linked column belongs to its case only', async () => {
    const { service, sheet } = await project();
    const table = await service.call('cases:table', {});
    const [mediator, professional] = [caseId(table, 'B07-M'), caseId(table, 'B07-P')];
    const doc = await service.call('documents:get', { id: sheet });
    const unit = (column: string, start: string) => doc.units.find((u) => u.attrs.column === column && doc.text.slice(u.start, u.end).startsWith(start))!;
    const answer = unit('Retour du professionnel', 'Je fais souvent à la place des jeunes');
    const observed = unit('Faits observés', 'Elle le tutoie, lui propose un café');
    const codes = await service.call('codebook:list', {});
    const [posture, accueil, formation] = ['Posture ou compétence', 'Accueil et confiance', 'Besoins de formation des professionnels'].map((n) => codes.find((c) => c.name === n)!.id);
    // « parce que l'agenda est plein » inside the professional's answer; the café inside an observed fact.
    const agenda = doc.text.indexOf("parce que l'agenda est plein", answer.start);
    await service.call('codings:add', { documentId: sheet, codeId: posture!, start: agenda, end: agenda + "parce que l'agenda est plein".length });
    await service.call('codings:add', { documentId: sheet, codeId: accueil!, start: observed.start, end: observed.start + 40 });
    const mediatorAnswer = unit('Retour du médiateur numérique', 'Comment outiller les conseillers');
    await service.call('codings:add', { documentId: sheet, codeId: formation!, start: mediatorAnswer.start, end: mediatorAnswer.end });
    const count = async (id: number) => (await service.call('codebook:list', {})).find((c) => c.id === id)!.caseCount;
    // Linked to the whole sheet only: every coding counts for both cases of the binôme.
    expect([await count(posture!), await count(accueil!), await count(formation!)]).toEqual([2, 2, 2]);

    await service.call('cases:linkPart', { caseId: professional, documentId: sheet, field: 'column', value: 'Retour du professionnel', linked: true });
    await service.call('cases:linkPart', { caseId: mediator, documentId: sheet, field: 'column', value: 'Retour du médiateur numérique', linked: true });
    // The professional's answer is hers alone, the mediator's his; an observed fact stays the binôme's.
    expect([await count(posture!), await count(accueil!), await count(formation!)]).toEqual([1, 2, 1]);
    // The coded extracts say the same of each passage.
    const casesOf = async (codeId: number) =>
      (await service.call('extracts:list', { query: { op: 'code', codeId, withChildren: false } })).extracts.flatMap((e) => e.cases.map((c) => c.name)).sort();
    expect([await casesOf(posture!), await casesOf(accueil!), await casesOf(formation!)]).toEqual([['B07-P'], ['B07-M', 'B07-P'], ['B07-M']]);
    await service.call('history:undo', {});
    await service.call('history:undo', {});
    expect([await count(posture!), await count(accueil!), await count(formation!)]).toEqual([2, 2, 2]);
  });

  it('keeps a speaker link when the speaker is renamed', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const documents = await service.call('documents:list', {});
    const interview = documents.find((d) => d.name.startsWith('Entretien E01'))!.id;
    const e01 = caseId(await service.call('cases:table', {}), 'E01');
    expect((await service.call('cases:parts', { documentId: interview })).map((p) => [p.field, p.value, p.units])).toEqual([
      ['speaker', 'Enquêtrice', 2],
      ['speaker', 'Sonia', 3],
    ]);
    await service.call('cases:linkPart', { caseId: e01, documentId: interview, field: 'speaker', value: 'Sonia', linked: true });
    await service.call('structure:renameSpeaker', { from: 'Sonia', to: 'Sonia B.' });
    expect((await service.call('cases:parts', { documentId: interview })).find((p) => p.field === 'speaker' && p.caseIds.length > 0)).toEqual({
      field: 'speaker',
      value: 'Sonia B.',
      units: 3,
      caseIds: [e01],
    });
  });
});
