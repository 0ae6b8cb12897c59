import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart } from '../../../../shared/coding/ranges';
import { kwicLine } from '../../../../shared/search/kwic';
import { joinPassages, scopePassages, sentenceRanges, type ScopeUnit } from '../../../../shared/search/scope';

const range = (text: string, needle: string, from = 0): [number, number] => {
  const start = text.indexOf(needle, from);
  return [start, start + needle.length];
};

describe('keyword-in-context lines', () => {
  const text = 'Premier paragraphe.\nLa conseillère explique que la demande numérique cache souvent une autre situation familiale.\nFin.';

  it('shows the words around a result within its line, cut at word boundaries', () => {
    const [start, end] = range(text, 'numérique');
    expect(kwicLine(text, start, end, 20)).toEqual({
      before: 'que la demande ',
      match: 'numérique',
      after: ' cache souvent une',
      cutBefore: true,
      cutAfter: true,
    });
  });

  it('stops at line breaks and says when nothing was cut', () => {
    const [start, end] = range(text, 'conseillère');
    const line = kwicLine(text, start, end, 200);
    expect(line.before).toBe('La ');
    expect(line.cutBefore).toBe(false);
    expect(line.after).toBe(' explique que la demande numérique cache souvent une autre situation familiale.');
    expect(line.cutAfter).toBe(false);
  });

  it('shows a result over a line break on one line, and never cuts an emoji in two', () => {
    const [start, end] = range(text, 'familiale.\nFin');
    expect(kwicLine(text, start, end, 10).match).toBe('familiale. Fin');
    const emoji = '😅😅😅😅😅😅😅😅 mot';
    const [s, e] = range(emoji, 'mot');
    const line = kwicLine(emoji, s, e, 5);
    expect(line.before).toBe('😅😅 ');
    expect(line.cutBefore).toBe(true);
  });
});

describe('widening results to a scope', () => {
  const text = 'Bonjour. Je suis conseillère depuis huit ans. Le numérique prend du temps !\n\nQuestion suivante ? Le numérique, encore.';
  const units: ScopeUnit[] = [
    { kind: 'turn', start: 0, end: 75 },
    { kind: 'paragraph', start: 77, end: text.length },
  ];
  const results = (...needles: string[]): number[] => {
    const out: number[] = [];
    let from = 0;
    for (const needle of needles) {
      const [start, end] = range(text, needle, from);
      out.push(start, end);
      from = end;
    }
    return out;
  };
  const texts = (passages: { start: number; end: number }[]) => passages.map((p) => text.slice(p.start, p.end));

  it('codes the result itself for the word scope', () => {
    expect(texts(scopePassages(text, results('numérique', 'numérique'), 'word', []).passages)).toEqual(['numérique', 'numérique']);
  });

  it('takes the sentence, as the coding view finds it', () => {
    const found = scopePassages(text, results('numérique', 'numérique'), 'sentence', []);
    expect(texts(found.passages)).toEqual(['Le numérique prend du temps !', 'Le numérique, encore.']);
    const at = text.indexOf('numérique');
    expect(found.passages[0]).toEqual({ start: sentenceStart(text, at), end: sentenceEnd(text, at) });
  });

  it('makes one passage of two results in one sentence, and joins touching ones', () => {
    const found = scopePassages(text, results('Je', 'conseillère'), 'sentence', []);
    expect(texts(found.passages)).toEqual(['Je suis conseillère depuis huit ans.']);
    expect(joinPassages([{ start: 5, end: 9 }, { start: 0, end: 5 }, { start: 12, end: 14 }])).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 14 },
    ]);
  });

  it('takes the paragraph or the turn, and counts results outside any turn', () => {
    const both = results('numérique', 'numérique');
    expect(texts(scopePassages(text, both, 'paragraph', units).passages)).toEqual([text.slice(0, 75), text.slice(77)]);
    const turn = scopePassages(text, both, 'turn', units);
    expect(texts(turn.passages)).toEqual([text.slice(0, 75)]);
    expect(turn.outside).toBe(1);
  });

  it('falls back to the line for a paragraph scope without units', () => {
    expect(texts(scopePassages(text, results('Question'), 'paragraph', []).passages)).toEqual(['Question suivante ? Le numérique, encore.']);
  });

  it('lists the sentences of a text without their trailing spaces', () => {
    const flat = sentenceRanges('Un. Deux !  Trois');
    expect(flat).toEqual([0, 3, 4, 10, 12, 17]);
  });
});
