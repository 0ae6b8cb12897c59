import path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { buildQuestionProject, find } from '../support/question-project';
import { tempDir, testService } from '../support/temp';
import { all, children, decode, parseXml, projectFacts, unzip, writeTemp, xmllint } from './refi-support';

async function exportQdpx(service: Service) {
  const file = await service.call('exports:project', { format: 'qdpx' });
  const entries = unzip(Buffer.from(file.base64, 'base64'));
  const dir = tempDir();
  const qdePath = writeTemp(dir, 'project.qde', entries['project.qde']!);
  return { file, entries, qdePath, root: parseXml(decode(entries['project.qde']!)) };
}

/** Every selection's passage, cut by code points in its exported source, is the passage Balise coded. */
function expectPassagesMatch(entries: Record<string, Uint8Array>, root: ReturnType<typeof parseXml>, passages: Map<string, string>): number {
  let checked = 0;
  for (const source of all(root, 'TextSource')) {
    const internal = source.getAttribute('plainTextPath')!;
    expect(internal).toBe(`internal://${source.getAttribute('guid')}.txt`);
    const bytes = entries[`sources/${source.getAttribute('guid')}.txt`]!;
    expect(bytes).toBeDefined();
    expect([bytes[0], bytes[1], bytes[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    const points = [...decode(bytes)];
    for (const selection of children(source, 'PlainTextSelection')) {
      const passage = points.slice(Number(selection.getAttribute('startPosition')), Number(selection.getAttribute('endPosition'))).join('');
      for (const coding of children(selection, 'Coding')) {
        expect(passage).toBe(passages.get(coding.getAttribute('guid')!));
        checked++;
      }
    }
  }
  return checked;
}

describe('REFI-QDA export (.qdpx)', () => {
  it('exports the demonstration project as a project.qde that validates, with every entity counted', async () => {
    const { service, folder } = testService();
    const projectFile = path.join(folder, 'demo.balise');
    await service.call('projects:create', { path: projectFile, template: 'demonstration' });
    const { file, entries, qdePath, root } = await exportQdpx(service);
    const lint = xmllint('Project.xsd', qdePath);
    expect(lint.out).toContain('validates');
    expect(lint.code).toBe(0);

    const facts = projectFacts(projectFile);
    expect(facts.codings).toBeGreaterThan(0);
    expect(facts.cases).toBeGreaterThan(0);
    expect(Object.keys(entries).sort()).toEqual(['project.qde', ...all(root, 'TextSource').map((s) => `sources/${s.getAttribute('guid')}.txt`).sort()].sort());
    expect(all(root, 'TextSource')).toHaveLength(facts.documents);
    expect(all(root, 'TextSource')).toHaveLength(facts.documents);
    expect(all(root, 'Code')).toHaveLength(facts.codes);
    expect(all(root, 'Coding')).toHaveLength(facts.codings);
    expect(all(root, 'PlainTextSelection').filter((s) => children(s, 'Coding').length > 0)).toHaveLength(facts.selections);
    expect(all(root, 'User')).toHaveLength(facts.coders);
    expect(all(root, 'Case')).toHaveLength(facts.cases);
    expect(all(root, 'Variable')).toHaveLength(facts.attributes);
    expect(all(root, 'Note')).toHaveLength(facts.memos);
    expect(all(root, 'Set')).toHaveLength(facts.groups);
    expect(file.fileName).toMatch(/\.qdpx$/);
    expect(file.summary).toMatchObject({ documents: facts.documents, codes: facts.codes, codages: facts.codings, cas: facts.cases });
    expect(expectPassagesMatch(entries, root, facts.passages)).toBe(facts.codings);

    // Every reference points at something exported.
    const guids = new Set([...all(root, '*')].map((e) => e.getAttribute('guid')).filter(Boolean));
    for (const name of ['CodeRef', 'NoteRef', 'SourceRef', 'VariableRef', 'SelectionRef', 'MemberSource'])
      for (const ref of all(root, name)) expect(guids.has(ref.getAttribute('targetGUID')), `${name} ${ref.getAttribute('targetGUID')}`).toBe(true);

    // Two exports of the same project carry the same GUIDs and the same XML.
    const again = await exportQdpx(service);
    expect(decode(again.entries['project.qde']!)).toBe(decode(entries['project.qde']!));
  });

  it('exports the fixture project: cases with typed values and their documents, codings grouped by passage', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    const { entries, qdePath, root } = await exportQdpx(service);
    const lint = xmllint('Project.xsd', qdePath);
    expect(lint.out).toContain('validates');
    expect(lint.code).toBe(0);

    const facts = projectFacts(project.file);
    expect(all(root, 'TextSource')).toHaveLength(2);
    expect(all(root, 'Coding')).toHaveLength(8);
    expect(all(root, 'Case')).toHaveLength(facts.cases);
    expect(all(root, 'Variable')).toHaveLength(facts.attributes);
    expect(expectPassagesMatch(entries, root, facts.passages)).toBe(8);

    // B07-M is linked to the whole sheet (a SourceRef) and to its mediator's column (SelectionRefs).
    const sheetGuid = all(root, 'TextSource').find((s) => s.getAttribute('name') === 'fiche-observation-j2-mission-locale')!.getAttribute('guid');
    const b07m = all(root, 'Case').find((c) => c.getAttribute('name') === 'B07-M')!;
    expect(children(b07m, 'SourceRef').map((r) => r.getAttribute('targetGUID'))).toEqual([sheetGuid]);
    const sheet = all(root, 'TextSource').find((s) => s.getAttribute('guid') === sheetGuid)!;
    const sheetPoints = [...decode(entries[`sources/${sheetGuid}.txt`]!)];
    const selectionText = (ref: Element) => {
      const selection = children(sheet, 'PlainTextSelection').find((s) => s.getAttribute('guid') === ref.getAttribute('targetGUID'))!;
      return sheetPoints.slice(Number(selection.getAttribute('startPosition')), Number(selection.getAttribute('endPosition'))).join('');
    };
    const mediatorColumn = children(b07m, 'SelectionRef').map(selectionText);
    const professionalColumn = children(all(root, 'Case').find((c) => c.getAttribute('name') === 'B07-P')!, 'SelectionRef').map(selectionText);
    expect(mediatorColumn.length).toBeGreaterThan(0);
    expect(professionalColumn.length).toBeGreaterThan(0);
    // The mediator's question is in the mediator's column, not in the professional's; and the other way round.
    expect(mediatorColumn.join('\n')).toContain('Comment outiller les conseillers sans leur ajouter une mission de plus ?');
    expect(professionalColumn.join('\n')).not.toContain('Comment outiller les conseillers');
    expect(professionalColumn.join('\n')).toContain("Je fais souvent à la place des jeunes parce que l'agenda est plein.");
    expect(mediatorColumn.join('\n')).not.toContain('Je fais souvent à la place des jeunes');
    // E03 is linked to the whole interview only.
    expect(children(all(root, 'Case').find((c) => c.getAttribute('name') === 'E03')!, 'SelectionRef')).toHaveLength(0);
    // Its values: one VariableValue per filled cell, each with a VariableRef then one typed value.
    for (const value of children(b07m, 'VariableValue')) {
      expect(children(value, 'VariableRef')).toHaveLength(1);
      expect(value.childNodes.length).toBe(2);
    }
    expect(children(b07m, 'VariableValue')).toHaveLength(facts.attributes);
    // « Ancienneté (années) » holds whole numbers only: Integer, and B07-M's 6 as an IntegerValue.
    const seniority = all(root, 'Variable').find((v) => v.getAttribute('name') === 'Ancienneté (années)')!;
    expect(seniority.getAttribute('typeOfVariable')).toBe('Integer');
    const value = children(b07m, 'VariableValue').find((v) => children(v, 'VariableRef')[0]!.getAttribute('targetGUID') === seniority.getAttribute('guid'))!;
    expect(children(value, 'IntegerValue')[0]!.textContent).toBe('6');
  });

  it('counts positions in code points: a passage after an emoji and accents comes out right', async () => {
    const { service, folder } = testService();
    await service.call('projects:create', { path: path.join(folder, 'emoji.balise'), template: 'vide' });
    const text = 'Léa 😀 a dit « bonjour » puis 👩🏽‍💻 répond « salut ».\n';
    const outcome = await service.call('imports:upload', { fileName: 'emoji.txt', data: Buffer.from(text, 'utf8').toString('base64') });
    expect(outcome.status).toBe('imported');
    const doc = await service.call('documents:get', { id: outcome.documentId! });
    const { id: codeId } = await service.call('codebook:create', { parentId: null, name: 'Salutations', color: '#aa3300' });
    const { id: otherId } = await service.call('codebook:create', { parentId: null, name: 'Politesse' });
    const bonjour = find(doc.text, 'bonjour');
    const salut = find(doc.text, 'salut');
    await service.call('codings:add', { documentId: doc.id, codeId, ...bonjour });
    await service.call('codings:add', { documentId: doc.id, codeId: otherId, ...bonjour });
    const { coding } = await service.call('codings:add', { documentId: doc.id, codeId, ...salut });
    await service.call('memos:save', { kind: 'coding', codingId: coding.id, title: 'Réponse', body: 'Une réponse brève.' });
    await service.call('memos:save', { kind: 'project', title: 'Journal', body: 'Notes de terrain.' });
    // A group of documents, and an empty one.
    const { id: groupId } = await service.call('groups:create', { name: 'Entretiens' });
    await service.call('groups:setMembers', { id: groupId, documentIds: [doc.id], member: true });
    await service.call('groups:create', { name: 'À trier' });
    // A case with a decimal number, a date and a category.
    const { id: caseId } = await service.call('cases:create', { name: 'Léa' });
    await service.call('cases:linkDocument', { caseId, documentId: doc.id, linked: true });
    const typed = [
      { name: 'Durée (h)', type: 'number', value: '2,5' },
      { name: 'Date', type: 'date', value: '23/11/2026' },
      { name: 'Genre', type: 'category', value: 'Femme' },
    ] as const;
    for (const attribute of typed) {
      const { id: attributeId } = await service.call('attributes:create', { name: attribute.name, type: attribute.type });
      await service.call('cases:setValue', { caseId, attributeId, value: attribute.value });
    }

    const { entries, qdePath, root } = await exportQdpx(service);
    expect(xmllint('Project.xsd', qdePath).code).toBe(0);
    const selections = all(root, 'PlainTextSelection');
    // Two codes on « bonjour » share one selection; « salut » has its own.
    expect(selections.map((s) => children(s, 'Coding').length)).toEqual([2, 1]);
    // « Léa 😀 a dit « » : L é a ␠ 😀 ␠ a ␠ d i t ␠ « ␠ = 14 code points (15 UTF-16 units).
    expect(bonjour.start).toBe(15);
    expect(selections[0]!.getAttribute('startPosition')).toBe('14');
    expect(selections[0]!.getAttribute('endPosition')).toBe('21');
    // 👩🏽‍💻 is 4 code points but 7 UTF-16 units: « salut » is 1 + 3 units earlier in code points.
    expect(Number(selections[1]!.getAttribute('startPosition'))).toBe(salut.start - 4);
    const source = decode(entries[Object.keys(entries).find((n) => n.startsWith('sources/'))!]!);
    expect(source).toBe(doc.text);
    const points = [...source];
    expect(points.slice(14, 21).join('')).toBe('bonjour');
    // The coding's memo is a Note the selection points at; the project memo is pointed at by the project.
    const notes = all(root, 'Note');
    expect(notes.map((n) => n.getAttribute('name')).sort()).toEqual(['Journal', 'Réponse']);
    const reponse = notes.find((n) => n.getAttribute('name') === 'Réponse')!;
    expect(children(selections[1]!, 'NoteRef').map((r) => r.getAttribute('targetGUID'))).toEqual([reponse.getAttribute('guid')]);
    expect(children(reponse, 'PlainTextContent')[0]!.textContent).toBe('Une réponse brève.');
    const journal = notes.find((n) => n.getAttribute('name') === 'Journal')!;
    expect(children(root, 'NoteRef').map((r) => r.getAttribute('targetGUID'))).toEqual([journal.getAttribute('guid')]);
    const variables = all(root, 'Variable').map((v) => `${v.getAttribute('name')}:${v.getAttribute('typeOfVariable')}`);
    expect(variables).toEqual(['Durée (h):Float', 'Date:Date', 'Genre:Text']);
    const lea = all(root, 'Case')[0]!;
    expect(children(lea, 'VariableValue').map((v) => `${(v.lastChild as Element).localName}=${v.lastChild!.textContent}`)).toEqual([
      'FloatValue=2.5',
      'DateValue=2026-11-23',
      'TextValue=Femme',
    ]);
    expect(children(lea, 'SourceRef')).toHaveLength(1);
    const sets = all(root, 'Set');
    expect(sets.map((set) => set.getAttribute('name'))).toEqual(['Entretiens', 'À trier']);
    const sourceGuid = all(root, 'TextSource')[0]!.getAttribute('guid');
    expect(children(sets[0]!, 'MemberSource').map((m) => m.getAttribute('targetGUID'))).toEqual([sourceGuid]);
    expect(children(sets[1]!, 'MemberSource')).toHaveLength(0);
    const salutations = all(root, 'Code').find((c) => c.getAttribute('name') === 'Salutations')!;
    expect(salutations.getAttribute('color')).toBe('#AA3300');
    expect(salutations.getAttribute('isCodable')).toBe('true');
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('exports the codebook with nesting, colours and descriptions, valid against Codebook.xsd', async () => {
    const { service, folder } = testService();
    const projectFile = path.join(folder, 'demo.balise');
    await service.call('projects:create', { path: projectFile, template: 'demonstration' });
    const file = await service.call('exports:project', { format: 'qdc' });
    expect(file.fileName).toMatch(/\.qdc$/);
    const xml = Buffer.from(file.base64, 'base64').toString('utf8');
    const qdc = writeTemp(tempDir(), 'codebook.qdc', xml);
    const lint = xmllint('Codebook.xsd', qdc);
    expect(lint.out).toContain('validates');
    expect(lint.code).toBe(0);
    const root = parseXml(xml);
    expect(root.namespaceURI).toBe('urn:QDA-XML:codebook:1.0');
    const codes = Array.from(root.getElementsByTagNameNS('urn:QDA-XML:codebook:1.0', 'Code'));
    const facts = projectFacts(projectFile);
    expect(codes).toHaveLength(facts.codes);
    expect(file.summary).toEqual({ codes: facts.codes });
    const codebook = await service.call('codebook:list', {});
    // Nesting follows the tree: the names of an element's ancestors make the code's path.
    const pathOf = (element: Element): string => {
      const parent = element.parentNode as Element;
      const own = element.getAttribute('name')!;
      return parent.localName === 'Code' ? `${pathOf(parent)}/${own}` : own;
    };
    const exported = new Map(codes.map((c) => [pathOf(c), c]));
    for (const code of codebook) {
      const element = exported.get(code.path)!;
      expect(element, code.path).toBeDefined();
      expect(element.getAttribute('color')).toBe(code.color.toUpperCase());
      if (code.description.trim()) expect(children(element, 'Description')[0]!.textContent).toContain(code.description.trim());
    }
    expect(codebook.some((c) => c.parentId !== null)).toBe(true);
  });

  it('exports only the chosen codes, with their ancestors to keep their place, and in a project only their codings', async () => {
    const { service, folder } = testService();
    const project = await buildQuestionProject(service, folder);
    const chosen = project.codes.get('Freins/Processus internes')!;
    const qdc = await service.call('exports:project', { format: 'qdc', codeIds: [chosen] });
    const names = (xml: string, ns: string) => Array.from(parseXml(xml).getElementsByTagNameNS(ns, 'Code')).map((c) => c.getAttribute('name'));
    expect(names(Buffer.from(qdc.base64, 'base64').toString('utf8'), 'urn:QDA-XML:codebook:1.0')).toEqual(['Freins', 'Processus internes']);
    const qdpx = await service.call('exports:project', { format: 'qdpx', codeIds: [chosen] });
    const entries = unzip(Buffer.from(qdpx.base64, 'base64'));
    const root = parseXml(decode(entries['project.qde']!));
    expect(all(root, 'Code').map((c) => c.getAttribute('name'))).toEqual(['Freins', 'Processus internes']);
    // Processus internes codes the mediator's question and the interview's direction: two codings.
    expect(all(root, 'Coding')).toHaveLength(2);
    expect(xmllint('Project.xsd', writeTemp(tempDir(), 'project.qde', entries['project.qde']!)).code).toBe(0);
  });

  it('refuses, in French, a codebook with no code (the schema wants at least one)', async () => {
    const { service, folder } = testService();
    await service.call('projects:create', { path: path.join(folder, 'vide.balise'), template: 'vide' });
    await expect(service.call('exports:project', { format: 'qdc' })).rejects.toThrow(/codebook est vide/);
  });
});
