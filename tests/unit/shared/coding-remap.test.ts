import { describe, expect, it } from 'vitest';
import { applyTextEdits, computeTextEdits, isClusterBoundary, TextRemapper, type TextEdit } from '../../../shared/coding/remap';

/** Ranges of `oldText` given by their text (first occurrence after `from`). */
function at(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`« ${quote} » not in text`);
  return { start, end: start + quote.length };
}

function remap(oldText: string, newText: string, range: { start: number; end: number }, mode: 'exclusive' | 'inclusive' = 'exclusive') {
  const mapped = TextRemapper.between(oldText, newText).mapRange(range, mode);
  return mapped === null ? null : newText.slice(mapped.start, mapped.end);
}

describe('computeTextEdits', () => {
  it('finds nothing to do for the same text, and one small edit for a fix in a long text', () => {
    expect(computeTextEdits('abc', 'abc')).toEqual([]);
    const long = 'mot '.repeat(60_000);
    const fixed = `${long.slice(0, 120_000)}mots${long.slice(120_003)}`;
    const started = performance.now();
    const edits = computeTextEdits(long, fixed);
    expect(performance.now() - started).toBeLessThan(200);
    expect(applyTextEdits(long, edits)).toBe(fixed);
    expect(edits).toHaveLength(1);
  });

  it('turns texts into each other, insertion, deletion, replacement and many edits', () => {
    const cases: [string, string][] = [
      ['', 'tout neuf'],
      ['tout supprimé', ''],
      ['le chat noir', 'le chat très noir'],
      ['le chat très noir', 'le chat noir'],
      ['le chat noir', 'la chatte noire'],
      ['Bonjour madame, comment allez-vous ?', 'Bonjour Madame : comment allez vous ?'],
    ];
    for (const [a, b] of cases) {
      const edits = computeTextEdits(a, b);
      expect(applyTextEdits(a, edits), `${a} → ${b}`).toBe(b);
      for (let i = 1; i < edits.length; i += 1) expect(edits[i]!.start).toBeGreaterThan(edits[i - 1]!.end);
    }
  });

  it('never splits an emoji or separates a combining accent from its letter', () => {
    // « cafe » → « café » with é written as e + U+0301: the e is replaced, not an accent inserted after it.
    const edits = computeTextEdits('un cafe noir', 'un cafe\u0301 noir');
    expect(edits).toEqual([{ start: 6, end: 7, text: 'e\u0301' }]);
    // Two emoji sharing their high surrogate: 😀 (D83D DE00) → 😁 (D83D DE01).
    const emoji = computeTextEdits('a😀b', 'a😁b');
    expect(emoji).toEqual([{ start: 1, end: 3, text: '😁' }]);
    // A skin tone added to an emoji, a ZWJ family extended: the whole emoji is replaced.
    expect(computeTextEdits('ok 👍 !', 'ok 👍🏽 !')).toEqual([{ start: 3, end: 5, text: '👍🏽' }]);
    expect(applyTextEdits('👨‍👩 x', computeTextEdits('👨‍👩 x', '👨‍👩‍👧 x'))).toBe('👨‍👩‍👧 x');
    for (const edit of computeTextEdits('👨‍👩 x', '👨‍👩‍👧 x')) {
      expect(isClusterBoundary('👨‍👩 x', edit.start)).toBe(true);
      expect(isClusterBoundary('👨‍👩 x', edit.end)).toBe(true);
    }
  });

  it('keeps CRLF pairs whole', () => {
    expect(isClusterBoundary('a\r\nb', 2)).toBe(false);
    const edits = computeTextEdits('ligne\r\nsuite', 'ligne\r\n\r\nsuite');
    expect(applyTextEdits('ligne\r\nsuite', edits)).toBe('ligne\r\n\r\nsuite');
    for (const edit of edits) expect(isClusterBoundary('ligne\r\nsuite', edit.start) && isClusterBoundary('ligne\r\nsuite', edit.end)).toBe(true);
  });

  it('falls back to a word diff when the texts differ in many places, and stays exact', () => {
    const words = Array.from({ length: 4000 }, (_, i) => `mot${i % 97}`);
    const oldText = words.join(' ');
    const newText = words.map((w, i) => (i % 3 === 0 ? `${w}x` : w)).join(' ');
    expect(applyTextEdits(oldText, computeTextEdits(oldText, newText))).toBe(newText);
  });
});

describe('TextRemapper: codings (exclusive boundaries)', () => {
  const text = 'Alors, le numérique, c’est compliqué pour eux.';

  it('extends a range for text inserted strictly inside it', () => {
    const coded = at(text, 'le numérique');
    expect(remap(text, text.replace('le numérique', 'le tout numérique'), coded)).toBe('le tout numérique');
  });

  it('leaves a range as it is (shifted) for text inserted at its start or end', () => {
    const coded = at(text, 'numérique');
    expect(remap(text, text.replace('numérique', 'beau numérique'), coded)).toBe('numérique');
    expect(remap(text, text.replace('numérique,', 'numérique public,'), coded)).toBe('numérique');
    const range = TextRemapper.between(text, `Oui. ${text}`).mapRange(coded, 'exclusive');
    expect(range).toEqual({ start: coded.start + 5, end: coded.end + 5 });
    expect(TextRemapper.between(text, `${text} Fin.`).mapRange(coded, 'exclusive')).toEqual(coded);
  });

  it('places an ambiguous insertion or deletion between words, where it was typed', () => {
    // « fixe » after « téléphone » could be « e fix » inserted before the final « e », inside the coding.
    const oldText = 'beaucoup n’ont qu’un téléphone, parfois partagé';
    const coded = at(oldText, 'qu’un téléphone');
    expect(remap(oldText, 'vraiment beaucoup n’ont qu’un téléphone fixe, parfois partagé', coded)).toBe('qu’un téléphone');
    expect(remap(oldText, oldText.replace('partagé', 'partagé partagé'), at(oldText, 'parfois partagé'))).toBe('parfois partagé');
    const doubled = 'un appel appel manqué';
    expect(remap(doubled, 'un appel manqué', at(doubled, 'un appel'))).toBe('un appel');
  });

  it('shrinks a range for deleted text and removes it when all its text is deleted', () => {
    const coded = at(text, 'c’est compliqué pour eux');
    expect(remap(text, text.replace(' compliqué', ''), coded)).toBe('c’est pour eux');
    expect(remap(text, text.replace('c’est compliqué pour eux', ''), coded)).toBeNull();
    expect(remap(text, text.replace(', c’est compliqué pour eux.', '.'), coded)).toBeNull();
  });

  it('adjusts a range for a replacement inside it, or of exactly its text', () => {
    const coded = at(text, 'le numérique');
    expect(remap(text, text.replace('numérique', 'digital'), coded)).toBe('le digital');
    expect(remap(text, text.replace('le numérique', 'l’informatique'), coded)).toBe('l’informatique');
  });

  it('takes in what replaced text across one of its edges, and loses its deleted part', () => {
    const oldText = 'aaa bbb ccc ddd';
    const coded = at(oldText, 'bbb ccc');
    // The edit replaces « aa bb » (across the start) by « XY ».
    const edits: TextEdit[] = [{ start: 1, end: 6, text: 'XY' }];
    const newText = applyTextEdits(oldText, edits);
    expect(newText).toBe('aXYb ccc ddd');
    const across = new TextRemapper(edits).mapRange(coded, 'exclusive')!;
    expect(newText.slice(across.start, across.end)).toBe('XYb ccc');
    // Across the end: « cc dd » → « Z ».
    const endEdits: TextEdit[] = [{ start: 9, end: 14, text: 'Z' }];
    const endText = applyTextEdits(oldText, endEdits);
    const acrossEnd = new TextRemapper(endEdits).mapRange(coded, 'exclusive')!;
    expect(endText.slice(acrossEnd.start, acrossEnd.end)).toBe('bbb cZ');
  });

  it('keeps overlapping and nested ranges overlapping and nested', () => {
    const oldText = 'un deux trois quatre cinq';
    const outer = at(oldText, 'deux trois quatre');
    const inner = at(oldText, 'trois');
    const overlap = at(oldText, 'quatre cinq');
    const newText = 'un deux trois et demi quatre cinq six';
    const remapper = TextRemapper.between(oldText, newText);
    const [o, i, v] = [outer, inner, overlap].map((r) => remapper.mapRange(r, 'exclusive')!);
    expect(newText.slice(o!.start, o!.end)).toBe('deux trois et demi quatre');
    expect(newText.slice(i!.start, i!.end)).toBe('trois');
    expect(newText.slice(v!.start, v!.end)).toBe('quatre cinq');
    expect(o!.start <= i!.start && i!.end <= o!.end).toBe(true);
    expect(v!.start < o!.end).toBe(true);
  });

  it('handles many edits at once', () => {
    const oldText = 'Q : Vous utilisez internet ?\n\nR : Oui, un peu, pour les mails.\n\nQ : Et la CAF ?\n\nR : Non, c’est ma fille.';
    const newText = 'Q : Vous utilisez Internet ?\n\nR : Oui, un petit peu, pour les courriels.\n\nQ : Et la CAF ?\n\nR : Non, c’est ma fille qui fait.';
    const remapper = TextRemapper.between(oldText, newText);
    const slice = (quote: string) => {
      const r = remapper.mapRange(at(oldText, quote), 'exclusive');
      return r && newText.slice(r.start, r.end);
    };
    expect(slice('Vous utilisez internet ?')).toBe('Vous utilisez Internet ?');
    expect(slice('Oui, un peu, pour les mails.')).toBe('Oui, un petit peu, pour les courriels.');
    expect(slice('Et la CAF ?')).toBe('Et la CAF ?');
    expect(slice('c’est ma fille')).toBe('c’est ma fille');
  });

  it('keeps a coding on an emoji or an accented letter whole', () => {
    const oldText = 'très bien 😀 merci';
    expect(remap(oldText, 'très bien 😁 merci', at(oldText, '😀'))).toBe('😁');
    const decomposed = 'un cafe noir';
    expect(remap(decomposed, 'un cafe\u0301 noir', at(decomposed, 'cafe'))).toBe('cafe\u0301');
    const combining = 'e\u0301te\u0301 chaud';
    expect(remap(combining, 'e\u0300te\u0301 chaud', at(combining, 'e\u0301te\u0301'))).toBe('e\u0300te\u0301');
  });

  it('keeps CRLF line ends with their lines', () => {
    const oldText = 'Première ligne\r\nDeuxième ligne\r\nTroisième';
    const newText = 'Première ligne\r\nDeuxième ligne corrigée\r\nTroisième';
    expect(remap(oldText, newText, at(oldText, 'Deuxième ligne\r\n'))).toBe('Deuxième ligne corrigée\r\n');
    expect(remap(oldText, newText, at(oldText, 'Troisième'))).toBe('Troisième');
    expect(remap(oldText, oldText.replace(/\r\n/g, '\n'), at(oldText, 'Deuxième ligne\r\nTroisième'))).toBe('Deuxième ligne\nTroisième');
  });
});

describe('TextRemapper: structure units (inclusive boundaries, kept empty)', () => {
  const text = 'Bonjour.\n\nJe travaille à la mission locale.';

  it('extends a unit for words added at its end or start', () => {
    const turn = at(text, 'Bonjour.');
    expect(remap(text, text.replace('Bonjour.', 'Bonjour madame.'), turn, 'inclusive')).toBe('Bonjour madame.');
    const answer = at(text, 'Je travaille à la mission locale.');
    expect(remap(text, `${text} Depuis 2019.`, answer, 'inclusive')).toBe('Je travaille à la mission locale. Depuis 2019.');
  });

  it('keeps a unit whose text is deleted as an empty range where it was', () => {
    const turn = at(text, 'Bonjour.');
    const newText = text.replace('Bonjour.', '');
    const mapped = TextRemapper.between(text, newText).mapRange(turn, 'inclusive', true);
    expect(mapped).toEqual({ start: 0, end: 0 });
    const grid = { start: 0, end: text.length };
    expect(TextRemapper.between(text, newText).mapRange(grid, 'inclusive', true)).toEqual({ start: 0, end: newText.length });
  });

  it('moves an empty unit like a point', () => {
    const oldText = 'A\n\n\n\nB';
    const empty = { start: 3, end: 3 };
    expect(TextRemapper.between(oldText, `xx${oldText}`).mapRange(empty, 'inclusive', true)).toEqual({ start: 5, end: 5 });
  });
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = ['le ', 'la ', 'numérique ', 'e\u0301', '😀', '👍🏽', '\n\n', '\r\n', 'a', 'b', ' ', ', ', 'ç', 'é'];

describe('TextRemapper: random edits (properties)', () => {
  it('keeps every range inside the text, in order, nested ranges nested, and untouched text identical', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const rnd = random(seed);
      const pick = () => pieces[Math.floor(rnd() * pieces.length)]!;
      let oldText = '';
      while (oldText.length < 40 + rnd() * 200) oldText += pick();
      // Random new text: a few random splices on character boundaries.
      const chars = Array.from(oldText);
      for (let k = 0, n = 1 + Math.floor(rnd() * 6); k < n; k += 1) {
        const at = Math.floor(rnd() * (chars.length + 1));
        const remove = Math.floor(rnd() * 6);
        const insert = Array.from({ length: Math.floor(rnd() * 4) }, pick);
        chars.splice(at, remove, ...insert);
      }
      const newText = chars.join('');
      const edits = computeTextEdits(oldText, newText);
      expect(applyTextEdits(oldText, edits), `seed ${seed}`).toBe(newText);
      for (const edit of edits) {
        expect(isClusterBoundary(oldText, edit.start) && isClusterBoundary(oldText, edit.end), `seed ${seed}`).toBe(true);
      }

      // Random ranges on character boundaries, as a selection makes them.
      const boundaries = [0];
      for (const ch of oldText) boundaries.push(boundaries[boundaries.length - 1]! + ch.length);
      boundaries.splice(0, boundaries.length, ...boundaries.filter((b) => isClusterBoundary(oldText, b)));
      const ranges = Array.from({ length: 20 }, () => {
        const x = boundaries[Math.floor(rnd() * boundaries.length)]!;
        const y = boundaries[Math.floor(rnd() * boundaries.length)]!;
        return { start: Math.min(x, y), end: Math.max(x, y) };
      }).filter((r) => r.end > r.start);
      ranges.sort((p, q) => p.start - q.start || q.end - p.end);

      const remapper = new TextRemapper(edits);
      for (const mode of ['exclusive', 'inclusive'] as const) {
        const mapped = ranges.map((r) => remapper.mapRange(r, mode));
        const units = ranges.map((r) => remapper.mapRange(r, mode, true)!);
        for (let i = 0; i < ranges.length; i += 1) {
          const r = ranges[i]!;
          const m = mapped[i];
          const u = units[i]!;
          expect(u.start >= 0 && u.start <= u.end && u.end <= newText.length, `seed ${seed}`).toBe(true);
          if (m) {
            expect(m.start >= 0 && m.start < m.end && m.end <= newText.length, `seed ${seed}`).toBe(true);
            expect(isClusterBoundary(newText, m.start) && isClusterBoundary(newText, m.end), `seed ${seed}`).toBe(true);
          }
          // Untouched: no edit inside or across the range (a pure insertion at an edge is allowed in exclusive mode).
          const touched = edits.some((e) => {
            const pureInsertion = e.start === e.end;
            if (pureInsertion && mode === 'exclusive') return e.start > r.start && e.start < r.end;
            if (pureInsertion) return e.start >= r.start && e.start <= r.end;
            return e.start < r.end && e.end > r.start;
          });
          if (!touched) expect(m && newText.slice(m.start, m.end), `seed ${seed}`).toBe(oldText.slice(r.start, r.end));
          // Order kept.
          if (i > 0) expect(units[i - 1]!.start <= u.start, `seed ${seed}`).toBe(true);
          // Nested ranges stay nested.
          for (let j = 0; j < i; j += 1) {
            const outer = ranges[j]!;
            if (outer.start <= r.start && r.end <= outer.end) {
              const mo = units[j]!;
              expect(mo.start <= u.start && u.end <= mo.end, `seed ${seed} nested`).toBe(true);
            }
          }
        }
      }
    }
  });
});
