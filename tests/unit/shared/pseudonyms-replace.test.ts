import { describe, expect, it } from 'vitest';
import { inCaseOf, ReplacementMap, Replacer } from '../../../shared/pseudonyms/replace';

const lea = new Replacer([{ original: 'Léa', pseudonym: 'Personne A' }]);

/** The text of `range` (given by its text in `old`, first occurrence) after replacement. */
function carried(replacer: Replacer, old: string, quote: string): string {
  const start = old.indexOf(quote);
  if (start < 0) throw new Error(quote);
  const result = replacer.replace(old);
  const range = new ReplacementMap(result.edits).mapRange({ start, end: start + quote.length });
  return result.text.slice(range.start, range.end);
}

describe('Replacer', () => {
  it('replaces whole words only: « Léa » never inside « Léandre », « Léa-Rose » or « Bléa »', () => {
    expect(lea.replace('Léa et Léandre, Léa-Rose, Bléa, Léa.').text).toBe('Personne A et Léandre, Léa-Rose, Bléa, Personne A.');
    expect(lea.replace('« Léa », (Léa) l’Léa d’Léa').text).toBe('« Personne A », (Personne A) l’Personne A d’Personne A');
  });

  it('matches case-insensitively but accent-sensitively, and writes the case found', () => {
    // LÉA: all capitals → PERSONNE A; léa: all lower → personne a; Lea (no accent) is another word.
    expect(lea.replace('LÉA, léa, Lea, Léa').text).toBe('PERSONNE A, personne a, Lea, Personne A');
    expect(inCaseOf('DUPONT', 'Personne B')).toBe('PERSONNE B');
    expect(inCaseOf('dupont', 'Personne B')).toBe('personne b');
    expect(inCaseOf('Née le 1/2/1990', 'née le [date de naissance 1]')).toBe('Née le [date de naissance 1]');
  });

  it('takes the longest original first and never replaces inside a placed pseudonym (idempotent)', () => {
    const replacer = new Replacer([
      { original: 'Marie', pseudonym: 'Personne A' },
      { original: 'Marie Dupont', pseudonym: 'Personne B' },
      { original: 'Personne', pseudonym: 'Quelqu’un' },
    ]);
    const once = replacer.replace('Marie Dupont a vu Marie. Personne A ne sait pas.').text;
    // « Personne A » already in the text is a pseudonym: « Personne » inside it is not replaced.
    expect(once).toBe('Personne B a vu Personne A. Personne A ne sait pas.');
    expect(replacer.replace(once).text).toBe(once);
    expect(replacer.replace(once).edits).toEqual([]);
  });

  it('returns the exact list of replaced ranges in old offsets', () => {
    const result = lea.replace('Léa, puis LÉA');
    expect(result.edits.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: 0, end: 3, text: 'Personne A' },
      { start: 10, end: 13, text: 'PERSONNE A' },
    ]);
  });

  it('replaces originals holding hyphens and brackets, and not a name inside a hyphenated one', () => {
    const replacer = new Replacer([
      { original: 'B07-M', pseudonym: 'Binôme 1' },
      { original: 'Jean', pseudonym: 'Personne A' },
      { original: 'C.(x)', pseudonym: 'Y' },
    ]);
    expect(replacer.replace('B07-M, B07, Jean-Pierre, Jean, C.(x)').text).toBe('Binôme 1, B07, Jean-Pierre, Personne A, Y');
  });

  it('lets a space in an original match a line break in the text', () => {
    const replacer = new Replacer([{ original: 'Marie Dupont', pseudonym: 'Personne A' }]);
    expect(replacer.replace('Marie\nDupont').text).toBe('Personne A');
  });
});

describe('ReplacementMap', () => {
  const old = 'Avant. Léa a parlé à Bob puis Léa est partie. Après.';
  const replacer = new Replacer([
    { original: 'Léa', pseudonym: 'Personne A' },
    { original: 'Bob', pseudonym: 'B' },
  ]);

  it('keeps the exact text of ranges before, after, around and between replaced names', () => {
    expect(carried(replacer, old, 'Avant.')).toBe('Avant.');
    expect(carried(replacer, old, 'Après.')).toBe('Après.');
    // Around a name: the coded text with the replacement applied.
    expect(carried(replacer, old, 'Léa a parlé à Bob')).toBe('Personne A a parlé à B');
    expect(carried(replacer, old, ' puis ')).toBe(' puis ');
    expect(carried(replacer, old, 'a parlé à Bob puis Léa est')).toBe('a parlé à B puis Personne A est');
  });

  it('snaps a range starting, ending or lying inside a name to the whole pseudonym', () => {
    expect(carried(replacer, old, 'éa a parlé')).toBe('Personne A a parlé');
    expect(carried(replacer, old, 'parlé à Bo')).toBe('parlé à B');
    expect(carried(replacer, old, 'é')).toBe('Personne A');
    expect(carried(replacer, old, 'Bob')).toBe('B');
  });

  it('leaves every range as it is when nothing was replaced', () => {
    const map = new ReplacementMap([]);
    expect(map.changed).toBe(false);
    expect(map.mapRange({ start: 3, end: 9 })).toEqual({ start: 3, end: 9 });
  });
});
