import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDeclared, decodeText, normaliseText } from '../../../electron/importers/encoding';
import { ImportError } from '../../../electron/importers/import-error';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));

/** A French sentence with an emoji (a surrogate pair in UTF-16) and a decomposed accent (e + U+0301). */
const SAMPLE = 'Le cafe\u0301 numérique « démarches » 😊\r\nDeuxième ligne\rtroisième';
const EXPECTED = 'Le café numérique « démarches » 😊\nDeuxième ligne\ntroisième';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i += 1) view.setUint16(i * 2, units.charCodeAt(i), endian === 'le');
  return bytes;
}

function problem(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('decodeText', () => {
  it('reads the Windows-1252 CRLF interview: accents, apostrophes, guillemets, no CR', () => {
    const { text, encoding } = decodeText(fixture('entretien-animatrice-periscolaire.txt'));
    expect(encoding).toBe('windows-1252');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\uFFFD');
    expect(text.startsWith('Entretien avec une animatrice périscolaire (branche animation, zone 1)\n\nQ : Comment')).toBe(true);
    expect(text).toContain('R : Moyennement. On a eu une formation d');
    expect(text).toContain('Et vous, êtes-vous à l');
    expect(text).toContain('quand ça bloque');
  });

  it('maps the Windows-1252 punctuation block: ’ € œ « »', () => {
    const bytes = new Uint8Array([0x6c, 0x92, 0x80, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0xab, 0xa0, 0x6f, 0x6b, 0xa0, 0xbb]);
    expect(decodeText(bytes)).toEqual({ text: 'l’€ œuvre «\u00a0ok\u00a0»', encoding: 'windows-1252' });
  });

  it('recognises UTF-8 with and without BOM and drops the BOM', () => {
    const body = new TextEncoder().encode(SAMPLE);
    expect(decodeText(body)).toEqual({ text: EXPECTED, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeText(withBom)).toEqual({ text: EXPECTED, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM: emoji kept, accents composed (NFC)', () => {
    expect(decodeText(utf16(SAMPLE, 'le', true))).toEqual({ text: EXPECTED, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, 'be', true))).toEqual({ text: EXPECTED, encoding: 'utf-16be' });
    expect(decodeText(utf16(SAMPLE, 'le', true)).text).toContain('café');
    expect(decodeText(utf16(SAMPLE, 'le', true)).text.normalize('NFD')).not.toBe(decodeText(utf16(SAMPLE, 'le', true)).text);
  });

  it('recognises UTF-16 without BOM from its NUL bytes', () => {
    const text = 'Q : Comment ça va ?\nR : Très bien, merci.';
    expect(decodeText(utf16(text, 'le', false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be', false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses binary data as UNREADABLE_ENCODING', () => {
    // Deterministic pseudo-random bytes (a linear congruential generator).
    const random = new Uint8Array(4096);
    let seed = 12345;
    for (let i = 0; i < random.length; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      random[i] = seed >> 16 & 0xff;
    }
    expect(problem(() => decodeText(random))).toBe('UNREADABLE_ENCODING');
    const noNul = random.map((b) => (b === 0 ? 1 : b));
    expect(problem(() => decodeText(noNul))).toBe('UNREADABLE_ENCODING');
    expect(problem(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])))).toBe('UNREADABLE_ENCODING');
  });

  it('refuses empty and whitespace-only files as EMPTY_FILE', () => {
    expect(problem(() => decodeText(new Uint8Array()))).toBe('EMPTY_FILE');
    expect(problem(() => decodeText(new TextEncoder().encode(' \r\n\t\n')))).toBe('EMPTY_FILE');
    expect(problem(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('EMPTY_FILE');
  });
});

describe('normaliseText and declared encodings', () => {
  it('normalises BOM, line endings and composition', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\u0327')).toBe('a\nb\nç');
  });

  it('decodes a declared Latin-9 page, and checks a UTF-8 declaration against the bytes', () => {
    expect(decodeDeclared(new Uint8Array([0x61, 0xa4, 0x20, 0xe9]), 'ISO-8859-15')).toBe('a€ é');
    expect(decodeDeclared(new Uint8Array([0x61, 0x92, 0xe9]), 'utf-8')).toBe('a’é');
    expect(decodeDeclared(new TextEncoder().encode('déjà'), 'no-such-charset')).toBe('déjà');
  });
});
