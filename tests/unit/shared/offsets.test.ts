import { describe, expect, it } from 'vitest';
import { codePointToUtf16, isOnCharacterBoundary, isValidRange, utf16ToCodePoint } from '../../../shared/offsets';

// "Léa 👩🏽‍💻 a dit « ça »": é precomposed (1 unit), the emoji sequence has 3 astral code points
// (2 units each) and a ZWJ (1 unit).
const text = 'Léa 👩🏽‍💻 a dit « ça »';

describe('offsets (UTF-16 units stored, code points at REFI-QDA boundaries)', () => {
  it('converts code points to UTF-16 units and back around astral characters', () => {
    const points = Array.from(text);
    for (let cp = 0; cp <= points.length; cp += 1) {
      const unit = codePointToUtf16(text, cp);
      expect(unit).toBe(points.slice(0, cp).join('').length);
      expect(utf16ToCodePoint(text, unit)).toBe(cp);
    }
  });

  it('slices the same passage whichever unit counted it', () => {
    const cpStart = Array.from(text).indexOf('a', 4);
    const cpEnd = cpStart + 'a dit'.length;
    const start = codePointToUtf16(text, cpStart);
    const end = codePointToUtf16(text, cpEnd);
    expect(text.slice(start, end)).toBe('a dit');
    expect(Array.from(text).slice(cpStart, cpEnd).join('')).toBe('a dit');
  });

  it('clamps past the end and at zero', () => {
    expect(codePointToUtf16(text, 10_000)).toBe(text.length);
    expect(codePointToUtf16(text, -3)).toBe(0);
    expect(utf16ToCodePoint(text, 10_000)).toBe(Array.from(text).length);
  });

  it('refuses ranges that split a surrogate pair, are empty or leave the text', () => {
    const emoji = text.indexOf('👩');
    expect(isOnCharacterBoundary(text, emoji + 1)).toBe(false);
    expect(isValidRange(text, { start: emoji + 1, end: emoji + 4 })).toBe(false);
    expect(isValidRange(text, { start: 0, end: 3 })).toBe(true);
    expect(isValidRange(text, { start: 3, end: 3 })).toBe(false);
    expect(isValidRange(text, { start: 0, end: text.length + 1 })).toBe(false);
    expect(isValidRange(text, { start: 0.5, end: 2 })).toBe(false);
  });

  it('keeps decomposed accents as two units (text is NFC-normalised at import, not here)', () => {
    const decomposed = 'e\u0301';
    expect(utf16ToCodePoint(decomposed, 2)).toBe(2);
    expect(decomposed.normalize('NFC')).toHaveLength(1);
  });
});
