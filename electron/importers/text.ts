import type { Flow, FlowParagraph } from '../../shared/import/flow';
import { matchTurn } from '../../shared/import/turns';
import { decodeText } from './encoding';

/** `[00:12:31] …`, `00:12 …`, `(01:02:03) …`: a line opened by a timestamp (noScribe, Word exports). */
const TIMESTAMP_START = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s/;

/**
 * Whether a line opens a speaker turn: `Q : …`, `Claire : …`, `[00:12:31] Claire : …`, `S01: …`.
 * The interpreter decides later which labels really are speakers; this only cuts paragraphs.
 */
export function startsLikeTurn(line: string): boolean {
  const trimmed = line.trim();
  return TIMESTAMP_START.test(trimmed) || matchTurn(trimmed) !== null;
}

/**
 * Cuts a block of consecutive lines into paragraphs. Transcripts often put one turn per line with
 * no blank line between turns: when the block opens with a turn and at least half of its lines
 * (two or more) do, each turn line starts a paragraph, and the lines that follow it without a
 * prefix (a turn wrapped by hand) stay in it. Otherwise the block is one paragraph and its line
 * breaks are kept as '\n'.
 */
export function splitBlock(lines: string[]): string[] {
  const turnLines = lines.map(startsLikeTurn);
  const count = turnLines.filter(Boolean).length;
  if (!turnLines[0] || count < 2 || count * 2 < lines.length) return [lines.join('\n')];
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (turnLines[i] || !last) paragraphs.push([line]);
    else last.push(line);
  });
  return paragraphs.map((p) => p.join('\n'));
}

/** Splits plain text on blank lines, then each block with splitBlock. */
export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length > 0) paragraphs.push(...splitBlock(block));
    block = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/u, '');
    if (line.trim().length === 0) flush();
    else block.push(block.length === 0 ? line.trimStart() : line);
  }
  flush();
  return paragraphs;
}

/** A plain-text file (.txt) in any encoding: paragraphs separated by blank lines, or one turn per line. */
export function parseText(bytes: Uint8Array): Flow {
  const { text } = decodeText(bytes);
  const blocks = textParagraphs(text).map((p): FlowParagraph => ({ type: 'paragraph', text: p }));
  return { blocks, metadata: {} };
}
