import { describe, expect, it } from 'vitest';
import type { ExtractFacets } from '../../../shared/domain/extract';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import {
  activeFilterCount,
  attributeValues,
  cleanFilters,
  filterChips,
  setAttributeValues,
  setStructureValues,
  structureValues,
  toggleId,
  toggleValue,
} from '../../../renderer/features/extracts/filters';

const facets: ExtractFacets = {
  documents: [
    { id: 1, name: 'Entretien E01 — conseillère mission locale' },
    { id: 2, name: 'Fiche d’observation B04 — jour 2' },
  ],
  groups: [{ id: 7, name: 'Zone 5' }],
  cases: [{ id: 3, name: 'E01' }],
  attributes: [
    { id: 10, name: 'Branche', type: 'category', values: [{ value: 'Missions locales', cases: 1 }] },
    { id: 11, name: 'Zone', type: 'category', values: [{ value: 'Zone 5', cases: 1 }, { value: 'Zone 2', cases: 1 }] },
  ],
  structure: [{ field: 'speaker', value: 'Sonia', passages: 3 }],
  coders: [{ id: 1, name: 'Camille Martin', color: '#3b7dd8' }],
};

const words = {
  t: (key: MessageKey, params?: MessageParams) => translate('fr', key, params),
  tc: (count: number, other: MessageKey, one: MessageKey, params?: MessageParams) => translate('fr', count <= 1 ? one : other, { ...params, count }),
  formatDay: (day: string) => `le jour ${day}`,
};

describe('extract filters', () => {
  it('drop empty lists, dates and flags, and duplicate ids', () => {
    expect(cleanFilters({ documentIds: [], caseIds: [3, 3], attributes: [{ attributeId: 10, values: [] }], codedFrom: '', keyQuotesOnly: false })).toEqual({ caseIds: [3] });
  });

  it('toggle ids and values in and out', () => {
    const one = toggleId({}, 'documentIds', 2);
    expect(one).toEqual({ documentIds: [2] });
    expect(toggleId(one, 'documentIds', 2)).toEqual({});
    expect(toggleValue(['Zone 5'], 'Zone 2')).toEqual(['Zone 5', 'Zone 2']);
    expect(toggleValue(['Zone 5', 'Zone 2'], 'Zone 5')).toEqual(['Zone 2']);
  });

  it('keep one condition per attribute and per structure field, in place, and drop it when no value is left', () => {
    let filters = setAttributeValues({}, 10, ['Missions locales']);
    filters = setAttributeValues(filters, 11, ['Zone 5']);
    filters = setAttributeValues(filters, 10, ['Missions locales', 'Animation']);
    expect(filters.attributes).toEqual([
      { attributeId: 10, values: ['Missions locales', 'Animation'] },
      { attributeId: 11, values: ['Zone 5'] },
    ]);
    expect(attributeValues(filters, 11)).toEqual(['Zone 5']);
    expect(setAttributeValues(filters, 10, []).attributes).toEqual([{ attributeId: 11, values: ['Zone 5'] }]);
    const speakers = setStructureValues({}, 'speaker', ['Sonia']);
    expect(structureValues(speakers, 'speaker')).toEqual(['Sonia']);
    expect(structureValues(speakers, 'block')).toEqual([]);
    expect(setStructureValues(speakers, 'speaker', [])).toEqual({});
  });

  it('show each active filter as a chip that removes just that filter', () => {
    const filters = {
      keyQuotesOnly: true,
      documentIds: [1],
      groupIds: [7],
      attributes: [
        { attributeId: 10, values: ['Missions locales'] },
        { attributeId: 11, values: ['Zone 5', 'Zone 2'] },
      ],
      structure: [{ field: 'speaker' as const, values: ['Sonia'] }],
      coderIds: [1],
      codedFrom: '2026-03-01',
      codedTo: '2026-03-31',
    };
    const chips = filterChips(filters, facets, words);
    expect(chips.map((c) => c.label)).toEqual([
      'Citations clés seulement',
      'Document : Entretien E01 — conseillère mission locale',
      'Groupe : Zone 5',
      'Branche : Missions locales',
      'Zone : Zone 5 ou Zone 2',
      'Interlocuteur : Sonia',
      'Codé par Camille Martin',
      'Codé depuis le le jour 2026-03-01',
      'Codé jusqu’au le jour 2026-03-31',
    ]);
    expect(activeFilterCount(filters)).toBe(9);
    const zone = chips.find((c) => c.label.startsWith('Zone'))!;
    expect(zone.without.attributes).toEqual([{ attributeId: 10, values: ['Missions locales'] }]);
    expect(chips[0]!.without.keyQuotesOnly).toBeUndefined();
    expect(chips.at(-1)!.without).toMatchObject({ codedFrom: '2026-03-01' });
    expect(chips.at(-1)!.without.codedTo).toBeUndefined();
  });

  it('name what the facets no longer know by its number', () => {
    expect(filterChips({ caseIds: [42] }, facets, words).map((c) => c.label)).toEqual(['Cas : #42']);
  });
});
