import { describe, expect, it } from 'vitest';
import { foldedWords, foldText, foldWithMap, forEachWord, originalRange, wordEndAt } from '../../../../shared/search/fold';

/** The original text of each word forEachWord finds, with its folded form. */
function words(text: string): [string, string][] {
  const out: [string, string][] = [];
  forEachWord(text, (term, start, end) => out.push([term, text.slice(start, end)]));
  return out;
}

describe('folding for the search', () => {
  it('removes accents and case, expands œ and æ, and makes ’ an apostrophe', () => {
    expect(foldText('Région ÉCOLE Ça')).toBe('region ecole ca');
    expect(foldText('cœur Œuvre Lætitia Æ')).toBe('coeur oeuvre laetitia ae');
    expect(foldText('aujourd’hui l‘eau')).toBe("aujourd'hui l'eau");
  });

  it('maps each folded character back to its original range', () => {
    const text = 'Le cœur';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('le coeur');
    const at = folded.text.indexOf('coeur');
    expect(originalRange(folded, at, at + 5)).toEqual({ start: 3, end: 7 });
    // « oe » both come from œ: a range ending inside it takes the whole ligature.
    expect(originalRange(folded, at, at + 2)).toEqual({ start: 3, end: 5 });
  });

  it('keeps combining accents (decomposed text) with their letter', () => {
    const text = 'la re\u0301gion';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('la region');
    const at = folded.text.indexOf('region');
    const range = originalRange(folded, at, at + 6);
    expect(text.slice(range.start, range.end)).toBe('re\u0301gion');
    // A range ending on the « e » ends after its accent.
    const first = originalRange(folded, at, at + 2);
    expect(text.slice(first.start, first.end)).toBe('re\u0301');
  });

  it('keeps emoji and other astral characters whole, offsets right after them', () => {
    const text = '👩‍💻 Région 😅 : écran';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('👩‍💻 region 😅 : ecran');
    expect(folded.text.length).toBe(text.length);
    const at = folded.text.indexOf('ecran');
    const range = originalRange(folded, at, at + 5);
    expect(text.slice(range.start, range.end)).toBe('écran');
  });

  it('splits words like the full-text index: apostrophes, hyphens, punctuation and emoji separate', () => {
    expect(words('L’écoute, aujourd\'hui ; peut-être 😅ok B07')).toEqual([
      ['l', 'L'],
      ['ecoute', 'écoute'],
      ['aujourd', 'aujourd'],
      ['hui', 'hui'],
      ['peut', 'peut'],
      ['etre', 'être'],
      ['ok', 'ok'],
      ['b07', 'B07'],
    ]);
  });

  it('gives original offsets around ligatures, combining marks and surrogate pairs', () => {
    const text = '😅 Cœur e\u0301te\u0301 𝐀bc fin';
    const found = words(text);
    expect(found).toEqual([
      ['coeur', 'Cœur'],
      ['ete', 'e\u0301te\u0301'],
      ['𝐀bc', '𝐀bc'],
      ['fin', 'fin'],
    ]);
  });

  it('finds a word\'s end again from its start, as the word reader cut it', () => {
    const text = '😅 Cœur e\u0301te\u0301 𝐀bc, l’écoute\u0301 👩‍💻fin B07';
    const ends: [number, number][] = [];
    forEachWord(text, (_term, start, end) => ends.push([end, wordEndAt(text, start)]));
    expect(ends.length).toBe(7);
    for (const [end, found] of ends) expect(found).toBe(end);
  });

  it('folds a query word into the same words as the text', () => {
    expect(foldedWords('Numérique')).toEqual(['numerique']);
    expect(foldedWords('c’est-à-dire')).toEqual(['c', 'est', 'a', 'dire']);
    expect(foldedWords('!!')).toEqual([]);
  });
});
