import { describe, expect, it } from 'vitest';
import { parseStoredSelection, projectOfDataKey } from '../../../renderer/features/extracts/useExtractSelection';

describe('the extract selection kept for the window', () => {
  it('reads back what it stored, without empty filters', () => {
    const state = {
      builder: { codes: [{ codeId: 2, withChildren: false, side: 'a' }], combine: 'near', within: 2, advanced: null },
      filters: { attributes: [{ attributeId: 3, values: ['Zone 5'] }], documentIds: [] },
      savedId: 4,
    };
    expect(parseStoredSelection(JSON.stringify(state))).toEqual({ ...state, filters: { attributes: [{ attributeId: 3, values: ['Zone 5'] }] } });
  });

  it('ignores what it cannot trust: nothing, broken JSON, an unknown combination, a bad filter', () => {
    expect(parseStoredSelection(null)).toBeNull();
    expect(parseStoredSelection('{not json')).toBeNull();
    const base = { builder: { codes: [], combine: 'or', within: 1, advanced: null }, filters: {}, savedId: null };
    expect(parseStoredSelection(JSON.stringify(base))).toEqual(base);
    expect(parseStoredSelection(JSON.stringify({ ...base, builder: { ...base.builder, combine: 'xor' } }))).toBeNull();
    expect(parseStoredSelection(JSON.stringify({ ...base, filters: { codedFrom: '23/11/2026' } }))).toBeNull();
  });

  it('keeps one selection per project, whatever its revision', () => {
    expect(projectOfDataKey('/home/a/Projet #2.balise#17')).toBe('/home/a/Projet #2.balise');
    expect(projectOfDataKey('/p.balise')).toBe('/p.balise');
  });
});
