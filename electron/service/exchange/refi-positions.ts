import type { UnitDraft } from '../../../shared/document-builder';

/**
 * A REFI-QDA plain-text source made ready for Balise: UTF-8 decoded, BOM dropped, line ends turned
 * into LF, and a converter from the other tool's positions to Balise's UTF-16 offsets in that text.
 * REFI-QDA counts code points (spec §10.2); NVivo counts UTF-16 units (see refi-qda/NOTES.md).
 */
export interface SourceText {
  text: string;
  /** Length of the file's text in the unit its positions count. */
  length: number;
  /** A position of the file (0 ≤ position ≤ length) as a Balise offset. */
  offset: (position: number) => number;
}

export type PositionUnit = 'codepoints' | 'utf16';

export function decodeSource(bytes: Uint8Array): string {
  // TextDecoder drops a leading BOM by default (ignoreBOM: false); a second one would stay.
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).replace(/^\uFEFF/, '');
}

export function sourceText(raw: string, unit: PositionUnit): SourceText {
  const text = raw.replace(/\r\n?/g, '\n');
  // UTF-16 index in `raw` → index in `text`: every CR followed by LF before it is gone.
  const dropped = new Uint32Array(raw.length + 1);
  let gone = 0;
  for (let i = 0; i < raw.length; i++) {
    dropped[i] = gone;
    if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) gone++;
  }
  dropped[raw.length] = gone;
  let toUtf16: (position: number) => number = (p) => p;
  let length = raw.length;
  if (unit === 'codepoints' && /[\uD800-\uDFFF]/.test(raw)) {
    const starts: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      starts.push(i);
      const unitCode = raw.charCodeAt(i);
      if (unitCode >= 0xd800 && unitCode <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
    starts.push(raw.length);
    length = starts.length - 1;
    toUtf16 = (p) => starts[p]!;
  }
  return { text, length, offset: (position) => { const utf16 = toUtf16(position); return utf16 - dropped[utf16]!; } };
}

/** Paragraph units: runs of non-blank lines. */
export function paragraphUnits(text: string): UnitDraft[] {
  const units: UnitDraft[] = [];
  for (const match of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) {
    units.push({ kind: 'paragraph', start: match.index, end: match.index + match[0].length, label: null, attrs: {}, parent: null });
  }
  return units;
}
