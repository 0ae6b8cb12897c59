import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { buildQuestionProject, find } from '../support/question-project';
import { testService } from '../support/temp';
import { emptyProject, importFile, snapshot } from './refi-import-support';

/** Exports the open project as .qdpx and imports it into a new empty project; returns both snapshots. */
async function roundTrip(service: Service, file: string) {
  const exported = await service.call('exports:project', { format: 'qdpx' });
  const target = await emptyProject();
  const report = await importFile(target.service, exported.fileName, Buffer.from(exported.base64, 'base64'));
  return { report, before: snapshot(file), after: snapshot(target.file) };
}

/** What a round trip must keep (category attributes come back as text: REFI-QDA has no category type). */
function kept(state: ReturnType<typeof snapshot>) {
  return {
    documents: state.documents,
    codes: state.codes,
    codings: state.codings,
    coders: state.coders,
    cases: state.cases,
    attributes: state.attributes.map((a) => ({ ...a, type: a.type === 'category' ? 'text' : a.type })),
    values: state.values,
    memos: state.memos,
    groups: state.groups,
  };
}

describe('REFI-QDA round trip: Balise → .qdpx → Balise', () => {
  it('keeps the fixture project: documents, codes, codings, coders, cases, attributes and memos', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    await service.call('memos:save', { kind: 'project', title: 'Journal', body: 'Première note du projet.' });
    await service.call('memos:save', { kind: 'document', documentId: project.sheet.id, title: 'Sur la fiche', body: 'Fiche du jour 2.' });
    await service.call('memos:save', { kind: 'coding', codingId: project.codings.direction, title: '', body: 'La direction compte.' });
    const { report, before, after } = await roundTrip(service, project.file);
    expect(before.codings.length).toBe(8);
    expect(before.cases.length).toBeGreaterThan(0);
    expect(before.values.length).toBeGreaterThan(0);
    expect(kept(after)).toEqual(kept(before));
    expect(report.imported).toMatchObject({ sources: 2, codings: 8, notes: 3, cases: before.cases.length, variables: before.attributes.length });
  });

  it('keeps exact offsets with emoji and accented names, colours, descriptions and criteria', async () => {
    const { service, file } = await emptyProject();
    const text = 'Éloïse : « On a réussi 🎉 ! » Puis la me\u0301diatrice a ri 😀😀.\n\nDeuxième paragraphe, ça va.';
    const upload = await service.call('imports:upload', { fileName: 'entretien-éloïse.txt', data: Buffer.from(text, 'utf8').toString('base64') });
    const documentId = upload.documentId!;
    const stored = (await service.call('documents:get', { id: documentId })).text;
    // The upload normalises to NFC: the combining accent is checked by the import test of positions.
    const joie = (await service.call('codebook:create', { parentId: null, name: 'Joie 🎉', color: '#c0ffee' })).id;
    const rire = (await service.call('codebook:create', { parentId: joie, name: 'Rire éclatant', color: '#123abc' })).id;
    await service.call('codebook:update', { id: joie, description: 'Moments de joie.', inclusion: 'Rires, exclamations.', exclusion: 'Ironie.' });
    for (const [codeId, passage] of [
      [joie, 'On a réussi 🎉'],
      [rire, 'a ri 😀😀'],
      [joie, 'ça va'],
      [rire, 'médiatrice'],
    ] as const) {
      await service.call('codings:add', { documentId, codeId, ...find(stored, passage) });
    }
    // The second emoji alone, by another code (the same code would merge it into « a ri 😀😀 »).
    const second = find(stored, '😀😀').start + 2;
    await service.call('codings:add', { documentId, codeId: joie, start: second, end: second + 2 });
    const caseId = (await service.call('cases:create', { name: 'Éloïse', description: 'Médiatrice, zone 5' })).id;
    const age = (await service.call('attributes:create', { name: 'Âge', type: 'number' })).id;
    const arrivee = (await service.call('attributes:create', { name: 'Arrivée', type: 'date' })).id;
    await service.call('cases:setValue', { caseId, attributeId: age, value: '34' });
    await service.call('cases:setValue', { caseId, attributeId: arrivee, value: '2024-03-01' });
    await service.call('cases:linkDocument', { caseId, documentId, linked: true });
    const group = (await service.call('groups:create', { name: 'Entretiens été' })).id;
    await service.call('groups:setMembers', { id: group, documentIds: [documentId], member: true });
    await service.call('groups:create', { name: 'Vide pour l’instant' });
    await service.call('memos:save', { kind: 'code', codeId: rire, title: 'Rire', body: 'Noter les rires 😀 partagés.' });
    const { before, after } = await roundTrip(service, file);
    expect(kept(after)).toEqual(kept(before));
    expect(after.codings.map((c) => c.text).sort()).toEqual(['On a réussi 🎉', 'a ri 😀😀', 'ça va', '😀', 'médiatrice'].sort());
    expect(after.codes).toContainEqual({ path: 'Joie 🎉', color: '#c0ffee', description: 'Moments de joie.', inclusion: 'Rires, exclamations.', exclusion: 'Ironie.' });
    expect(after.counts.case_links).toBe(1);
    expect(after.groups.map((g) => g.name)).toEqual(['Entretiens été', 'Vide pour l’instant']);
  });
});
