import { describe, expect, it } from 'vitest';
import { formatValue, numberOf, parseValue, retypeValue } from '../../../../shared/cases/values';

describe('typed values of the case table', () => {
  it('reads numbers as French researchers type them and stores them with a decimal point', () => {
    expect(parseValue('number', '2,5')).toEqual({ ok: true, value: '2.5' });
    expect(parseValue('number', ' 1 234,5 ')).toEqual({ ok: true, value: '1234.5' });
    expect(parseValue('number', '1\u202f234,5')).toEqual({ ok: true, value: '1234.5' });
    expect(parseValue('number', '12.5')).toEqual({ ok: true, value: '12.5' });
    expect(parseValue('number', '1,234.5')).toEqual({ ok: true, value: '1234.5' });
    expect(parseValue('number', '-3')).toEqual({ ok: true, value: '-3' });
    expect(parseValue('number', '007')).toEqual({ ok: true, value: '7' });
    expect(parseValue('number', '0,5')).toEqual({ ok: true, value: '0.5' });
  });

  it('refuses what is not a number, and reads an empty cell as no value', () => {
    expect(parseValue('number', 'six ans')).toEqual({ ok: false, problem: 'number' });
    expect(parseValue('number', '2,5,3')).toEqual({ ok: false, problem: 'number' });
    expect(parseValue('number', '12 34')).toEqual({ ok: false, problem: 'number' });
    expect(parseValue('number', '   ')).toEqual({ ok: true, value: null });
  });

  it('reads dates day first or ISO and stores them ISO', () => {
    expect(parseValue('date', '23/11/2026')).toEqual({ ok: true, value: '2026-11-23' });
    expect(parseValue('date', '2026-11-23')).toEqual({ ok: true, value: '2026-11-23' });
    expect(parseValue('date', '1er mars 2023')).toEqual({ ok: true, value: '2023-03-01' });
    expect(parseValue('date', '31/02/2026')).toEqual({ ok: false, problem: 'date' });
    expect(parseValue('date', '11/23/2026')).toEqual({ ok: false, problem: 'date' });
    expect(parseValue('date', 'demain')).toEqual({ ok: false, problem: 'date' });
  });

  it('keeps text and categories as typed, trimmed', () => {
    expect(parseValue('category', '  Zone 5 ')).toEqual({ ok: true, value: 'Zone 5' });
    expect(parseValue('text', 'Mission locale, quartier de la Rabière')).toEqual({ ok: true, value: 'Mission locale, quartier de la Rabière' });
  });

  it('shows numbers and dates the French way, and unexpected stored text as it is', () => {
    expect(formatValue('number', '2.5')).toBe('2,5');
    expect(formatValue('number', '12000')).toBe('12\u202f000');
    expect(formatValue('number', '2023')).toBe('2023');
    expect(formatValue('date', '2026-11-23')).toBe('23/11/2026');
    expect(formatValue('number', 'n.c.')).toBe('n.c.');
    expect(formatValue('text', null)).toBe('');
    // What is shown reads back as the same value.
    expect(parseValue('number', formatValue('number', '12000.75'))).toEqual({ ok: true, value: '12000.75' });
    expect(numberOf('1e-7')).toBe(1e-7);
    expect(numberOf('abc')).toBeNull();
  });

  it('retypes a stored value: read again towards numbers and dates, as shown towards text', () => {
    expect(retypeValue('text', 'number', '2,5')).toEqual({ ok: true, value: '2.5' });
    expect(retypeValue('text', 'date', '23/11/2026')).toEqual({ ok: true, value: '2026-11-23' });
    expect(retypeValue('number', 'text', '2.5')).toEqual({ ok: true, value: '2,5' });
    expect(retypeValue('date', 'category', '2026-11-23')).toEqual({ ok: true, value: '23/11/2026' });
    expect(retypeValue('category', 'number', 'Zone 5')).toEqual({ ok: false, problem: 'number' });
    expect(retypeValue('number', 'number', '2.5')).toEqual({ ok: true, value: '2.5' });
    expect(retypeValue('number', 'date', null)).toEqual({ ok: true, value: null });
  });
});
