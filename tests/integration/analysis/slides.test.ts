import { describe, expect, it } from 'vitest';
import type { AnalysisSpec } from '../../../shared/domain/analysis';
import { testService } from '../support/temp';

async function demo() {
  const { service, folder } = testService();
  await service.call('projects:create', { path: `${folder}/seminaire.balise`, template: 'demonstration' });
  const codes = await service.call('codebook:list', {});
  return { service, codes };
}

const matrixOf = (codeIds: number[]): AnalysisSpec => ({
  kind: 'matrix',
  codes: { codeIds, withChildren: true },
  mode: 'unit',
  within: 1,
  measure: 'count',
  order: 'alphabetical',
  filters: {},
});

describe('slides and the theme map’s layout', () => {
  it('adds, edits, moves and deletes slides, each undoable, in order', async () => {
    const { service, codes } = await demo();
    const ids = codes.filter((c) => c.parentId === null).map((c) => c.id);
    const first = await service.call('slides:save', { title: 'Freins et savoir-faire', spec: matrixOf(ids) });
    const second = await service.call('slides:save', {
      title: 'Freins par branche',
      spec: { kind: 'crosstab', codes: { codeIds: ids, withChildren: true }, attributeIds: [1], cell: 'casePercent', display: 'bars', filters: {} },
    });
    const third = await service.call('slides:save', { title: 'Carte', spec: { kind: 'map', codes: { codeIds: ids, withChildren: false }, mode: 'overlap', within: 0, measure: 'c', threshold: 0.2, filters: {} } });
    expect((await service.call('slides:list', {})).map((s) => [s.title, s.position])).toEqual([
      ['Freins et savoir-faire', 0],
      ['Freins par branche', 1],
      ['Carte', 2],
    ]);
    expect(second.spec).toMatchObject({ kind: 'crosstab', cell: 'casePercent' });

    const moved = await service.call('slides:move', { id: third.id, position: 0 });
    expect(moved.map((s) => s.title)).toEqual(['Carte', 'Freins et savoir-faire', 'Freins par branche']);
    await service.call('slides:save', { id: first.id, title: 'Co-occurrences', spec: matrixOf(ids.slice(0, 1)) });
    await service.call('slides:delete', { id: second.id });
    expect((await service.call('slides:list', {})).map((s) => s.title)).toEqual(['Carte', 'Co-occurrences']);

    const history = await service.call('history:list', {});
    expect(history.entries.slice(0, 2).map((e) => e.label)).toEqual(['Supprimer la diapositive « Freins par branche »', 'Modifier la diapositive « Co-occurrences »']);
    await service.call('history:undo', {});
    await service.call('history:undo', {});
    await service.call('history:undo', {});
    expect((await service.call('slides:list', {})).map((s) => s.title)).toEqual(['Freins et savoir-faire', 'Freins par branche', 'Carte']);
  });

  it('refuses a slide whose view is malformed', async () => {
    const { service } = await demo();
    await expect(service.call('slides:save', { title: 'Vide', spec: { ...matrixOf([1]), mode: 'partout' } as unknown as AnalysisSpec })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.call('slides:save', { title: '  ', spec: matrixOf([1]) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('keeps where map nodes were left, forgets deleted codes, and resets', async () => {
    const { service, codes } = await demo();
    const [a, b] = codes;
    expect(await service.call('map:savePositions', { positions: [{ codeId: a!.id, x: 10.5, y: -20, pinned: true }, { codeId: 999_999, x: 0, y: 0, pinned: false }] })).toEqual({ saved: 1 });
    await service.call('map:savePositions', { positions: [{ codeId: a!.id, x: 11, y: -21, pinned: false }, { codeId: b!.id, x: 1, y: 2, pinned: true }] });
    expect(await service.call('map:positions', {})).toEqual(
      [
        { codeId: a!.id, x: 11, y: -21, pinned: false },
        { codeId: b!.id, x: 1, y: 2, pinned: true },
      ].sort((x, y) => x.codeId - y.codeId),
    );
    const leaf = codes.find((c) => c.id !== a!.id && c.id !== b!.id && !codes.some((other) => other.parentId === c.id))!;
    await service.call('map:savePositions', { positions: [{ codeId: leaf.id, x: 5, y: 5, pinned: false }] });
    await service.call('codebook:delete', { id: leaf.id });
    expect((await service.call('map:positions', {})).some((p) => p.codeId === leaf.id)).toBe(false);
    const left = (await service.call('map:positions', {})).length;
    expect(left).toBe(2);
    expect(await service.call('map:resetPositions', {})).toEqual({ reset: 2 });
    expect(await service.call('map:positions', {})).toEqual([]);
  });
});
