/** Which codes the report dialog offers as families, and the attribute it chooses first. */
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/codebook';
import { defaultAttribute, familyChoices } from '../../../renderer/features/reports/families';

const code = (id: number, parentId: number | null, path: string): Code => ({
  id,
  parentId,
  position: id,
  name: path.split('/').pop()!,
  color: '#336699',
  description: '',
  inclusion: '',
  exclusion: '',
  path,
  codingCount: 0,
  documentCount: 0,
  caseCount: 0,
  exampleCount: 0,
});

describe('report families', () => {
  it('offers every top-level code and every code with sub-codes, in codebook order', () => {
    const codes = [code(1, null, 'Freins'), code(2, 1, 'Freins/Publics'), code(3, 2, 'Freins/Publics/Équipement'), code(4, 1, 'Freins/Temps'), code(5, null, 'Besoins')];
    expect(familyChoices(codes)).toEqual([
      { id: 1, label: 'Freins', depth: 0 },
      { id: 2, label: 'Freins › Publics', depth: 1 },
      { id: 5, label: 'Besoins', depth: 0 },
    ]);
    expect(familyChoices([])).toEqual([]);
  });

  it('counts by « Branche » when the cases have it, whatever its case or accents, else by nothing', () => {
    expect(defaultAttribute([{ id: 3, name: 'Rôle' }, { id: 7, name: 'BRANCHE ' }])).toBe(7);
    expect(defaultAttribute([{ id: 3, name: 'Rôle' }])).toBeNull();
  });
});
