import { describe, expect, it } from 'vitest';
import { coverage, findDisagreements, fingerprintOf, type CoderCoding } from '../../../shared/disagreements/passages';

let nextId = 1;
const c = (codeId: number, start: number, end: number): CoderCoding => ({ id: nextId++, codeId, start, end });
const summary = (a: CoderCoding[], b: CoderCoding[], units?: { start: number; end: number }[]) =>
  findDisagreements(a, b, units).map((p) => ({ start: p.start, end: p.end, kinds: p.kinds, context: p.context, items: p.items.map((i) => `${i.side}:${i.codeId}`) }));

describe('passages where two coders differ', () => {
  it('lists nothing when both coded the same spans with the same codes', () => {
    expect(findDisagreements([c(1, 5, 9), c(2, 20, 30)], [c(2, 20, 30), c(1, 5, 9)])).toEqual([]);
  });

  it('reads two touching codings of one code as the same characters as one coding over both', () => {
    // A: [0,5) + [5,10) covers 0..9; B: [0,10) covers 0..9: an agreement.
    expect(coverage([{ start: 5, end: 10 }, { start: 0, end: 5 }])).toEqual([{ start: 0, end: 10 }]);
    expect(findDisagreements([c(1, 0, 5), c(1, 5, 10)], [c(1, 0, 10)])).toEqual([]);
  });

  it('says « codé par A seulement » when B coded nothing there, and the reverse', () => {
    expect(summary([c(1, 0, 10)], [])).toEqual([{ start: 0, end: 10, kinds: ['onlyA'], context: { start: 0, end: 10 }, items: ['onlyA:1'] }]);
    expect(summary([], [c(3, 4, 8)])).toEqual([{ start: 4, end: 8, kinds: ['onlyB'], context: { start: 4, end: 8 }, items: ['onlyB:3'] }]);
  });

  it('says « codes différents » when they applied different codes to the same span', () => {
    // c1 is A's only (B has c2 over it): codes; c2 is B's only (A has c1 over it): codes. One passage.
    expect(summary([c(1, 0, 10)], [c(2, 0, 10)])).toEqual([{ start: 0, end: 10, kinds: ['codes'], context: { start: 0, end: 10 }, items: ['onlyA:1', 'onlyB:2'] }]);
  });

  it('says « limites différentes » when the same code covers overlapping but different characters', () => {
    // A 1:[0,10), B 1:[2,12): one group of code 1, coverages differ: boundaries over [0,12).
    expect(summary([c(1, 0, 10)], [c(1, 2, 12)])).toEqual([{ start: 0, end: 12, kinds: ['boundaries'], context: { start: 0, end: 12 }, items: ['boundaries:1'] }]);
  });

  it('handles nested ranges: a wider coding of the same code is a boundary, a nested extra code differs by code', () => {
    // Same code, B's range inside A's: boundaries over A's range.
    expect(summary([c(1, 0, 20)], [c(1, 5, 10)])).toEqual([{ start: 0, end: 20, kinds: ['boundaries'], context: { start: 0, end: 20 }, items: ['boundaries:1'] }]);
    // Both coded 1 over [0,20) (agreement); A also coded 2 over [5,10) where B has code 1: codes.
    expect(summary([c(1, 0, 20), c(2, 5, 10)], [c(1, 0, 20)])).toEqual([{ start: 5, end: 10, kinds: ['codes'], context: { start: 5, end: 10 }, items: ['onlyA:2'] }]);
  });

  it('keeps adjacent ranges apart (exclusive ends do not overlap) unless they share a structural unit', () => {
    // A 1:[0,5), B 1:[5,10): no overlap, so two one-sided items, each where the other coded nothing.
    expect(summary([c(1, 0, 5)], [c(1, 5, 10)])).toEqual([
      { start: 0, end: 5, kinds: ['onlyA'], context: { start: 0, end: 5 }, items: ['onlyA:1'] },
      { start: 5, end: 10, kinds: ['onlyB'], context: { start: 5, end: 10 }, items: ['onlyB:1'] },
    ]);
    // Both in the paragraph [0,12) (inside the section [0,40)): one readable passage, context the paragraph.
    expect(summary([c(1, 0, 5)], [c(1, 5, 10)], [{ start: 0, end: 40 }, { start: 0, end: 12 }, { start: 12, end: 40 }])).toEqual([
      { start: 0, end: 10, kinds: ['onlyA', 'onlyB'], context: { start: 0, end: 12 }, items: ['onlyA:1', 'onlyB:1'] },
    ]);
  });

  it('gathers three codes on one passage into one passage', () => {
    // A: 1 and 2 over [0,10); B: 1 and 3 over [0,10). Code 1 agrees; 2 is A's only, 3 B's only,
    // each where the other coded something else: one passage of kind « codes », two items.
    expect(summary([c(1, 0, 10), c(2, 0, 10)], [c(1, 0, 10), c(3, 0, 10)])).toEqual([
      { start: 0, end: 10, kinds: ['codes'], context: { start: 0, end: 10 }, items: ['onlyA:2', 'onlyB:3'] },
    ]);
    // Three codes each, all the same: nothing.
    expect(findDisagreements([c(1, 0, 10), c(2, 0, 10), c(3, 0, 10)], [c(3, 0, 10), c(2, 0, 10), c(1, 0, 10)])).toEqual([]);
  });

  it('joins overlapping differences of several codes and orders passages by text', () => {
    // Passage 1: A 1:[30,40) vs B 1:[32,40) (boundaries) overlapping A 2:[35,50) alone (B has 1 over [35,40)): codes.
    // Passage 2, earlier in the text: B 4:[0,3) alone.
    const a = [c(1, 30, 40), c(2, 35, 50)];
    const b = [c(1, 32, 40), c(4, 0, 3)];
    expect(summary(a, b)).toEqual([
      { start: 0, end: 3, kinds: ['onlyB'], context: { start: 0, end: 3 }, items: ['onlyB:4'] },
      { start: 30, end: 50, kinds: ['codes', 'boundaries'], context: { start: 30, end: 50 }, items: ['boundaries:1', 'onlyA:2'] },
    ]);
  });

  it('gives the same fingerprint whichever coder is A', () => {
    const a = [c(1, 0, 10)];
    const b = [c(1, 2, 12)];
    const one = findDisagreements(a, b)[0]!;
    const other = findDisagreements(b, a)[0]!;
    expect(fingerprintOf(one, 7, 9)).toBe('7:1:0-10;9:1:2-12');
    expect(fingerprintOf(other, 9, 7)).toBe(fingerprintOf(one, 7, 9));
  });
});
