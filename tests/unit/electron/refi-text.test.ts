import { describe, expect, it } from 'vitest';
import { derivedGuid } from '../../../electron/service/exports/refi-guids';
import { codePointOffsets, xmlDateTime, xmlSafe } from '../../../electron/service/exports/refi-text';

describe('REFI-QDA text helpers', () => {
  it('turns UTF-16 offsets into code points: emoji count once, combining accents count as themselves', () => {
    // « e\u0301 » is two code points (e + combining acute); 😀 is one code point, two UTF-16 units.
    const text = 'Le\u0301a 😀 dit 👍🏽 oui';
    const toPoint = codePointOffsets(text);
    const utf16 = text.indexOf('dit');
    expect(utf16).toBe(8);
    expect(toPoint(utf16)).toBe(7);
    const oui = text.indexOf('oui');
    // 👍🏽 is two astral code points (thumb + skin tone): four units, two points.
    expect(toPoint(oui)).toBe(oui - 3);
    expect([...text].slice(toPoint(oui), toPoint(text.length)).join('')).toBe('oui');
    expect(toPoint(text.length)).toBe([...text].length);
    // Inside a pair (never stored by Balise, but safe): the whole emoji counts as before.
    expect(toPoint(text.indexOf('😀') + 1)).toBe(6);
  });

  it('keeps offsets as they are in texts without astral characters', () => {
    const toPoint = codePointOffsets('Hélène a dit « bonjour »');
    expect(toPoint(15)).toBe(15);
  });

  it('drops what XML 1.0 refuses and keeps emoji, tabs and line ends', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne\uFFFF 😀 \uD800x')).toBe('abc\td\ne 😀 x');
  });

  it('writes xs:dateTime in UTC, or nothing for what is not a date', () => {
    expect(xmlDateTime('2026-11-23T10:00:00+01:00')).toBe('2026-11-23T09:00:00.000Z');
    expect(xmlDateTime('hier')).toBeUndefined();
    expect(xmlDateTime(null)).toBeUndefined();
  });

  it('derives the same GUID for the same entity, a different one for another, in the 8-4-4-4-12 form', () => {
    const a = derivedGuid('2026-11-23T10:00:00Z', 'case', 1);
    expect(a).toBe(derivedGuid('2026-11-23T10:00:00Z', 'case', 1));
    expect(a).not.toBe(derivedGuid('2026-11-23T10:00:00Z', 'case', 2));
    expect(a).not.toBe(derivedGuid('2026-11-23T10:00:00Z', 'source', 1));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
