/**
 * Times of speaker turns and cues, as the importers keep them in `attrs.time` (`00:01:23`,
 * `[00:08:45]`, `01:02.500`, `00:00:01,000`), read as seconds so a recording can follow the text.
 */

const TIME = /^\s*[[(]?\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*[\])]?\s*$/;

/** `hh:mm:ss`, `mm:ss`, with optional `.mmm` / `,mmm` and brackets → seconds; null when it is not a time. */
export function parseTurnTime(raw: string | null | undefined): number | null {
  if (typeof raw !== 'string') return null;
  const m = TIME.exec(raw);
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  // With hours, minutes are a clock's (0–59); alone they may run past an hour (« 75:10 »).
  if (seconds > 59 || (m[1] !== undefined && minutes > 59)) return null;
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

/** Seconds for display: `1:05`, `12:09`, `1:02:03` (hours only when there are some). */
export function formatMediaTime(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface TimedTurn {
  unitId: number;
  /** Where the turn starts in the recording. */
  seconds: number;
}

/**
 * The timed turns of a document, in the order of the recording (ties keep text order), from units
 * that carry a readable `attrs.time`.
 */
export function timedTurns(units: readonly { id: number; kind: string; start: number; attrs: { time?: string } }[]): TimedTurn[] {
  return units
    .filter((unit) => unit.kind === 'turn')
    .map((unit) => ({ unit, seconds: parseTurnTime(unit.attrs.time) }))
    .filter((entry): entry is { unit: (typeof units)[number]; seconds: number } => entry.seconds !== null)
    .sort((a, b) => a.seconds - b.seconds || a.unit.start - b.unit.start)
    .map(({ unit, seconds }) => ({ unitId: unit.id, seconds }));
}

/**
 * The turn playing at `time`: the last turn starting at or before it (binary search over turns
 * sorted by `seconds`); null before the first turn or when there are none.
 */
export function turnAt(turns: readonly TimedTurn[], time: number): TimedTurn | null {
  let low = 0;
  let high = turns.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (turns[mid]!.seconds <= time) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found < 0 ? null : turns[found]!;
}
