import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { TRACKED_TABLES } from '../../../electron/db/undo';
import { codePalette, type Code } from '../../../shared/domain/codebook';
import { testService } from '../support/temp';

/** The demo project, with a way to add rows the service has no call for yet (comments, case ranges). */
async function demo(): Promise<{ service: Service; file: string; raw: (sql: string, ...params: unknown[]) => void; dump: () => string }> {
  const { service } = testService();
  const file = (await service.call('projects:openDemo', {})).path;
  const raw = (sql: string, ...params: unknown[]) => {
    const db = new Database(file);
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  };
  // Every journalled table, row by row: what an undo must restore exactly.
  const dump = () => {
    const db = new Database(file, { readonly: true });
    try {
      return JSON.stringify(TRACKED_TABLES.map((t) => [t, db.prepare(`SELECT rowid AS _rowid, * FROM ${t} ORDER BY rowid`).all()]));
    } finally {
      db.close();
    }
  };
  return { service, file, raw, dump };
}

async function codeAt(service: Service, path: string) {
  const code = (await service.call('codebook:list', {})).find((c) => c.path === path);
  if (!code) throw new Error(`no code ${path}`);
  return code;
}

async function failure(service: Service, name: Parameters<Service['dispatch']>[0], input: unknown) {
  const result = await service.dispatch(name, input);
  if (result.ok) throw new Error(`${name} should have failed`);
  return result.error;
}

describe('codebook editing', () => {
  it('creates codes at the end of their siblings with a palette colour, renames them, and refuses empty or duplicate names', async () => {
    const { service } = await demo();
    const roots = (await service.call('codebook:list', {})).filter((c) => c.parentId === null);
    const { id } = await service.call('codebook:create', { parentId: null, name: '  Leviers ' });
    const created = (await service.call('codebook:list', {})).find((c) => c.id === id)!;
    expect(created).toMatchObject({ name: 'Leviers', path: 'Leviers', parentId: null, codingCount: 0, caseCount: 0, exampleCount: 0, inclusion: '', exclusion: '' });
    expect(created.position).toBeGreaterThan(Math.max(...roots.map((c) => c.position)));
    expect(codePalette).toContain(created.color);

    const child = await service.call('codebook:create', { parentId: id, name: 'Temps', color: '#AABBCC' });
    expect(await codeAt(service, 'Leviers/Temps')).toMatchObject({ id: child.id, color: '#aabbcc', position: 0 });

    const taken = await failure(service, 'codebook:create', { parentId: null, name: 'freins' });
    expect(taken.code).toBe('CODE_NAME_TAKEN');
    expect(taken.message.fr).toBe('Un code « Freins » existe déjà à cet endroit du codebook. Choisissez un autre nom.');
    expect((await failure(service, 'codebook:create', { parentId: null, name: '   ' })).code).toBe('INVALID_INPUT');
    expect((await failure(service, 'codebook:update', { id, name: 'Besoins' })).code).toBe('CODE_NAME_TAKEN');
    // The same name is free under another parent, and changing only the case of one's own name is allowed.
    await service.call('codebook:create', { parentId: id, name: 'Freins' });
    const renamed = await service.call('codebook:update', { id, name: 'leviers', description: 'Ce qui aide', inclusion: 'Quand…', exclusion: 'Sauf…', color: '#123456' });
    expect(renamed).toMatchObject({ name: 'leviers', description: 'Ce qui aide', inclusion: 'Quand…', exclusion: 'Sauf…', color: '#123456' });

    const labels = (await service.call('history:list', {})).entries.map((e) => e.label);
    expect(labels).toEqual([
      'Renommer le code « Leviers » en « leviers »',
      'Créer le code « Freins »',
      'Créer le code « Temps »',
      'Créer le code « Leviers »',
    ]);
    // Saving a field at its current value (a sheet closed without change) leaves no history entry.
    await service.call('codebook:update', { id, name: 'leviers', description: 'Ce qui aide' });
    expect((await service.call('history:list', {})).entries).toHaveLength(4);
    await service.call('history:undo', {});
    expect(await codeAt(service, 'Leviers')).toMatchObject({ description: '', color: created.color });
  });

  it('reorders and nests codes, renumbers siblings, and refuses a move into the code itself or its descendants', async () => {
    const { service, dump } = await demo();
    const start = dump();
    const freins = await codeAt(service, 'Freins');
    const publics = await codeAt(service, 'Freins/Liés aux publics');
    expect((await failure(service, 'codebook:move', { id: freins.id, parentId: publics.id, index: 0 })).code).toBe('CODE_MOVE_CYCLE');
    const self = await failure(service, 'codebook:move', { id: freins.id, parentId: freins.id, index: 0 });
    expect(self.message.fr).toBe('Impossible de placer « Freins » dans lui-même ou dans l’un de ses sous-codes.');

    // Reorder: « Processus internes » first among the Freins.
    const processus = await codeAt(service, 'Freins/Processus internes');
    await service.call('codebook:move', { id: processus.id, parentId: freins.id, index: 0 });
    const siblings = (list: Code[], parentId: number | null) =>
      list.filter((c) => c.parentId === parentId).map((c) => [c.name, c.position]);
    expect(siblings(await service.call('codebook:list', {}), freins.id)).toEqual([
      ['Processus internes', 0],
      ['Liés aux publics', 1],
      ['Posture ou compétence', 2],
      ["Manque de ressources ou d'information", 3],
    ]);

    // Nest: « Besoin global » under « Liés aux publics », with its codings; its old siblings close the gap.
    const global = await codeAt(service, 'Besoins/Besoin global');
    await service.call('codebook:move', { id: global.id, parentId: publics.id, index: 5 });
    const list = await service.call('codebook:list', {});
    expect(list.find((c) => c.id === global.id)).toMatchObject({ path: 'Freins/Liés aux publics/Besoin global', position: 0, codingCount: global.codingCount });
    const besoins = list.find((c) => c.path === 'Besoins')!;
    expect(siblings(list, besoins.id)).toEqual([
      ['Besoin numérique', 0],
      ['Besoins de formation des professionnels', 1],
    ]);
    // To the top level, first.
    await service.call('codebook:move', { id: global.id, parentId: null, index: 0 });
    expect(siblings(await service.call('codebook:list', {}), null)).toEqual([
      ['Besoin global', 0],
      ['Freins', 1],
      ['Savoir-faire', 2],
      ['Besoins', 3],
    ]);
    // A code cannot land next to a sibling of the same name.
    const { id: twin } = await service.call('codebook:create', { parentId: freins.id, name: 'Besoin global' });
    expect((await failure(service, 'codebook:move', { id: twin, parentId: null, index: 0 })).code).toBe('CODE_NAME_TAKEN');
    // Undoing every move (and the creation) gives back the codebook as it was, row for row.
    for (let i = 0; i < 4; i += 1) await service.call('history:undo', {});
    expect(dump()).toBe(start);
  });

  it('merges a code into another: codings move, same passages collapse keeping one comment, sub-codes, memo and examples follow; undo restores every row', async () => {
    const { service, file, raw, dump } = await demo();
    const source = await codeAt(service, 'Freins/Processus internes');
    const target = await codeAt(service, 'Freins/Posture ou compétence');
    // Both codes on Sonia's three turns: three passages coded twice.
    await service.call('structure:autocode', { codeId: source.id, selector: { speaker: 'Sonia' } });
    await service.call('structure:autocode', { codeId: target.id, selector: { speaker: 'Sonia' } });
    const sourceCodings = await service.call('codebook:codings', { codeId: source.id });
    const targetCodings = await service.call('codebook:codings', { codeId: target.id });
    const twin = (c: { documentId: number; start: number; end: number }) =>
      targetCodings.find((t) => t.documentId === c.documentId && t.start === c.start && t.end === c.end);
    const dups = sourceCodings.filter((c) => twin(c));
    expect(dups).toHaveLength(3);
    const [dupA, dupB, dupC] = dups as [(typeof dups)[0], (typeof dups)[0], (typeof dups)[0]];
    const now = new Date().toISOString();
    await service.call('projects:close', {});
    const comment = (codingId: number, body: string) =>
      raw("INSERT INTO memos (kind, body, text, coding_id, created_at, updated_at) VALUES ('coding', ?, ?, ?, ?, ?)", body, body, codingId, now, now);
    comment(dupA.id, 'Commentaire de la source, seul');
    comment(dupB.id, 'Commentaire de la source, en double');
    comment(twin(dupB)!.id, 'Commentaire de la cible');
    raw("INSERT INTO memos (kind, body, text, code_id, created_at, updated_at) VALUES ('code', 'Mémo source', 'Mémo source', ?, ?, ?)", source.id, now, now);
    raw("INSERT INTO memos (kind, body, text, code_id, created_at, updated_at) VALUES ('code', 'Mémo cible', 'Mémo cible', ?, ?, ?)", target.id, now, now);
    raw('INSERT INTO code_examples (code_id, coding_id, position) VALUES (?, ?, 0)', source.id, dupC.id);
    const single = sourceCodings.find((c) => !twin(c))!;
    raw('INSERT INTO code_examples (code_id, coding_id, position) VALUES (?, ?, 1)', source.id, single.id);
    await service.call('projects:open', { path: file });
    // Sub-codes: one with a name the target already has (merged into it), one new (moved).
    const { id: subSource } = await service.call('codebook:create', { parentId: source.id, name: 'Horaires' });
    const { id: subTarget } = await service.call('codebook:create', { parentId: target.id, name: 'horaires' });
    const { id: subMoved } = await service.call('codebook:create', { parentId: source.id, name: 'Matériel' });
    await service.call('structure:autocode', { codeId: subSource, selector: { speaker: 'Q' } });

    const before = dump();
    const result = await service.call('codebook:merge', { sourceId: source.id, targetId: target.id });
    expect(result).toEqual({ moved: sourceCodings.length - 3 + 2, collapsed: 3 });
    const after = dump();
    const list = await service.call('codebook:list', {});
    expect(list.some((c) => c.id === source.id || c.id === subSource)).toBe(false);
    expect(list.find((c) => c.id === target.id)).toMatchObject({ codingCount: target.codingCount + 3 + sourceCodings.length - 3, exampleCount: 2 });
    expect(list.find((c) => c.id === subTarget)).toMatchObject({ path: 'Freins/Posture ou compétence/horaires', codingCount: 2 });
    expect(list.find((c) => c.id === subMoved)).toMatchObject({ path: 'Freins/Posture ou compétence/Matériel', position: 1 });
    const memos = await service.call('memos:list', {});
    const comments = memos.filter((m) => m.kind === 'coding').map((m) => [m.codingId, m.body]);
    expect(comments).toContainEqual([twin(dupA)!.id, 'Commentaire de la source, seul']);
    expect(comments).toContainEqual([twin(dupB)!.id, 'Commentaire de la cible']);
    expect(comments).toHaveLength(2);
    expect(memos.filter((m) => m.kind === 'code').map((m) => [m.codeId, m.body])).toEqual([[target.id, 'Mémo cible\n\nMémo source']]);
    const examples = (await service.call('codebook:codings', { codeId: target.id })).filter((c) => c.example).map((c) => c.id);
    expect(examples.sort()).toEqual([twin(dupC)!.id, single.id].sort());
    expect((await service.call('history:list', {})).entries[0]!.label).toBe('Code fusionné : Processus internes → Posture ou compétence');

    await service.call('history:undo', {});
    expect(dump()).toBe(before);
    await service.call('history:redo', {});
    expect(dump()).toBe(after);

    expect((await failure(service, 'codebook:merge', { sourceId: target.id, targetId: target.id })).code).toBe('CODE_MERGE_SELF');
    const freins = await codeAt(service, 'Freins');
    expect((await failure(service, 'codebook:merge', { sourceId: freins.id, targetId: target.id })).code).toBe('CODE_MERGE_DESCENDANT');
  });

  it('splits chosen codings into a new sibling placed after the code', async () => {
    const { service, dump } = await demo();
    const publics = await codeAt(service, 'Freins/Liés aux publics');
    const codings = await service.call('codebook:codings', { codeId: publics.id });
    expect(codings).toHaveLength(3);
    expect(codings[0]).toMatchObject({ documentName: expect.any(String), excerpt: 'seulement un téléphone avec l’écran cassé', example: false });
    const chosen = codings.slice(1).map((c) => c.id);
    await service.call('codebook:setExample', { codeId: publics.id, codingId: chosen[0]!, example: true });
    const before = dump();
    const result = await service.call('codebook:split', { id: publics.id, codingIds: chosen, name: 'Peur de mal faire' });
    expect(result.moved).toBe(2);
    const list = await service.call('codebook:list', {});
    const freins = list.filter((c) => c.parentId === publics.parentId).map((c) => c.name);
    expect(freins.slice(0, 2)).toEqual(['Liés aux publics', 'Peur de mal faire']);
    // The anchor-example mark goes with its coding.
    expect(list.find((c) => c.id === result.id)).toMatchObject({ codingCount: 2, exampleCount: 1 });
    expect(list.find((c) => c.id === publics.id)).toMatchObject({ codingCount: 1, exampleCount: 0 });
    expect(list.find((c) => c.id === result.id)!.color).not.toBe(publics.color);
    expect((await failure(service, 'codebook:split', { id: publics.id, codingIds: chosen, name: 'Autre' })).code).toBe('CODING_NOT_IN_CODE');
    expect((await failure(service, 'codebook:split', { id: publics.id, codingIds: [], name: 'Autre' })).code).toBe('INVALID_INPUT');
    await service.call('history:undo', {});
    expect(dump()).toBe(before);
  });

  it('previews what a deletion loses, deletes a family with its sub-codes, and undo restores every row', async () => {
    const { service, raw, dump } = await demo();
    const freins = await codeAt(service, 'Freins');
    const list = await service.call('codebook:list', {});
    const family = list.filter((c) => c.path === 'Freins' || c.path.startsWith('Freins/'));
    const codingIds = (await service.call('codebook:codings', { codeId: freins.id, includeChildren: true })).map((c) => c.id);
    expect(codingIds).toHaveLength(family.reduce((n, c) => n + c.codingCount, 0));
    await service.call('codebook:setExample', { codeId: freins.id, codingId: codingIds[0]!, example: true });
    const now = new Date().toISOString();
    const file = (await service.call('projects:info', {})).path;
    await service.call('projects:close', {});
    raw("INSERT INTO memos (kind, body, text, coding_id, created_at, updated_at) VALUES ('coding', 'Un commentaire', 'Un commentaire', ?, ?, ?)", codingIds[1], now, now);
    raw("INSERT INTO memos (kind, body, text, code_id, created_at, updated_at) VALUES ('code', 'Mémo', 'Mémo', ?, ?, ?)", freins.id, now, now);
    await service.call('projects:open', { path: file });

    const preview = await service.call('codebook:deletePreview', { id: freins.id });
    expect(preview).toEqual({
      codes: 5,
      descendants: ['Liés aux publics', 'Posture ou compétence', "Manque de ressources ou d'information", 'Processus internes'],
      codings: codingIds.length,
      memos: 1,
      comments: 1,
      documents: 4,
      examples: 1,
    });
    const before = dump();
    expect(await service.call('codebook:delete', { id: freins.id })).toEqual({ deleted: 5 });
    const remaining = await service.call('codebook:list', {});
    expect(remaining).toHaveLength(list.length - 5);
    expect(remaining.filter((c) => c.parentId === null).map((c) => [c.name, c.position])).toEqual([
      ['Savoir-faire', 0],
      ['Besoins', 1],
    ]);
    expect((await service.call('history:list', {})).entries[0]!.label).toBe('Supprimer le code « Freins »');
    await service.call('history:undo', {});
    expect(dump()).toBe(before);
  });

  it('counts the cases its codings belong to: a linked stretch holding a coding’s start takes it from the whole-document case', async () => {
    const { service, raw } = await demo();
    const publics = await codeAt(service, 'Freins/Liés aux publics');
    // Three demo documents, each linked whole to its case.
    expect(publics).toMatchObject({ codingCount: 3, documentCount: 3, caseCount: 3 });
    const coding = (await service.call('codebook:codings', { codeId: publics.id }))[0]!;
    const file = (await service.call('projects:info', {})).path;
    await service.call('projects:close', {});
    raw("INSERT INTO cases (name, position) VALUES ('Dedans', 10), ('Dedans aussi', 11), ('Chevauche', 12), ('À côté', 13)");
    const link = (name: string, start: number, end: number) =>
      raw('INSERT INTO case_links (case_id, document_id, start, end) SELECT id, ?, ?, ? FROM cases WHERE name = ?', coding.documentId, start, end, name);
    link('Dedans', coding.start, coding.start + 5);
    link('Dedans aussi', Math.max(0, coding.start - 10), coding.end);
    // These two stretches overlap the coding or touch it, but its start is not inside them.
    link('Chevauche', coding.end - 1, coding.end + 20);
    link('À côté', coding.end, coding.end + 20);
    await service.call('projects:open', { path: file });
    // The coding now belongs to Dedans and Dedans aussi only, no longer to its document's case; the two other codings stay with theirs.
    expect(await codeAt(service, 'Freins/Liés aux publics')).toMatchObject({ caseCount: 4 });
  });

  it('marks and unmarks anchor examples, only among the codings of the code and its sub-codes', async () => {
    const { service } = await demo();
    const freins = await codeAt(service, 'Freins');
    const publics = await codeAt(service, 'Freins/Liés aux publics');
    const own = (await service.call('codebook:codings', { codeId: publics.id }))[0]!;
    await service.call('codebook:setExample', { codeId: freins.id, codingId: own.id, example: true });
    expect(await codeAt(service, 'Freins')).toMatchObject({ exampleCount: 1 });
    expect((await service.call('codebook:codings', { codeId: freins.id, includeChildren: true })).find((c) => c.id === own.id)).toMatchObject({ example: true });
    const other = (await service.call('codebook:codings', { codeId: (await codeAt(service, 'Besoins/Besoin global')).id }))[0]!;
    expect((await failure(service, 'codebook:setExample', { codeId: freins.id, codingId: other.id, example: true })).code).toBe('CODING_NOT_IN_CODE');
    await service.call('codebook:setExample', { codeId: freins.id, codingId: own.id, example: false });
    expect(await codeAt(service, 'Freins')).toMatchObject({ exampleCount: 0 });
    expect((await service.call('history:list', {})).entries.map((e) => e.label).slice(0, 2)).toEqual([
      'Exemple d’ancrage retiré de « Freins »',
      'Exemple d’ancrage ajouté à « Freins »',
    ]);
  });
});
