import { describe, expect, it } from 'vitest';
import type { CaseAttribute, CaseRow } from '../../../../shared/domain/case';
import { columnAccess, distinctValues, filterCases, noFilters, sortCases } from '../../../../shared/cases/table';

const attributes: CaseAttribute[] = [
  { id: 1, name: 'Branche', type: 'category', position: 0 },
  { id: 2, name: 'Ancienneté', type: 'number', position: 1 },
  { id: 3, name: 'Observé le', type: 'date', position: 2 },
];

function row(id: number, name: string, values: Record<number, string | null>, documentCount = 0): CaseRow {
  return { id, name, description: '', position: id, values, links: [], documentCount };
}

const rows = [
  row(1, 'B12-P', { 1: 'Aide à domicile', 2: '11', 3: '2023-03-14' }, 1),
  row(2, 'B7-M', { 1: 'Missions locales', 2: '6', 3: null }, 2),
  row(3, 'E03', { 1: 'Logement social', 2: '8', 3: '2022-12-01' }),
  row(4, 'école', { 1: 'Animation', 2: null, 3: '2023-01-05' }),
  row(5, 'Ecole', { 1: null, 2: '2.5', 3: '2023-01-05' }),
];
const names = (list: CaseRow[]) => list.map((r) => r.name);

describe('sorting the case table', () => {
  it('sorts numbers by value, not as text (2,5 < 6 < 8 < 11), empty cells last', () => {
    expect(names(sortCases(rows, attributes, { key: 'a2', direction: 'ascending' }))).toEqual(['Ecole', 'B7-M', 'E03', 'B12-P', 'école']);
    expect(names(sortCases(rows, attributes, { key: 'a2', direction: 'descending' }))).toEqual(['B12-P', 'E03', 'B7-M', 'Ecole', 'école']);
  });

  it('sorts dates by day and ties in table order', () => {
    expect(names(sortCases(rows, attributes, { key: 'a3', direction: 'ascending' }))).toEqual(['E03', 'école', 'Ecole', 'B12-P', 'B7-M']);
  });

  it('sorts names in French order: numbers inside names by value, accents and case second', () => {
    expect(names(sortCases(rows, attributes, { key: 'name', direction: 'ascending' }))).toEqual(['B7-M', 'B12-P', 'E03', 'école', 'Ecole']);
    expect(names(sortCases(rows, attributes, { key: 'links', direction: 'descending' }))).toEqual(['B7-M', 'B12-P', 'E03', 'école', 'Ecole']);
    expect(names(sortCases(rows, attributes, null))).toEqual(['B12-P', 'B7-M', 'E03', 'école', 'Ecole']);
  });
});

describe('filtering the case table', () => {
  it('finds words in names and values, accents and case folded', () => {
    expect(names(filterCases(rows, attributes, { ...noFilters, search: 'ECOLE' }))).toEqual(['école', 'Ecole']);
    expect(names(filterCases(rows, attributes, { ...noFilters, search: 'domicile b12' }))).toEqual(['B12-P']);
    // Values are searched as shown: « 2,5 », « 14/03/2023 ».
    expect(names(filterCases(rows, attributes, { ...noFilters, search: '2,5' }))).toEqual(['Ecole']);
    expect(names(filterCases(rows, attributes, { ...noFilters, search: '14/03' }))).toEqual(['B12-P']);
  });

  it('keeps the chosen categories, empty included when asked', () => {
    const filter = { kind: 'values' as const, values: ['Animation', null] };
    expect(names(filterCases(rows, attributes, { search: '', columns: { a1: filter } }))).toEqual(['école', 'Ecole']);
  });

  it('keeps numbers and dates within a range typed the French way, and ignores an unreadable bound', () => {
    expect(names(filterCases(rows, attributes, { search: '', columns: { a2: { kind: 'range', min: '2,5', max: '8' } } }))).toEqual(['B7-M', 'E03', 'Ecole']);
    expect(names(filterCases(rows, attributes, { search: '', columns: { a3: { kind: 'range', min: '01/01/2023', max: '' } } }))).toEqual(['B12-P', 'école', 'Ecole']);
    expect(filterCases(rows, attributes, { search: '', columns: { a2: { kind: 'range', min: 'beaucoup', max: '' } } })).toHaveLength(5);
    expect(names(filterCases(rows, attributes, { search: '', columns: { name: { kind: 'contains', text: 'b1' } } }))).toEqual(['B12-P']);
  });

  it('lists the distinct values of a column in French order, empty last', () => {
    expect(distinctValues(rows, columnAccess('a1', attributes)!)).toEqual(['Aide à domicile', 'Animation', 'Logement social', 'Missions locales', null]);
    expect(distinctValues(rows, columnAccess('a2', attributes)!)).toEqual(['2.5', '6', '8', '11', null]);
  });
});
