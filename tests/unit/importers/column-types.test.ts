import { describe, expect, it } from 'vitest';
import {
  parseDate,
  parseEnglishNumber,
  parseFrenchNumber,
  tableFromGrid,
  typeColumn,
  type GridRow,
  type RawCell,
} from '../../../electron/importers/column-types';
import { ImportError } from '../../../electron/importers/import-error';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function failure(fn: () => unknown): { problem: string; detail: string } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return { problem: error.problem, detail: error.detail };
    throw error;
  }
  return undefined;
}

const grid = (...rows: RawCell[][]): GridRow[] => rows.map((cells, i) => ({ cells, line: i + 1 }));
const source = { format: 'csv' as const };

describe('numbers', () => {
  it('reads French and English notations', () => {
    expect(parseFrenchNumber('2,6')).toBe(2.6);
    expect(parseFrenchNumber(`1${NBSP}234,5`)).toBe(1234.5);
    expect(parseFrenchNumber(`1${NNBSP}234${NNBSP}567,25`)).toBe(1234567.25);
    expect(parseFrenchNumber('1 234')).toBe(1234);
    expect(parseFrenchNumber('1.234,5')).toBe(1234.5);
    expect(parseFrenchNumber('-3')).toBe(-3);
    expect(parseFrenchNumber('\u22123,5')).toBe(-3.5);
    expect(parseFrenchNumber('12.5')).toBe(12.5);
    expect(parseFrenchNumber('0,5')).toBe(0.5);
    expect(parseFrenchNumber('0')).toBe(0);
    expect(Object.is(parseFrenchNumber('-0'), 0)).toBe(true);
    expect(parseEnglishNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseEnglishNumber('2,6')).toBeNull();
  });

  it('refuses identifiers and malformed groups', () => {
    expect(parseFrenchNumber('01234')).toBeNull();
    expect(parseEnglishNumber('01234')).toBeNull();
    expect(parseFrenchNumber('0612345678')).toBeNull();
    expect(parseFrenchNumber('1234567890123456')).toBeNull();
    expect(parseFrenchNumber('12 34')).toBeNull();
    expect(parseFrenchNumber('1,234,567')).toBeNull();
    expect(parseFrenchNumber('3 ans')).toBeNull();
    expect(parseFrenchNumber('12,')).toBeNull();
    expect(parseFrenchNumber('')).toBeNull();
  });

  it('types a column as number only when every cell agrees', () => {
    expect(typeColumn(['2,6', ' 10 ', '', `1${NBSP}234,5`, '-3', null])).toEqual({
      type: 'number',
      values: [2.6, 10, null, 1234.5, -3, null],
    });
    expect(typeColumn(['2,6', '2.6', '3'])).toEqual({ type: 'number', values: [2.6, 2.6, 3] });
    expect(typeColumn(['75001', '01234', '13002']).type).toBe('text');
    expect(typeColumn(['12', 'n/a', '14']).type).toBe('text');
    expect(typeColumn([4, 5.5, '6,5'])).toEqual({ type: 'number', values: [4, 5.5, 6.5] });
  });

  it('reads "1,234,567" as a number only in a consistently English column', () => {
    expect(typeColumn(['1,234,567']).type).toBe('text');
    expect(typeColumn(['1,234,567', '2,6']).type).toBe('text');
    expect(typeColumn(['1,234,567', '12.5', '3'])).toEqual({ type: 'number', values: [1234567, 12.5, 3] });
    // Without a decimal point, "1,234" is French: 1.234.
    expect(typeColumn(['1,234', '2'])).toEqual({ type: 'number', values: [1.234, 2] });
    expect(typeColumn(['1,234', '12.5'])).toEqual({ type: 'number', values: [1234, 12.5] });
  });
});

describe('dates', () => {
  it('reads French and ISO dates, day first', () => {
    expect(parseDate('14/03/2023')).toBe('2023-03-14');
    expect(parseDate('4/3/2023')).toBe('2023-03-04');
    expect(parseDate('14/03/23')).toBe('2023-03-14');
    expect(parseDate('14/03/45')).toBe('1945-03-14');
    expect(parseDate('14.03.2023')).toBe('2023-03-14');
    expect(parseDate('2023-03-14')).toBe('2023-03-14');
    expect(parseDate('14 mars 2023')).toBe('2023-03-14');
    expect(parseDate('1er août 2023')).toBe('2023-08-01');
    expect(parseDate('mardi 5 Décembre 2023')).toBe('2023-12-05');
    expect(parseDate('5 févr. 2024')).toBe('2024-02-05');
  });

  it('refuses impossible dates, US order, times and unknown months', () => {
    expect(parseDate('31/02/2023')).toBeNull();
    expect(parseDate('12/31/2022')).toBeNull();
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('11/11/2022 14:41')).toBeNull();
    expect(parseDate('14 brumaire 2023')).toBeNull();
    expect(parseDate('14/03-2023')).toBeNull();
  });

  it('types a column as date when every non-empty cell is one', () => {
    expect(typeColumn(['14/03/2023', '', '2023-03-15', '16 mars 2023'])).toEqual({
      type: 'date',
      values: ['2023-03-14', null, '2023-03-15', '2023-03-16'],
    });
    expect(typeColumn(['14/03/2023', 'bientôt']).type).toBe('text');
  });
});

describe('categories', () => {
  it('needs 4 values or more, at most 12 distinct, one repeated', () => {
    expect(typeColumn(['Zone 1', 'Zone 2', 'Zone 1', 'Zone 3']).type).toBe('category');
    expect(typeColumn(['Zone 1', 'Zone 2', 'Zone 1']).type).toBe('text');
    expect(typeColumn(['a', 'b', 'c', 'd', 'e']).type).toBe('text');
    const thirteen = Array.from({ length: 13 }, (_, i) => `Branche ${i}`);
    expect(typeColumn([...thirteen, ...thirteen]).type).toBe('text');
    const twelve = thirteen.slice(0, 12);
    expect(typeColumn([...twelve, ...twelve]).type).toBe('category');
  });

  it('keeps long or multi-line answers as text even when repeated', () => {
    const long = 'Je manque de temps pour accompagner les personnes sur les démarches en ligne.';
    expect(typeColumn([long, long, long, 'Non']).type).toBe('text');
    expect(typeColumn(['a\nb', 'a\nb', 'c', 'c']).type).toBe('text');
  });

  it('leaves repeated numbers as numbers and empty columns as text', () => {
    expect(typeColumn(['1', '2', '1', '2']).type).toBe('number');
    expect(typeColumn(['', null, '  '])).toEqual({ type: 'text', values: [null, null, null] });
  });
});

describe('tableFromGrid', () => {
  it('trims names, pads short rows, skips empty rows and types columns', () => {
    const table = tableFromGrid(grid([' Cas ', 'Âge', 'Zone'], ['A', '31'], [null, '', ''], ['B', '40', 'Zone 1']), source);
    expect(table.columns).toEqual([
      { name: 'Cas', type: 'text' },
      { name: 'Âge', type: 'number' },
      { name: 'Zone', type: 'text' },
    ]);
    expect(table.rows).toEqual([
      ['A', 31, null],
      ['B', 40, 'Zone 1'],
    ]);
  });

  it('drops unnamed columns that are empty everywhere, wherever they are', () => {
    const table = tableFromGrid(grid(['a', '', 'b', '', ''], ['1', '', 'x', '', ''], ['2', null, 'y']), source);
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
  });

  it('refuses tables without a usable header', () => {
    expect(failure(() => tableFromGrid(grid(['', ' '], ['1', '2']), source))).toEqual({ problem: 'NO_HEADER', detail: 'ligne 1 vide' });
    expect(failure(() => tableFromGrid(grid(['12', '2,5', 'x'], ['1', '2', '3']), source))?.problem).toBe('NO_HEADER');
    expect(failure(() => tableFromGrid(grid([2021, 2022, 'Cas']), source))?.problem).toBe('NO_HEADER');
    expect(failure(() => tableFromGrid(grid(['Zone', 'zone2', 'Zone'], ['1', '2', '3']), source))).toEqual({
      problem: 'NO_HEADER',
      detail: 'colonne « Zone » en double',
    });
    expect(failure(() => tableFromGrid(grid(['a', '', 'c'], ['1', '2', '3']), source))).toEqual({
      problem: 'NO_HEADER',
      detail: 'colonne 2 sans nom',
    });
    expect(failure(() => tableFromGrid([], source))?.problem).toBe('EMPTY_FILE');
  });

  it('refuses a row longer than the header, naming its line; trailing empty cells are harmless', () => {
    const rows: GridRow[] = [
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2', '', ''], line: 2 },
      { cells: ['1', '2', '3'], line: 5 },
    ];
    expect(failure(() => tableFromGrid(rows, source))).toEqual({ problem: 'CORRUPT_FILE', detail: 'ligne 5 : 3 valeurs pour 2 colonnes' });
    expect(tableFromGrid(rows.slice(0, 2), source).rows).toEqual([[1, 2]]);
  });
});
