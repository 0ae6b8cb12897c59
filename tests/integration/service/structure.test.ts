import { describe, expect, it } from 'vitest';
import { testService } from '../support/temp';

describe('structure: autocode, speakers, undo', () => {
  it('lists the structure values of the documents with their counts', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const values = await service.call('structure:values', {});
    expect(values).toContainEqual({ field: 'block', value: 'Recensement et analyse des freins', passages: 1, documents: 1 });
    expect(values).toContainEqual({ field: 'speaker', value: 'Sonia', passages: 3, documents: 1 });
    expect(values.filter((v) => v.field === 'speaker').map((v) => v.value)).toEqual(['Enquêtrice', 'Q', 'R', 'Sonia']);
  });

  it('codes every passage of a speaker with a preview count, skips what is already coded, and undoes it', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const codes = await service.call('codebook:list', {});
    const global = codes.find((c) => c.path === 'Besoins/Besoin global')!;
    const before = (await service.call('projects:info', {})).codings;

    const preview = await service.call('structure:autocode', { codeId: global.id, selector: { speaker: 'Sonia' }, preview: true });
    expect(preview).toEqual({ matched: 3, created: 3, preview: true });
    expect((await service.call('projects:info', {})).codings).toBe(before);

    const done = await service.call('structure:autocode', { codeId: global.id, selector: { speaker: 'Sonia' } });
    expect(done).toEqual({ matched: 3, created: 3, preview: false });
    expect((await service.call('projects:info', {})).codings).toBe(before + 3);
    const doc = await service.call('documents:get', { id: 1 });
    const turns = doc.units.filter((u) => u.attrs.speaker === 'Sonia');
    for (const turn of turns) expect(doc.codings).toContainEqual(expect.objectContaining({ codeId: global.id, start: turn.start, end: turn.end }));

    // Again: nothing new, and no empty entry in the history.
    expect(await service.call('structure:autocode', { codeId: global.id, selector: { speaker: 'Sonia' } })).toMatchObject({ created: 0 });
    const history = await service.call('history:list', {});
    expect(history.entries.map((e) => e.label)).toEqual(['Codage automatique « Besoin global » : Sonia']);
    // The history speaks the interface's language, whatever it was when the action was made.
    await service.call('app:setLanguage', { language: 'en' });
    expect((await service.call('history:list', {})).entries[0]!.label).toBe('Autocode “Besoin global”: Sonia');
    await service.call('app:setLanguage', { language: 'fr' });

    const undone = await service.call('history:undo', {});
    expect(undone).toMatchObject({ canUndo: false, canRedo: true });
    expect((await service.call('projects:info', {})).codings).toBe(before);
    await service.call('history:redo', {});
    expect((await service.call('projects:info', {})).codings).toBe(before + 3);
  });

  it('codes every answer of a grid block', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    const freins = (await service.call('codebook:list', {})).find((c) => c.path === 'Freins')!;
    const result = await service.call('structure:autocode', { codeId: freins.id, selector: { block: 'Recensement et analyse des freins' } });
    expect(result).toEqual({ matched: 1, created: 1, preview: false });
  });

  it('renames a speaker and merges two spellings, undoably', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    expect(await service.call('structure:renameSpeaker', { from: 'Q', to: 'Enquêtrice' })).toEqual({ turns: 2 });
    const speakers = (await service.call('structure:values', {})).filter((v) => v.field === 'speaker');
    expect(speakers.find((s) => s.value === 'Enquêtrice')).toMatchObject({ passages: 4, documents: 2 });
    await service.call('history:undo', {});
    expect((await service.call('structure:values', {})).some((v) => v.field === 'speaker' && v.value === 'Q')).toBe(true);
  });

  it('refuses an empty selector and an unknown code', async () => {
    const { service } = testService();
    await service.call('projects:openDemo', {});
    expect(await service.dispatch('structure:autocode', { codeId: 1, selector: {} })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await service.dispatch('structure:autocode', { codeId: 999, selector: { speaker: 'Q' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
