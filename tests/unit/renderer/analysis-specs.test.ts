import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/codebook';
import { keepExistingCodes, parseStoredViews } from '../../../renderer/features/analysis/slides/useViewSpecs';
import { defaultSpec } from '../../../renderer/features/analysis/spec';

const code = (id: number, parentId: number | null): Code => ({ id, parentId, name: `C${id}` } as Code);
// Two families (1, 2), their codes 3, 4 (under 1) and 5 (under 2), and 6 under 3.
const codes = [code(1, null), code(2, null), code(3, 1), code(4, 1), code(5, 2), code(6, 3)];

describe('the analysis views kept for the window', () => {
  const matrix = { kind: 'matrix', codes: { codeIds: [3, 5], withChildren: true }, mode: 'near', within: 2, measure: 'jaccard', order: 'similarity', filters: { attributes: [{ attributeId: 3, values: ['Zone 5'] }] } };

  it('reads back each view’s spec and title', () => {
    const stored = { specs: { matrix }, titles: { matrix: 'Freins au séminaire', map: 'Carte' } };
    expect(parseStoredViews(JSON.stringify(stored))).toEqual(stored);
  });

  it('leaves out, view by view, what it cannot trust: broken JSON, a spec under another kind, a table without attribute, a blank title', () => {
    expect(parseStoredViews(null)).toEqual({ specs: {}, titles: {} });
    expect(parseStoredViews('{oops')).toEqual({ specs: {}, titles: {} });
    const crosstab = { kind: 'crosstab', codes: { codeIds: [3], withChildren: false }, attributeIds: [], cell: 'cases', display: 'table', filters: {} };
    const stored = { specs: { matrix, map: matrix, crosstab }, titles: { matrix: '   ', crosstab: 'Tableau' } };
    expect(parseStoredViews(JSON.stringify(stored))).toEqual({ specs: { matrix }, titles: { crosstab: 'Tableau' } });
    expect(parseStoredViews(JSON.stringify({ specs: { matrix: { ...matrix, measure: 'lift' } } }))).toEqual({ specs: {}, titles: {} });
  });

  it('drops codes deleted since, and starts from the default codes when none is left', () => {
    const spec = defaultSpec('map', codes);
    expect(spec.codes).toEqual({ codeIds: [3, 4, 5], withChildren: true });
    const withGone = { ...spec, codes: { codeIds: [3, 99, 5], withChildren: false } };
    expect(keepExistingCodes(withGone, codes).codes).toEqual({ codeIds: [3, 5], withChildren: false });
    expect(keepExistingCodes({ ...spec, codes: { codeIds: [98, 99], withChildren: false } }, codes).codes).toEqual({ codeIds: [3, 4, 5], withChildren: true });
    // The codebook not loaded yet: nothing is dropped.
    expect(keepExistingCodes(withGone, undefined)).toBe(withGone);
    // Nothing gone: the same object, so the chart does not reload.
    expect(keepExistingCodes(spec, codes)).toBe(spec);
  });
});
