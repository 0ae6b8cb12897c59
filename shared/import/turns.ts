/**
 * Speaker turns in transcript paragraphs, in the shapes field transcripts use:
 *   [00:12:31] Claire : …    00:12:31 Claire : …    Claire : …    Q : … / R : …    S01: [00:00:12] … (noScribe)
 * A label counts as a speaker only when it recurs (twice or more) or comes with a timestamp, so a
 * one-off "Date : 6 février" or "Remarque : …" stays an ordinary paragraph.
 */
export interface TurnMatch {
  speaker: string;
  time?: string;
  /** The speech, without the timestamp and label. */
  speech: string;
}

const TIME = String.raw`\[?\(?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?\)?`;
const LABEL = String.raw`([\p{Lu}][\p{L}\p{M}'’.\- ]{0,38}?(?:\s\([^)]{1,30}\))?|\p{Lu}\d{1,2}|S\d{2})`;
const WITH_TIME = new RegExp(String.raw`^${TIME}\s*(?:-\s*)?${LABEL}\s?:\s*([\s\S]*)$`, 'u');
const WITHOUT_TIME = new RegExp(String.raw`^${LABEL}\s?:\s+([\s\S]*)$`, 'u');
const LABEL_FIRST_TIME = new RegExp(String.raw`^${LABEL}\s*${TIME}\s*:?\s+([\s\S]*)$`, 'u');
// noScribe: "S01: [00:00:12] speech"
const LABEL_COLON_TIME = new RegExp(String.raw`^${LABEL}\s?:\s*${TIME}\s+([\s\S]*)$`, 'u');

/** Normalises `1:02:03.5`, `02:03` or `12:31` to `hh:mm:ss`. */
export function normaliseTime(raw: string): string {
  const parts = raw.replace(',', '.').split(':');
  const seconds = Math.floor(Number(parts.pop()));
  const minutes = Number(parts.pop() ?? 0);
  const hours = Number(parts.pop() ?? 0);
  return [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Reads one paragraph as a turn, if it has the shape of one (no recurrence check). */
export function matchTurn(text: string): TurnMatch | null {
  const trimmed = text.trim();
  let m = WITH_TIME.exec(trimmed);
  if (m) return { time: normaliseTime(m[1]!), speaker: m[2]!.trim(), speech: m[3]!.trim() };
  m = LABEL_COLON_TIME.exec(trimmed);
  if (m) return { speaker: m[1]!.trim(), time: normaliseTime(m[2]!), speech: m[3]!.trim() };
  m = LABEL_FIRST_TIME.exec(trimmed);
  if (m) return { speaker: m[1]!.trim(), time: normaliseTime(m[2]!), speech: m[3]!.trim() };
  m = WITHOUT_TIME.exec(trimmed);
  if (m && m[1]!.split(/\s+/).length <= 4) return { speaker: m[1]!.trim(), speech: m[2]!.trim() };
  return null;
}

/**
 * Decides which labels are speakers in a document: those with a timestamp, or seen at least twice.
 * Returns the turn of each paragraph (null when it is not one).
 */
export function detectTurns(paragraphs: string[]): (TurnMatch | null)[] {
  const matches = paragraphs.map(matchTurn);
  const counts = new Map<string, number>();
  for (const m of matches) if (m) counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
  const accepted = matches.map((m) => (m && (m.time !== undefined || (counts.get(m.speaker) ?? 0) >= 2) ? m : null));
  // A single recurring label is a heading pattern ("Note : … Note : …"), not a conversation.
  const speakers = new Set(accepted.filter((m): m is TurnMatch => m !== null).map((m) => m.speaker));
  const timed = accepted.some((m) => m?.time !== undefined);
  if (speakers.size < 2 && !timed) return matches.map(() => null);
  return accepted;
}
