import { describe, expect, it } from 'vitest';
import { estimateOf, offsetsOf, piecesOf, rangeOf } from '../../../renderer/features/extracts/virtual';

const keys = ['a', 'b', 'c', 'd', 'e'];

describe('windowing of the extract cards', () => {
  it('places measured cards at their height and others at the mean of the measured ones', () => {
    const heights = new Map([
      ['a', 100],
      ['c', 300],
    ]);
    expect(estimateOf(heights, 190)).toBe(200);
    expect(estimateOf(new Map(), 190)).toBe(190);
    expect(offsetsOf(keys, heights, 200)).toEqual([0, 100, 300, 600, 800, 1000]);
  });

  it('draws the cards that cross the visible part, and nothing for an empty list', () => {
    const offsets = [0, 100, 300, 600, 800, 1000];
    expect(rangeOf(offsets, 0, 50)).toEqual({ first: 0, last: 0 });
    expect(rangeOf(offsets, 150, 650)).toEqual({ first: 1, last: 3 });
    // Exactly at a card's top: that card, not the one before.
    expect(rangeOf(offsets, 300, 600)).toEqual({ first: 2, last: 2 });
    expect(rangeOf(offsets, -500, 99_999)).toEqual({ first: 0, last: 4 });
    expect(rangeOf([0], 0, 800)).toEqual({ first: 0, last: -1 });
  });

  it('keeps the focused card drawn with gaps of the right height around it', () => {
    const offsets = [0, 100, 300, 600, 800, 1000];
    expect(piecesOf(offsets, { first: 3, last: 4 }, [0])).toEqual([
      { kind: 'item', index: 0 },
      { kind: 'gap', key: 'gap-1', height: 500 },
      { kind: 'item', index: 3 },
      { kind: 'item', index: 4 },
    ]);
    expect(piecesOf(offsets, { first: 1, last: 2 }, [2])).toEqual([
      { kind: 'gap', key: 'gap-0', height: 100 },
      { kind: 'item', index: 1 },
      { kind: 'item', index: 2 },
      { kind: 'gap', key: 'gap-3', height: 400 },
    ]);
    expect(piecesOf([0], { first: 0, last: -1 }, [0])).toEqual([]);
  });
});
