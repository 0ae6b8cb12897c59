/**
 * Keyword-in-context lines: a result with the words before and after it, within its line (a
 * paragraph, a turn, a grid answer), cut at word boundaries, spaces and line breaks shown as one space.
 */

export interface KwicLine {
  before: string;
  match: string;
  after: string;
  /** The line goes on before `before` / after `after` (the view shows …). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export const KWIC_WIDTH = 70;

const flatten = (text: string): string => text.replace(/\s+/gu, ' ');

/** White space as `\s` reads it, without a regular expression per character. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isSpace = isSpaceAt;
const isLow = (text: string, i: number): boolean => (text.charCodeAt(i) & 0xfc00) === 0xdc00;

export function kwicLine(text: string, start: number, end: number, width = KWIC_WIDTH): KwicLine {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;

  let from = Math.max(lineStart, start - width);
  const cutBefore = from > lineStart;
  if (cutBefore) {
    // Start after a space, so no word is cut; a giant word is cut between characters.
    let k = from;
    while (k < start && !isSpace(text, k - 1)) k += 1;
    if (k < start) from = k;
    else if (isLow(text, from)) from += 1;
  }

  let to = Math.min(lineEnd, end + width);
  const cutAfter = to < lineEnd;
  if (cutAfter) {
    let k = to;
    while (k > end && !isSpace(text, k)) k -= 1;
    if (k > end) to = k;
    else if (isLow(text, to)) to -= 1;
  }

  return {
    before: flatten(text.slice(from, start)).trimStart(),
    match: flatten(text.slice(start, end)),
    after: flatten(text.slice(end, to)).trimEnd(),
    cutBefore,
    cutAfter,
  };
}
