import { describe, expect, it } from 'vitest';
import type { CodeQuery, ExtractFilters } from '../../../shared/domain/extract';
import type { Service } from '../../../electron/service';
import { testService } from '../support/temp';
import { buildQuestionProject, type QuestionProject } from '../support/question-project';

const code = (codeId: number, withChildren = false): CodeQuery => ({ op: 'code', codeId, withChildren });

async function texts(service: Service, query: CodeQuery, filters: ExtractFilters = {}) {
  const result = await service.call('extracts:list', { query, filters });
  return { texts: result.extracts.map((e) => e.text), counts: result.counts, extracts: result.extracts };
}

async function setUp(): Promise<{ service: Service; p: QuestionProject }> {
  const { service, folder } = testService();
  return { service, p: await buildQuestionProject(service, folder) };
}

describe('extracts: the analysts’ question on the fixtures', () => {
  it('« freins » of mission-locale professionals in zone 5, then of the mediators: the debrief columns go to their own case', async () => {
    const { service, p } = await setUp();
    const freins = code(p.codes.get('Freins')!, true);
    const where = (role: string): ExtractFilters => ({
      attributes: [
        { attributeId: p.attributes.get('Branche')!, values: ['Missions locales'] },
        { attributeId: p.attributes.get('Zone')!, values: ['Zone 5'] },
        { attributeId: p.attributes.get('Rôle')!, values: [role] },
      ],
    });
    const shared = [
      "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne.",
      'elle dit manquer de temps pour laisser le jeune faire seul',
      'pas de fiche pratique à donner, pas de liste à jour des lieux de médiation numérique.',
    ];
    const professionals = await texts(service, freins, where('Professionnelle'));
    expect(professionals.texts).toEqual([...shared, "Je fais souvent à la place des jeunes parce que l'agenda est plein."]);
    expect(professionals.counts).toEqual({ passages: 4, documents: 1, cases: 1 });

    const mediators = await texts(service, freins, where('Médiatrice numérique'));
    expect(mediators.texts).toEqual([...shared, 'Comment outiller les conseillers sans leur ajouter une mission de plus ?']);
    expect(mediators.counts).toEqual({ passages: 4, documents: 1, cases: 1 });

    // Every attribute condition must hold for the same case: no professional is a « Médiatrice numérique » in zone 4.
    const none = await texts(service, freins, { attributes: [...where('Professionnelle').attributes!.slice(0, 1), { attributeId: p.attributes.get('Zone')!, values: ['Zone 4'] }] });
    expect(none.counts.passages).toBe(0);
  });

  it('gives each extract its code path, document, cases with attributes, structure, coder and context', async () => {
    const { service, p } = await setUp();
    const { extracts, counts } = await texts(service, code(p.codes.get('Freins')!, true));
    expect(counts).toEqual({ passages: 6, documents: 2, cases: 3 });
    const agenda = extracts.find((e) => e.codingId === p.codings.proAgenda)!;
    expect(agenda).toMatchObject({
      key: `c${p.codings.proAgenda}`,
      documentId: p.sheet.id,
      documentName: 'fiche-observation-j2-mission-locale',
      codes: [{ id: p.codes.get('Freins/Posture ou compétence')!, path: 'Freins/Posture ou compétence' }],
      structure: { grid: 'Séquence 3 : débrief', prompt: 'En quoi cela est différent ou semblable à mes pratiques ?', column: 'Retour du professionnel', heading: 'Séquence 3 : débrief' },
      keyQuote: false,
      comment: null,
    });
    expect(agenda.cases.map((c) => c.name)).toEqual(['B07-P']);
    expect(agenda.cases[0]!.attributes).toMatchObject({ Rôle: 'Professionnelle', Branche: 'Missions locales', Zone: 'Zone 5' });
    expect(agenda.coder?.name).toBeTruthy();
    expect(agenda.codedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const direction = extracts.find((e) => e.codingId === p.codings.direction)!;
    expect(direction.structure).toMatchObject({ speaker: 'Claire', time: '00:06:02' });
    expect(direction.cases.map((c) => c.name)).toEqual(['E03']);
    // A passage of the observed facts belongs to both members of the binôme.
    expect(extracts.find((e) => e.codingId === p.codings.publics)!.cases.map((c) => c.name)).toEqual(['B07-M', 'B07-P']);

    const withContext = await service.call('extracts:list', { query: code(p.codes.get('Freins/Posture ou compétence')!), filters: {}, context: true });
    const agendaContext = withContext.extracts.find((e) => e.codingId === p.codings.proAgenda)!.context!;
    // The answer before and after in the debrief grid; the passage is its whole answer.
    expect(agendaContext).toEqual({
      before: "Je laisse plus facilement la personne faire seule, mais j'ai plus de temps.",
      lead: '',
      tail: '',
      after: 'Comment outiller les conseillers sans leur ajouter une mission de plus ?',
    });
    const direction2 = (await service.call('extracts:list', { query: code(p.codes.get('Freins/Processus internes')!), filters: {}, context: true })).extracts.find(
      (e) => e.codingId === p.codings.direction,
    )!;
    // A coding inside a turn: the question before, the rest of Claire's turn around it, then the next question.
    expect(direction2.context).toEqual({
      before: 'Est-ce que votre structure vous donne du temps pour cela ?',
      lead: 'Non. Nos rendez-vous sont calés sur une heure, et une demande en ligne peut prendre une heure à elle seule si le site plante. ',
      tail: ' Il y a un vrai décalage entre ce qu\'on nous demande et ce que ça prend.',
      after: 'Si vous pouviez avoir un outil ou une formation, ce serait quoi ?',
    });
  });

  it('code queries: AND is the overlap, NOT drops overlapping passages, near and followed-by count grid answers', async () => {
    const { service, p } = await setUp();
    const posture = code(p.codes.get('Freins/Posture ou compétence')!);
    const capacite = code(p.codes.get('Savoir-faire/Mise en capacité')!);
    const and = await texts(service, { op: 'and', items: [posture, capacite] });
    expect(and.texts).toEqual(['elle dit manquer de temps']);
    expect(and.extracts[0]!.codingId).toBeNull();
    expect(and.extracts[0]!.codingIds.sort()).toEqual([p.codings.manqueTemps, p.codings.faireAvec].sort());

    const or = await texts(service, { op: 'or', items: [posture, capacite] });
    expect(or.counts.passages).toBe(3);

    const not = await texts(service, { op: 'not', include: code(p.codes.get('Freins')!, true), exclude: code(p.codes.get('Savoir-faire')!, true) });
    expect(not.counts.passages).toBe(5);
    expect(not.texts).not.toContain('elle dit manquer de temps pour laisser le jeune faire seul');

    const confiance = code(p.codes.get('Savoir-faire/Accueil et confiance')!);
    // « Je fais souvent à la place… » is three answers after « Que la relation de confiance… ».
    expect((await texts(service, { op: 'near', a: posture, b: confiance, within: 2 })).counts.passages).toBe(0);
    expect((await texts(service, { op: 'near', a: posture, b: confiance, within: 3 })).texts).toEqual(["Je fais souvent à la place des jeunes parce que l'agenda est plein."]);

    const publics = code(p.codes.get('Freins/Liés aux publics')!);
    // The « publics » answer is followed, in the next answer, by « manquer de temps ».
    expect((await texts(service, { op: 'followedBy', first: publics, then: posture, within: 0 })).counts.passages).toBe(0);
    expect((await texts(service, { op: 'followedBy', first: publics, then: posture, within: 1 })).texts).toEqual([
      "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne.",
    ]);
    // Followed-by is directional.
    expect((await texts(service, { op: 'followedBy', first: posture, then: publics, within: 5 })).counts.passages).toBe(0);
  });

  it('filters by structure, document, case, coder, date and key quotation; the key quotation is undoable', async () => {
    const { service, p } = await setUp();
    const freins = code(p.codes.get('Freins')!, true);
    expect((await texts(service, freins, { structure: [{ field: 'column', values: ['Retour du professionnel'] }] })).texts).toEqual([
      "Je fais souvent à la place des jeunes parce que l'agenda est plein.",
    ]);
    expect((await texts(service, freins, { structure: [{ field: 'speaker', values: ['Claire'] }] })).counts).toEqual({ passages: 1, documents: 1, cases: 1 });
    expect((await texts(service, freins, { documentIds: [p.interview.id] })).counts.passages).toBe(1);
    expect((await texts(service, freins, { caseIds: [p.cases.get('B07-M')!] })).counts.passages).toBe(4);
    const coders = await service.call('coders:list', {});
    expect((await texts(service, freins, { coderIds: [coders[0]!.id] })).counts.passages).toBe(6);
    const today = new Date().toISOString().slice(0, 10);
    expect((await texts(service, freins, { codedFrom: today, codedTo: today })).counts.passages).toBe(6);
    expect((await texts(service, freins, { codedTo: '2000-01-01' })).counts.passages).toBe(0);

    expect(await service.call('extracts:setKeyQuote', { codingId: p.codings.proAgenda, keyQuote: true })).toEqual({ keyQuote: true });
    const keys = await texts(service, freins, { keyQuotesOnly: true });
    expect(keys.texts).toEqual(["Je fais souvent à la place des jeunes parce que l'agenda est plein."]);
    expect(keys.extracts[0]!.keyQuote).toBe(true);
    const history = await service.call('history:list', {});
    expect(history.entries[0]!.label).toContain('citation clé');
    await service.call('history:undo', {});
    expect((await texts(service, freins, { keyQuotesOnly: true })).counts.passages).toBe(0);
  });

  it('saves, renames and deletes named queries; a taken name is refused; delete is undoable', async () => {
    const { service, p } = await setUp();
    const selection = { query: code(p.codes.get('Freins')!, true), filters: { attributes: [{ attributeId: p.attributes.get('Zone')!, values: ['Zone 5'] }] } };
    const saved = await service.call('queries:save', { name: 'Freins en zone 5', selection });
    expect(saved).toMatchObject({ name: 'Freins en zone 5', selection });
    await expect(service.call('queries:save', { name: 'freins EN zone 5', selection })).rejects.toMatchObject({ code: 'QUERY_NAME_TAKEN' });
    const renamed = await service.call('queries:save', { id: saved.id, name: 'Freins, zone 5', selection });
    expect(renamed.id).toBe(saved.id);
    expect((await service.call('history:list', {})).entries[0]!.label).toBe('Renommer la requête « Freins en zone 5 » en « Freins, zone 5 »');
    expect((await service.call('queries:list', {})).map((q) => q.name)).toEqual(['Freins, zone 5']);
    // A saved selection gives the same extracts as the one it was saved from.
    const again = await service.call('extracts:list', { ...(await service.call('queries:list', {}))[0]!.selection });
    expect(again.counts.passages).toBe(5);
    await service.call('queries:delete', { id: saved.id });
    expect(await service.call('queries:list', {})).toEqual([]);
    await service.call('history:undo', {});
    expect((await service.call('queries:list', {})).map((q) => q.name)).toEqual(['Freins, zone 5']);
  });

  it('offers the project’s documents, cases, attribute values, structure and coders as filters, with their counts', async () => {
    const { service, p } = await setUp();
    const facets = await service.call('extracts:facets', {});
    expect(facets.documents).toEqual([
      { id: p.sheet.id, name: 'fiche-observation-j2-mission-locale', codings: 7 },
      { id: p.interview.id, name: 'entretien-conseillere-logement', codings: 1 },
    ]);
    // B07-M: the whole sheet and its mediator column, still one document.
    expect(facets.cases.find((c) => c.name === 'B07-M')).toMatchObject({ documents: 1 });
    expect(facets.cases.find((c) => c.name === 'E09')).toMatchObject({ documents: 0 });
    expect(facets.attributes.find((a) => a.name === 'Zone')!.values).toEqual([
      { value: 'Zone 1', cases: 1 },
      { value: 'Zone 2', cases: 2 },
      { value: 'Zone 3', cases: 1 },
      { value: 'Zone 4', cases: 1 },
      { value: 'Zone 5', cases: 2 },
    ]);
    expect(facets.structure).toContainEqual({ field: 'column', value: 'Retour du professionnel', passages: 3 });
    expect(facets.structure).toContainEqual({ field: 'speaker', value: 'Claire', passages: 7 });
    expect(facets.coders).toHaveLength(1);
    expect(facets.coders[0]!.codings).toBe(8);
  });

  it('refuses malformed queries at the boundary and ignores codes that no longer exist', async () => {
    const { service, p } = await setUp();
    await expect(service.call('extracts:list', { query: { op: 'and', items: [] }, filters: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.call('extracts:list', { query: { op: 'near', a: code(1), b: code(2), within: -1 }, filters: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    let deep: CodeQuery = code(p.codes.get('Freins')!);
    for (let i = 0; i < 10; i++) deep = { op: 'or', items: [deep] };
    await expect(service.call('extracts:list', { query: deep, filters: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await service.call('extracts:list', { query: code(99_999), filters: {} })).counts).toEqual({ passages: 0, documents: 0, cases: 0 });
  });
});
