/**
 * The one place that says how Balise counts characters.
 *
 * Every offset stored in a project (codings, structure units, case links) and every offset
 * crossing the API is a **UTF-16 code unit index** into the document's NFC text, with an
 * exclusive end: exactly what `String.prototype.slice`, the DOM Selection API and Lexical use.
 * REFI-QDA counts Unicode code points; NVivo 12 on Windows counts UTF-16 units. Convert only at
 * those boundaries, with the functions below.
 */
export type Utf16Offset = number;
export type CodePointOffset = number;

export interface TextRange {
  start: Utf16Offset;
  end: Utf16Offset;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Code point index → UTF-16 index. Past the end of the text it clamps to the text length. */
export function codePointToUtf16(text: string, codePoint: CodePointOffset): Utf16Offset {
  if (codePoint <= 0) return 0;
  let units = 0;
  let points = 0;
  while (units < text.length && points < codePoint) {
    units += isHighSurrogate(text.charCodeAt(units)) && isLowSurrogate(text.charCodeAt(units + 1)) ? 2 : 1;
    points += 1;
  }
  return units;
}

/** UTF-16 index → code point index. An index inside a surrogate pair counts the pair as started. */
export function utf16ToCodePoint(text: string, offset: Utf16Offset): CodePointOffset {
  let points = 0;
  for (let units = 0; units < offset && units < text.length; points += 1) {
    units += isHighSurrogate(text.charCodeAt(units)) && isLowSurrogate(text.charCodeAt(units + 1)) ? 2 : 1;
  }
  return points;
}

/** True when the offset does not split a surrogate pair (an emoji, a rare CJK character). */
export function isOnCharacterBoundary(text: string, offset: Utf16Offset): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return !(isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)));
}

/** A range is valid for a text when it is non-empty, inside it, and on character boundaries. */
export function isValidRange(text: string, range: TextRange): boolean {
  return (
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.end > range.start &&
    range.end <= text.length &&
    isOnCharacterBoundary(text, range.start) &&
    isOnCharacterBoundary(text, range.end)
  );
}
