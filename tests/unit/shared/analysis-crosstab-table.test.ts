import { describe, expect, it } from 'vitest';
import {
  cellSelection,
  cellValue,
  columnLabel,
  csvRows,
  formatValue,
  isKnownColumn,
  largestValue,
  sheetRows,
  totalCases,
  totalValue,
} from '../../../shared/analysis/crosstab-table';
import type { Crosstab } from '../../../shared/domain/analysis';

/**
 * Freins × Branche × Rôle with three columns: Missions locales × Professionnel (2 cases),
 * Aide à domicile × Médiateur (1 case), a case with neither value (1 case), and a column without
 * any case left by the filters.
 */
const table: Crosstab = {
  attributes: [
    { id: 2, name: 'Branche' },
    { id: 1, name: 'Rôle' },
  ],
  columns: [
    { values: ['Missions locales', 'Professionnel'], cases: 2 },
    { values: ['Aide à domicile', 'Médiateur'], cases: 1 },
    { values: [null, null], cases: 1 },
    { values: ['Régies de quartier', 'Binôme'], cases: 0 },
  ],
  rows: [
    {
      codeId: 10,
      path: 'Freins/Liés aux publics',
      color: '#e74c3c',
      cells: [
        { passages: 3, documents: 2, cases: 1 },
        { passages: 1, documents: 1, cases: 1 },
        { passages: 0, documents: 0, cases: 0 },
        { passages: 0, documents: 0, cases: 0 },
      ],
      total: { passages: 4, documents: 3, cases: 2 },
    },
    {
      codeId: 11,
      path: 'Freins/Processus internes',
      color: '#f39c12',
      cells: [
        { passages: 2, documents: 2, cases: 2 },
        { passages: 0, documents: 0, cases: 0 },
        { passages: 5, documents: 1, cases: 1 },
        { passages: 0, documents: 0, cases: 0 },
      ],
      total: { passages: 7, documents: 3, cases: 3 },
    },
  ],
};
const [publics, processus] = table.rows as [Crosstab['rows'][number], Crosstab['rows'][number]];

describe('code × attribute cells', () => {
  it('read passages, documents and cases as they are', () => {
    expect(cellValue(table, publics, 0, 'passages')).toBe(3);
    expect(cellValue(table, publics, 0, 'documents')).toBe(2);
    expect(cellValue(table, publics, 0, 'cases')).toBe(1);
    expect(cellValue(table, processus, 2, 'passages')).toBe(5);
  });

  it('give the share of the column’s cases that have the code, 0 for a column without cases', () => {
    expect(cellValue(table, publics, 0, 'casePercent')).toBe(0.5); // 1 of 2
    expect(cellValue(table, publics, 1, 'casePercent')).toBe(1); // 1 of 1
    expect(cellValue(table, processus, 0, 'casePercent')).toBe(1); // 2 of 2
    expect(cellValue(table, processus, 3, 'casePercent')).toBe(0); // no case at all
  });

  it('total over all columns: the row’s own total, the percent over every case (2 + 1 + 1 + 0 = 4)', () => {
    expect(totalCases(table)).toBe(4);
    expect(totalValue(table, publics, 'passages')).toBe(4);
    expect(totalValue(table, publics, 'casePercent')).toBe(0.5); // 2 of 4
    expect(totalValue(table, processus, 'casePercent')).toBe(0.75); // 3 of 4
  });

  it('find the largest cell, totals left out', () => {
    expect(largestValue(table, 'passages')).toBe(5);
    expect(largestValue(table, 'cases')).toBe(2);
    expect(largestValue(table, 'casePercent')).toBe(1);
  });

  it('format counts and percents in French and English', () => {
    expect(formatValue(1234, 'passages', 'fr')).toBe('1\u202f234');
    expect(formatValue(1 / 3, 'casePercent', 'fr')).toBe('33,3\u00a0%');
    expect(formatValue(0.5, 'casePercent', 'en')).toBe('50%');
  });
});

describe('code × attribute columns', () => {
  it('join the values of a combination and name a missing value', () => {
    expect(columnLabel(table.columns[0]!, 'fr')).toBe('Missions locales × Professionnel');
    expect(columnLabel(table.columns[2]!, 'fr')).toBe('(non renseigné) × (non renseigné)');
    expect(columnLabel({ values: ['Zone 5', null], cases: 1 }, 'en')).toBe('Zone 5 × (not given)');
  });

  it('open extracts only for columns where every value is given', () => {
    expect(isKnownColumn(table.columns[0]!)).toBe(true);
    expect(isKnownColumn(table.columns[2]!)).toBe(false);
    expect(isKnownColumn({ values: ['Zone 5', null], cases: 1 })).toBe(false);
  });
});

describe('the extracts behind a cell', () => {
  it('ask for the row’s code under the filters plus one condition per attribute of the column', () => {
    const filters = { documentIds: [4], attributes: [{ attributeId: 3, values: ['Zone 5', 'Zone 2'] }] };
    expect(cellSelection(table, 10, table.columns[0]!, { withChildren: true }, filters)).toEqual({
      query: { op: 'code', codeId: 10, withChildren: true },
      filters: {
        documentIds: [4],
        attributes: [
          { attributeId: 3, values: ['Zone 5', 'Zone 2'] },
          { attributeId: 2, values: ['Missions locales'] },
          { attributeId: 1, values: ['Professionnel'] },
        ],
      },
    });
    expect(filters.attributes).toHaveLength(1);
  });

  it('are not asked for a column « non renseigné »', () => {
    expect(cellSelection(table, 10, table.columns[2]!, { withChildren: false }, {})).toBeNull();
  });
});

describe('the exported table', () => {
  it('has a header with each column’s cases, then one row per code with numbers', () => {
    expect(sheetRows(table, 'casePercent', 'fr')).toEqual([
      [
        'Code',
        'Missions locales × Professionnel (n = 2)',
        'Aide à domicile × Médiateur (n = 1)',
        '(non renseigné) × (non renseigné) (n = 1)',
        'Régies de quartier × Binôme (n = 0)',
        'Total',
      ],
      ['Freins/Liés aux publics', 0.5, 1, 0, 0, 0.5],
      ['Freins/Processus internes', 1, 0, 1, 0, 0.75],
    ]);
  });

  it('writes CSV numbers as a French spreadsheet reads them, percents in points', () => {
    const threeCases: Crosstab = { ...table, columns: [{ values: ['Zone 5'], cases: 3 }], rows: [{ ...publics, cells: [{ passages: 1234, documents: 1, cases: 1 }], total: { passages: 1234, documents: 1, cases: 1 } }] };
    expect(csvRows(threeCases, 'casePercent', 'fr')).toEqual([
      ['Code', 'Zone 5 (n = 3)', 'Total'],
      ['Freins/Liés aux publics', '33,3', '33,3'],
    ]);
    expect(csvRows(threeCases, 'passages', 'fr')[1]).toEqual(['Freins/Liés aux publics', '1234', '1234']);
    expect(csvRows(threeCases, 'casePercent', 'en')[1]).toEqual(['Freins/Liés aux publics', '33.3', '33.3']);
  });
});
