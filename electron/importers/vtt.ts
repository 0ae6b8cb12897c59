import { decodeHTML } from 'entities';
import type { Flow, FlowParagraph } from '../../shared/import/flow';
import { decodeText } from './encoding';
import { ImportError } from './import-error';

/**
 * WebVTT transcripts (.vtt), as written by transcription tools and video platforms: a `WEBVTT`
 * header, then cues separated by blank lines, each with an optional identifier, a timing line and
 * a payload where `<v Name>` gives the speaker. NOTE, STYLE and REGION blocks are skipped.
 */

/** One piece of speech from a subtitle cue, before consecutive pieces of one speaker are merged. */
export interface CueSpeech {
  /** Cue start, `hh:mm:ss` (truncated to the second). */
  time: string;
  speaker?: string;
  text: string;
}

/** Formats hours, minutes and seconds as `hh:mm:ss`. */
export function clockTime(hours: string | undefined, minutes: string, seconds: string): string {
  return [hours ?? '0', minutes, seconds].map((n) => String(Number(n)).padStart(2, '0')).join(':');
}

/** Bidirectional marks (&lrm;, &rlm;, embeddings, isolates) are invisible: they only get in the way of coding. */
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Decodes entities, drops bidi marks and collapses white space (cue line breaks are only display wrapping). */
export function cueText(raw: string): string {
  return decodeHTML(raw).replace(BIDI_MARKS, '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Merges consecutive speech of the same known speaker into one paragraph (one speaker turn),
 * keeping the time of its first cue. Speech without a speaker stays one paragraph per cue.
 */
export function mergeCues(cues: CueSpeech[]): FlowParagraph[] {
  const paragraphs: FlowParagraph[] = [];
  for (const cue of cues) {
    if (cue.text.length === 0) continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last && cue.speaker !== undefined && last.speaker === cue.speaker) {
      last.text = `${last.text} ${cue.text}`;
      continue;
    }
    const paragraph: FlowParagraph = { type: 'paragraph', text: cue.text, time: cue.time };
    if (cue.speaker !== undefined) paragraph.speaker = cue.speaker;
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

const TIMESTAMP = String.raw`(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.\d{3}`;
const TIMING = new RegExp(String.raw`^${TIMESTAMP}[ \t]+-->[ \t]+${TIMESTAMP}(?:[ \t].*)?$`);
const TAG = /<([^>]*)>/g;
/** `<v Name>`, `<v.loud.first Name>`: the annotation after the white space is the speaker. */
const VOICE = /^v(?:\.[^\s]*)?(?:[ \t\n]+([\s\S]*))?$/;

/** Splits a cue payload on its voice spans; other tags (i, b, u, c, ruby, lang, timestamps) are dropped. */
function voiceSegments(payload: string): { speaker?: string; raw: string }[] {
  const segments: { speaker?: string; raw: string }[] = [{ raw: '' }];
  let last = 0;
  for (const m of payload.matchAll(TAG)) {
    segments[segments.length - 1]!.raw += payload.slice(last, m.index);
    last = m.index + m[0].length;
    const voice = VOICE.exec(m[1]!);
    if (voice) {
      const speaker = cueText(voice[1] ?? '');
      segments.push(speaker ? { speaker, raw: '' } : { raw: '' });
    } else if (m[1]!.trim() === '/v') {
      segments.push({ raw: '' });
    }
  }
  segments[segments.length - 1]!.raw += payload.slice(last);
  return segments;
}

function isSkippedBlock(firstLine: string): boolean {
  return /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(firstLine);
}

export function parseVtt(bytes: Uint8Array): Flow {
  const { text } = decodeText(bytes);
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim().length > 0);
  const header = blocks.shift() ?? '';
  const headerLines = header.split('\n');
  if (!/^WEBVTT(?:[ \t]|$)/.test(headerLines[0]!)) throw new ImportError('CORRUPT_FILE', 'missing WEBVTT header');
  const metadata: Record<string, string> = {};
  for (const line of headerLines.slice(1)) {
    const kv = /^([\w-]+)\s*:\s*(.+)$/.exec(line);
    if (kv) metadata[kv[1]!.toLowerCase()] = kv[2]!.trim();
  }
  // A header block may run straight into the first cue in sloppy files (no blank line after WEBVTT).
  const timingInHeader = headerLines.findIndex((l) => l.includes('-->'));
  if (timingInHeader > 0) blocks.unshift(headerLines.slice(Math.max(1, timingInHeader - 1)).join('\n'));

  const speech: CueSpeech[] = [];
  let count = 0;
  for (const block of blocks) {
    const lines = block.split('\n');
    if (isSkippedBlock(lines[0]!)) continue;
    count += 1;
    const timingIndex = lines[0]!.includes('-->') ? 0 : lines[1]?.includes('-->') ? 1 : -1;
    const name = timingIndex === 1 ? `${count} (« ${lines[0]!.trim()} »)` : String(count);
    if (timingIndex < 0) throw new ImportError('CORRUPT_FILE', `cue ${name}: no timing line`);
    const timing = TIMING.exec(lines[timingIndex]!.trim());
    if (!timing) throw new ImportError('CORRUPT_FILE', `cue ${name}: bad timing line « ${lines[timingIndex]!.trim()} »`);
    const time = clockTime(timing[1], timing[2]!, timing[3]!);
    for (const segment of voiceSegments(lines.slice(timingIndex + 1).join('\n'))) {
      const cue: CueSpeech = { time, text: cueText(segment.raw) };
      if (segment.speaker) cue.speaker = segment.speaker;
      speech.push(cue);
    }
  }
  return { blocks: mergeCues(speech), metadata };
}
