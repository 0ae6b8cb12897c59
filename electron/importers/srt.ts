import type { Flow } from '../../shared/import/flow';
import { decodeText } from './encoding';
import { ImportError } from './import-error';
import { clockTime, cueText, mergeCues, type CueSpeech } from './vtt';

/**
 * SubRip subtitles (.srt), as exported by transcription tools: numbered cues, a timing line
 * `00:00:01,000 --> 00:00:04,000`, then one or more lines of text. The speaker, when there is
 * one, is a `Name: ` / `NAME : ` prefix; consecutive cues of one speaker become one turn.
 */

const PART = String.raw`(\d{1,3}):([0-5]?\d):([0-5]?\d)[,.]\d{1,3}`;
const TIMING = new RegExp(String.raw`^${PART}[ \t]*-->[ \t]*${PART}(?:[ \t]+.*)?$`);
const INDEX = /^\d+$/;

/** Lower-case particles allowed inside a name: « Marie de Vries », « Jan van Dijk ». */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'del', 'y']);
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’.-]*$/u;
/** `Claire : …`, `SPEAKER_01: …`, `- Jean Dupont : …` (up to 3 words before the colon). */
const PREFIX = /^(?:[-–—]\s*)?([^:\s][^:]{0,40}?)\s?:(?:\s+|$)([\s\S]*)$/u;

/** The speaker label a line opens with, if it looks like one: 1–3 words, capitalised. */
function speakerPrefix(line: string): { label: string; rest: string } | null {
  const m = PREFIX.exec(line);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 3 || !words.every((w) => WORD.test(w))) return null;
  if (!/^\p{Lu}/u.test(words[0]!)) return null;
  if (!words.slice(1).every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))) return null;
  return { label: words.join(' '), rest: m[2]! };
}

/** Drops formatting: `<i>…</i>`, `<font color=…>`, ASS overrides such as `{\an8}`. */
function stripTags(line: string): string {
  return line.replace(/\{\\[^}]*\}/g, '').replace(/<[^>]*>/g, '');
}

interface RawCue {
  number: string;
  time: string;
  lines: string[];
}

/** Splits a block that lacks the blank line before the next cue (index line followed by a timing line). */
function splitRunTogether(block: string[]): string[][] {
  const parts: string[][] = [[]];
  block.forEach((line, i) => {
    if (i > 1 && INDEX.test(line.trim()) && TIMING.test(block[i + 1]?.trim() ?? '')) parts.push([]);
    parts[parts.length - 1]!.push(line);
  });
  return parts;
}

function readCues(text: string): RawCue[] {
  const cues: RawCue[] = [];
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.split('\n').filter((l) => l.trim().length > 0)).filter((b) => b.length > 0);
  for (const block of blocks.flatMap(splitRunTogether)) {
    const first = block[0]!.trim();
    const previous = cues[cues.length - 1];
    const hasIndex = INDEX.test(first);
    if (!hasIndex && !first.includes('-->')) {
      // A blank line inside a cue's text: the text goes on.
      if (previous) {
        previous.lines.push(...block);
        continue;
      }
      throw new ImportError('CORRUPT_FILE', `cue 1: expected a cue number and a timing line, found « ${first.slice(0, 60)} »`);
    }
    const number = hasIndex ? first : String(Number(previous?.number ?? 0) + 1);
    const timingLine = (hasIndex ? block[1] : block[0])?.trim();
    if (timingLine === undefined || !timingLine.includes('-->')) throw new ImportError('CORRUPT_FILE', `cue ${number}: no timing line`);
    const timing = TIMING.exec(timingLine);
    if (!timing) throw new ImportError('CORRUPT_FILE', `cue ${number}: bad timing line « ${timingLine.slice(0, 60)} »`);
    cues.push({ number, time: clockTime(timing[1], timing[2]!, timing[3]!), lines: block.slice(hasIndex ? 2 : 1) });
  }
  return cues;
}

export function parseSrt(bytes: Uint8Array): Flow {
  const { text } = decodeText(bytes);
  const cues = readCues(text).map((cue) => ({ ...cue, lines: cue.lines.map((l) => stripTags(l).trim()) }));
  // A label counts as a speaker only when it opens lines at least twice: a one-off
  // « Attention : … » in a subtitle is text.
  const counts = new Map<string, number>();
  for (const cue of cues) {
    for (const line of cue.lines) {
      const prefix = speakerPrefix(line);
      if (prefix) counts.set(prefix.label, (counts.get(prefix.label) ?? 0) + 1);
    }
  }
  const speech: CueSpeech[] = [];
  for (const cue of cues) {
    let current: { speaker?: string; lines: string[] } = { lines: [] };
    const segments = [current];
    for (const line of cue.lines) {
      const prefix = speakerPrefix(line);
      if (prefix && (counts.get(prefix.label) ?? 0) >= 2) {
        current = { speaker: prefix.label, lines: [prefix.rest] };
        segments.push(current);
      } else current.lines.push(line);
    }
    for (const segment of segments) {
      const piece: CueSpeech = { time: cue.time, text: cueText(segment.lines.join('\n')) };
      if (segment.speaker) piece.speaker = segment.speaker;
      speech.push(piece);
    }
  }
  return { blocks: mergeCues(speech), metadata: {} };
}
