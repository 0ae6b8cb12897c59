import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  codingsAt,
  codingsPerRange,
  sentenceEnd,
  sentenceStart,
  snapToWords,
} from '../../../shared/coding/ranges';

const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('snapping a selection to words', () => {
  const text = "Aujourd'hui, la médiatrice accompagne Mme L. dans ses démarches.";
  it('widens a start and an end that fall inside words', () => {
    const start = text.indexOf('iatrice');
    const end = text.indexOf('ompagne');
    expect(slice(text, snapToWords(text, start, end))).toBe('médiatrice accompagne');
  });
  it("keeps « aujourd'hui » whole and drops edge spaces and commas stay as selected", () => {
    expect(slice(text, snapToWords(text, 3, 5))).toBe("Aujourd'hui");
    const start = text.indexOf(' la ');
    expect(slice(text, snapToWords(text, start, start + 4))).toBe('la');
  });
  it('accepts a reversed selection and refuses one of spaces only', () => {
    expect(slice(text, snapToWords(text, 20, 16))).toBe('médiatrice');
    expect(snapToWords('a    b', 1, 4)).toBeNull();
  });
  it('never splits an emoji or a letter from its combining accent', () => {
    const emoji = 'Très content 👍🏽 vraiment';
    const inside = emoji.indexOf('👍') + 1; // between the two UTF-16 units of the emoji
    const snapped = snapToWords(emoji, inside, inside + 1)!;
    expect(slice(emoji, snapped)).toBe('👍🏽');
    const combining = 'une e\u0301tude pre\u0301cise';
    const r = snapToWords(combining, combining.indexOf('\u0301'), combining.indexOf('\u0301') + 1)!;
    expect(slice(combining, r)).toBe('e\u0301tude');
  });
});

describe('moving by sentence', () => {
  const text = 'Elle a peur. Le numérique inquiète ! Puis on avance.';
  it('finds sentence ends and starts', () => {
    expect(text.slice(0, sentenceEnd(text, 0))).toBe('Elle a peur.');
    expect(text.slice(13, sentenceEnd(text, 13))).toBe('Le numérique inquiète !');
    expect(sentenceStart(text, text.indexOf('numérique'))).toBe(13);
    expect(sentenceStart(text, 13)).toBe(0);
  });
});

describe('lanes of the coding stripes', () => {
  it('puts nested and overlapping codings side by side, reusing freed lanes', () => {
    const { lane, lanes } = assignLanes([
      { id: 1, start: 0, end: 100 }, // encloses 2 and 3
      { id: 2, start: 10, end: 20 },
      { id: 3, start: 15, end: 30 }, // overlaps 2
      { id: 4, start: 40, end: 50 }, // lane of 2 is free again
      { id: 5, start: 100, end: 120 }, // touches 1: may reuse its lane
    ]);
    expect(lanes).toBe(3);
    expect([1, 2, 3, 4, 5].map((id) => lane.get(id))).toEqual([0, 1, 2, 1, 0]);
  });
  it('gives any depth of nesting its own lane', () => {
    const nested = Array.from({ length: 6 }, (_, i) => ({ id: i + 1, start: i, end: 100 - i }));
    expect(assignLanes(nested).lanes).toBe(6);
  });
});

describe('codings at the caret and per block', () => {
  const codings = [
    { id: 1, start: 0, end: 10 },
    { id: 2, start: 5, end: 25 },
    { id: 3, start: 30, end: 40 },
  ];
  it('lists what covers an offset (end excluded)', () => {
    expect(codingsAt(codings, 7).map((c) => c.id)).toEqual([1, 2]);
    expect(codingsAt(codings, 10).map((c) => c.id)).toEqual([2]);
    expect(codingsAt(codings, 27)).toEqual([]);
  });
  it('gives each block the codings that overlap it, including long ones begun earlier', () => {
    const blocks = [
      { start: 0, end: 4 },
      { start: 12, end: 20 },
      { start: 26, end: 29 },
      { start: 35, end: 50 },
    ];
    expect(codingsPerRange(blocks, codings).map((list) => list.map((c) => c.id))).toEqual([[1], [2], [], [3]]);
  });
});
