import iconv from 'iconv-lite';
import { ImportError } from './import-error';

/**
 * Text files from the field come in whatever encoding the researcher's tools wrote: UTF-8 with or
 * without BOM, UTF-16 from Windows "Unicode" saves, and very often Windows-1252 from French Excel
 * and Notepad. The encoding is detected from the bytes, never assumed.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Removes a leading BOM, turns CRLF and CR into LF and composes accents (NFC). */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Unicode encodings go through TextDecoder; single-byte ones through iconv-lite, because Node's
 * TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters on some versions
 * (Node 20.20: 0x92 gives U+0092 instead of ’).
 */
function decode(bytes: Uint8Array, label: string, fatal = false): string {
  if (label.startsWith('utf-')) return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label, { stripBOM: false });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte, on one side only. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const pairs = bytes.length / 2;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * Control characters other than tab, line feed, carriage return, form feed and vertical tab
 * (C0, DEL, C1) and replacement characters: a few are tolerable, many mean binary data.
 */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad += 1;
  }
  return bad > Math.max(2, text.length * 0.02);
}

/** Rejects binary data and empty text, then normalises. */
function checked(raw: string, encoding: string): string {
  if (looksBinary(raw)) throw new ImportError('UNREADABLE_ENCODING', `trop de caractères de contrôle pour un texte ${encoding}`);
  const text = normaliseText(raw);
  if (text.trim().length === 0) throw new ImportError('EMPTY_FILE');
  return text;
}

function finish(raw: string, encoding: TextEncodingName): DecodedText {
  return { text: checked(raw, encoding), encoding };
}

/** Detects the encoding of a text file and decodes it (LF line endings, no BOM, NFC). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(decode(bytes.subarray(3), 'utf-8'), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decode(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decode(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(decode(bytes, utf16), utf16);
  if (hasNul(bytes)) throw new ImportError('UNREADABLE_ENCODING', 'octets nuls dans un fichier qui n’est pas en UTF-16');
  try {
    return finish(decode(bytes, 'utf-8', true), 'utf-8');
  } catch (error) {
    if (error instanceof ImportError) throw error;
  }
  // Not valid UTF-8: the French Windows default. Its undefined bytes (0x81, 0x8D…) decode as C1
  // controls, which the binary check above counts.
  return finish(decode(bytes, 'windows-1252'), 'windows-1252');
}

/**
 * Decodes with the encoding a file declares (an HTML <meta charset>). A BOM wins over the
 * declaration; UTF-8, Windows-1252 and Latin-1 declarations are checked against the bytes (pages
 * saved by Windows editors often declare one and hold the other); an unknown label is ignored.
 */
export function decodeDeclared(bytes: Uint8Array, label: string): string {
  let encoding: string;
  try {
    // The WHATWG label table: 'latin1', 'iso-8859-1' and 'ascii' all mean windows-1252.
    encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return decodeText(bytes).text;
  }
  const detectable = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];
  if (!iconv.encodingExists(encoding)) return decodeText(bytes).text;
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (hasBom || detectable.includes(encoding)) return decodeText(bytes).text;
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  return checked(decode(bytes, encoding), encoding);
}
