/**
 * Text as REFI-QDA wants it. Balise counts UTF-16 units; REFI-QDA counts Unicode code points
 * (spec §10.2), both with an exclusive end. XML 1.0 refuses some characters outright.
 */

/** A converter from UTF-16 offsets of `text` to code point offsets. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => Math.min(Math.max(offset, 0), text.length);
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const unit = text.charCodeAt(i);
    // The low half of a pair belongs to the code point its high half started.
    // An offset there (inside the pair) counts the whole code point as before it.
    const isLowHalf = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighHalf(text.charCodeAt(i - 1));
    if (!isLowHalf) points++;
  }
  map[text.length] = points;
  return (offset) => map[Math.min(Math.max(offset, 0), text.length)]!;
}

function isHighHalf(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Without the characters XML 1.0 cannot carry (controls other than tab and line ends, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** An `xs:dateTime` for a stored date, or undefined when it is not one. */
export function xmlDateTime(stored: string | null | undefined): string | undefined {
  if (!stored) return undefined;
  const time = Date.parse(stored);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
