import { describe, expect, it } from 'vitest';
import { appendMemo } from '../../../shared/codebook/memo-append';
import { nextPaletteColor, codePalette } from '../../../shared/domain/codebook';

const rich = (...texts: string[]) =>
  JSON.stringify({ root: { type: 'root', children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) } });

describe('appending a memo to another (code merge)', () => {
  it('joins plain texts with a blank line, skipping an empty side', () => {
    expect(appendMemo({ body: 'A', text: 'A' }, { body: 'B', text: 'B' })).toEqual({ body: 'A\n\nB', text: 'A\n\nB' });
    expect(appendMemo({ body: '', text: '' }, { body: 'B', text: 'B' })).toEqual({ body: 'B', text: 'B' });
  });

  it('keeps a rich body rich: paragraphs of both, or the plain lines as paragraphs', () => {
    const joined = appendMemo({ body: rich('Un'), text: 'Un' }, { body: rich('Deux'), text: 'Deux' });
    const texts = (body: string) => (JSON.parse(body) as { root: { children: { children: { text: string }[] }[] } }).root.children.map((p) => p.children.map((c) => c.text).join(''));
    expect(texts(joined.body)).toEqual(['Un', '', 'Deux']);
    expect(joined.text).toBe('Un\n\nDeux');
    expect(texts(appendMemo({ body: rich('Un'), text: 'Un' }, { body: 'x\ny', text: 'x\ny' }).body)).toEqual(['Un', '', 'x', 'y']);
    // A rich addition to a plain memo joins as plain text.
    expect(appendMemo({ body: 'Un', text: 'Un' }, { body: rich('Deux'), text: 'Deux' }).body).toBe('Un\n\nDeux');
  });
});

describe('code palette', () => {
  it('offers twelve distinct colours and picks the first one not used', () => {
    expect(new Set(codePalette).size).toBe(12);
    expect(nextPaletteColor([])).toBe(codePalette[0]);
    expect(nextPaletteColor([codePalette[0].toUpperCase(), codePalette[1]])).toBe(codePalette[2]);
    expect(nextPaletteColor([...codePalette])).toBe(codePalette[0]);
  });
});
