import { describe, expect, it } from 'vitest';
import { contextAround, readingUnits, structureAt, unitIndexAt, unitSpan, type UnitLike } from '../../../shared/retrieval/units';

const unit = (kind: UnitLike['kind'], start: number, end: number, attrs: UnitLike['attrs'] = {}, label: string | null = null): UnitLike => ({ kind, start, end, attrs, label });

describe('reading units', () => {
  it('keeps the innermost paragraphs, turns, answers and cells, in order, once', () => {
    const units = [
      unit('grid', 0, 100, { grid: 'G' }),
      unit('answer', 0, 50, { grid: 'G', prompt: 'P1', column: 'C' }),
      unit('paragraph', 0, 20),
      unit('paragraph', 22, 50),
      unit('answer', 52, 100, { grid: 'G', prompt: 'P2', column: 'C' }),
      unit('turn', 102, 150, { speaker: 'Claire' }),
      unit('paragraph', 102, 150),
      unit('heading', 151, 160),
    ];
    expect(readingUnits(units)).toEqual([
      { start: 0, end: 20 },
      { start: 22, end: 50 },
      { start: 52, end: 100 },
      { start: 102, end: 150 },
    ]);
  });

  it('finds the unit of an offset and the span of a passage; text before the first unit is unit 0', () => {
    const units = [
      { start: 10, end: 20 },
      { start: 22, end: 30 },
      { start: 32, end: 40 },
    ];
    expect(unitIndexAt(units, 0)).toBe(0);
    expect(unitIndexAt(units, 21)).toBe(0);
    expect(unitIndexAt(units, 22)).toBe(1);
    expect(unitIndexAt(units, 99)).toBe(2);
    expect(unitSpan(units, { start: 15, end: 32 })).toEqual({ first: 0, last: 1 });
    expect(unitSpan(units, { start: 15, end: 33 })).toEqual({ first: 0, last: 2 });
  });
});

describe('structure around a passage', () => {
  it('merges the labels of the units containing its start, inner over outer, and the last heading before it', () => {
    const units = [
      unit('heading', 0, 10, { level: 2 }, 'Séquence 1'),
      unit('grid', 12, 200, { grid: 'Prise de note' }),
      unit('block', 12, 200, { grid: 'Prise de note', block: 'Freins' }),
      unit('answer', 12, 100, { grid: 'Prise de note', block: 'Freins', prompt: 'Quels freins ?', column: 'Faits observés' }),
      unit('heading', 300, 310, { level: 2 }, 'Séquence 2'),
      unit('turn', 312, 400, { speaker: 'Claire', time: '00:01:16' }),
    ];
    expect(structureAt(units, 50)).toEqual({ grid: 'Prise de note', block: 'Freins', prompt: 'Quels freins ?', column: 'Faits observés', heading: 'Séquence 1' });
    expect(structureAt(units, 350)).toEqual({ speaker: 'Claire', time: '00:01:16', heading: 'Séquence 2' });
    expect(structureAt([], 5)).toEqual({});
  });
});

describe('context of a passage', () => {
  const text = 'Premier paragraphe.\n\nDeuxième paragraphe, assez long.\n\nTroisième.';
  const units = [
    { start: 0, end: 19 },
    { start: 21, end: 53 },
    { start: 55, end: 65 },
  ];
  it('is the unit before and after, with the rest of the passage’s own unit', () => {
    const start = text.indexOf('paragraphe, assez');
    expect(contextAround(text, units, { start, end: start + 'paragraphe'.length })).toEqual({ before: 'Premier paragraphe.\n\nDeuxième ', after: ', assez long.\n\nTroisième.' });
  });
  it('is empty beyond the edges of the document', () => {
    expect(contextAround(text, units, { start: 0, end: 19 })).toEqual({ before: '', after: 'Deuxième paragraphe, assez long.' });
    expect(contextAround(text, units, { start: 55, end: 65 })).toEqual({ before: 'Deuxième paragraphe, assez long.', after: '' });
    expect(contextAround(text, [], { start: 0, end: 5 })).toEqual({ before: '', after: '' });
  });
});
