import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { plainTextToEditorState } from '../../../shared/text/memo-body';
import { testService } from '../support/temp';

/** A Lexical body with one bold paragraph and a bulleted list. */
function richBody(title: string, items: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: title, format: 1, style: '', mode: 'normal', detail: 0 }] },
        {
          type: 'list',
          version: 1,
          listType: 'bullet',
          start: 1,
          tag: 'ul',
          direction: null,
          format: '',
          indent: 0,
          children: items.map((item, i) => ({
            type: 'listitem',
            version: 1,
            value: i + 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text: item, format: 0, style: '', mode: 'normal', detail: 0 }],
          })),
        },
      ],
    },
  });
}

const plain = (text: string) => JSON.stringify(plainTextToEditorState(text));

async function demo(): Promise<Service> {
  const { service } = testService();
  await service.call('projects:openDemo', {});
  return service;
}

const labels = async (service: Service) => (await service.call('history:list', {})).entries.map((e) => e.label);

describe('memos: save, search, undo', () => {
  it('creates a project memo signed and dated by the coder, with its plain text derived from the body', async () => {
    const service = await demo();
    const memo = await service.call('memos:save', { kind: 'project', title: 'Hypothèses', body: richBody('Évaluation des freins', ['temps', 'posture']) });
    expect(memo).toMatchObject({ kind: 'project', title: 'Hypothèses', text: 'Évaluation des freins\n• temps\n• posture', target: null });
    expect(memo.coderName).toBe((await service.call('projects:info', {})).coder.name);
    expect(Date.parse(memo.createdAt)).not.toBeNaN();
    expect((await service.call('projects:info', {})).memos).toBe(2);
    // The project may hold several memos: a second one is another memo.
    const second = await service.call('memos:save', { kind: 'project', title: 'Autre', body: plain('Deuxième') });
    expect(second.id).not.toBe(memo.id);
    expect(await labels(service)).toEqual(['Mémo créé : Autre', 'Mémo créé : Hypothèses']);
  });

  it('keeps one memo per document, code and coding: saving again updates it', async () => {
    const service = await demo();
    const [document] = await service.call('documents:list', {});
    const code = (await service.call('codebook:list', {})).find((c) => c.path === 'Freins/Liés aux publics')!;
    const coding = (await service.call('documents:get', { id: document!.id })).codings[0]!;

    expect(await service.call('memos:get', { kind: 'document', documentId: document!.id })).toEqual({ memo: null });
    const first = await service.call('memos:save', { kind: 'document', documentId: document!.id, title: '', body: plain('Premier jet') });
    const again = await service.call('memos:save', { kind: 'document', documentId: document!.id, title: '', body: plain('Second jet') });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ text: 'Second jet', target: document!.name });
    expect((await service.call('memos:get', { kind: 'document', documentId: document!.id })).memo?.text).toBe('Second jet');

    const codeMemo = await service.call('memos:save', { kind: 'code', codeId: code.id, title: '', body: 'Corps en texte brut' });
    expect(codeMemo).toMatchObject({ text: 'Corps en texte brut', target: 'Freins › Liés aux publics' });
    const comment = await service.call('memos:save', { kind: 'coding', codingId: coding.id, title: '', body: plain('Un commentaire') });
    expect(comment.target).toBeTruthy();
    expect(comment.target!.length).toBeLessThanOrEqual(81);
    expect((await service.call('memos:list', { kind: 'coding' })).map((m) => m.id)).toEqual([comment.id]);

    // A memo's id must go with its target; a missing target is refused.
    await expect(service.call('memos:save', { id: comment.id, kind: 'code', codeId: code.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.call('memos:save', { kind: 'document', documentId: 9999, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.call('memos:save', { kind: 'document', body: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('searches titles, texts and targets with case and accents folded', async () => {
    const service = await demo();
    await service.call('memos:save', { kind: 'project', title: 'Synthèse', body: richBody('Évaluation', ['Écoute active']) });
    const titles = async (query: string) => (await service.call('memos:list', { query })).map((m) => m.title);
    expect(await titles('evaluation')).toEqual(['Synthèse']);
    expect(await titles('ÉCOUTE')).toEqual(['Synthèse']);
    expect(await titles('synthese ecoute')).toEqual(['Synthèse']);
    expect(await titles('premiere lecture')).toEqual(['Première lecture']);
    expect(await titles('introuvable')).toEqual([]);
    expect(await service.call('memos:list', {})).toHaveLength(2);
  });

  it('makes consecutive saves of one memo a single history entry that undoes to the text before the first', async () => {
    const service = await demo();
    const [legacy] = await service.call('memos:list', {});
    const before = legacy!.text;
    for (const text of ['Premier état', 'Deuxième état', 'Troisième état']) {
      await service.call('memos:save', { id: legacy!.id, kind: 'project', title: legacy!.title, body: plain(text) });
    }
    expect(await labels(service)).toEqual(['Mémo modifié : Première lecture']);

    // Another memo's save opens its own entry, and ends the first memo's burst.
    const other = await service.call('memos:save', { kind: 'project', title: 'Autre', body: plain('a') });
    await service.call('memos:save', { id: other.id, kind: 'project', title: 'Autre', body: plain('b') });
    expect(await labels(service)).toEqual(['Mémo modifié : Autre', 'Mémo créé : Autre', 'Mémo modifié : Première lecture']);

    await service.call('history:undo', {}); // b → a
    await service.call('history:undo', {}); // the creation of « Autre »
    expect((await service.call('memos:list', {})).map((m) => m.title)).toEqual(['Première lecture']);
    const undone = await service.call('history:undo', {});
    expect(undone.canUndo).toBe(false);
    const restored = (await service.call('memos:list', {}))[0]!;
    expect(restored.text).toBe(before);
    expect(restored.body).toBe(legacy!.body);

    await service.call('history:redo', {});
    expect((await service.call('memos:list', {}))[0]!.text).toBe('Troisième état');
  });

  it('deletes a memo undoably and refuses a body that is not a valid editor state', async () => {
    const service = await demo();
    const [memo] = await service.call('memos:list', {});
    expect(await service.call('memos:delete', { id: memo!.id })).toEqual({ deleted: true });
    expect(await service.call('memos:list', {})).toEqual([]);
    expect((await labels(service))[0]).toBe('Mémo supprimé : Première lecture');
    await service.call('history:undo', {});
    expect(await service.call('memos:list', {})).toEqual([memo]);

    const count = (await service.call('memos:list', {})).length;
    for (const body of ['{"root": pas du json', '{"root":{"type":"paragraph","children":[]}}', '{"root":{"type":"root","children":[{"children":[]}]}}']) {
      await expect(service.call('memos:save', { kind: 'project', title: 'X', body })).rejects.toMatchObject({ code: 'MEMO_INVALID_BODY' });
    }
    const unsafeLink = JSON.stringify({
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'clic' }] }] }] },
    });
    await expect(service.call('memos:save', { kind: 'project', title: 'X', body: unsafeLink })).rejects.toMatchObject({ code: 'MEMO_INVALID_BODY' });
    const huge = plain('x'.repeat(1_000_001));
    await expect(service.call('memos:save', { kind: 'project', title: 'X', body: huge })).rejects.toMatchObject({
      code: 'MEMO_TOO_LARGE',
      params: { limit: 1_000_000 },
    });
    expect(await service.call('memos:list', {})).toHaveLength(count);
  });
});
