/**
 * Coded stretches as intervals, and the segments where every coder's status is constant.
 * Never an array per character: a 40,000-word transcript is swept over the boundaries of its
 * codings, each segment weighted by its length.
 */
import type { TextRange } from '../offsets';

/** Sorted, disjoint ranges covering the same characters (overlapping or touching ranges merged), clamped to [0, length). */
export function unionOf(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether a sorted disjoint list has a range sharing at least one character with [start, end). */
export function overlapsAny(list: readonly TextRange[], range: TextRange): boolean {
  // The first range ending after `range.start`.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.end <= range.start) low = mid + 1;
    else high = mid;
  }
  const found = list[low];
  return found !== undefined && found.start < range.end && range.end > range.start;
}

export interface Segment {
  /** Characters in the segment. */
  weight: number;
  /** Per coder: 1 coded, 0 not coded, null absent from the document. */
  values: (0 | 1 | null)[];
}

/**
 * The segments of `region` (sorted disjoint ranges) where each coder's status is constant.
 * `coders[i]` is coder i's coded ranges (sorted, disjoint), or null when the coder is absent.
 */
export function* characterSegments(region: readonly TextRange[], coders: readonly (readonly TextRange[] | null)[]): Generator<Segment> {
  const bounds: number[] = [];
  for (const r of region) bounds.push(r.start, r.end);
  for (const list of coders) if (list) for (const r of list) bounds.push(r.start, r.end);
  bounds.sort((a, b) => a - b);
  const cursors = coders.map(() => 0);
  let inRegion = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    if (to === from) continue;
    while (inRegion < region.length && region[inRegion]!.end <= from) inRegion++;
    const zone = region[inRegion];
    if (!zone || zone.start > from) continue;
    const values = coders.map((list, i) => {
      if (!list) return null;
      let at = cursors[i]!;
      while (at < list.length && list[at]!.end <= from) at++;
      cursors[i] = at;
      const range = list[at];
      return range !== undefined && range.start <= from ? 1 : 0;
    });
    yield { weight: to - from, values };
  }
}

/**
 * The structural units of `region` (those sharing a character with it), weight 1 each: a coder's
 * value is 1 when one of their coded ranges overlaps the unit. Only the units some coding touches
 * are visited; the others come as one segment of « not coded » values, weighing `regionUnits`
 * (how many units share a character with the region) minus those visited. `units` are the
 * document's reading units: sorted and disjoint, so their ends are sorted too.
 */
export function* unitSegments(units: readonly TextRange[], region: readonly TextRange[], coders: readonly (readonly TextRange[] | null)[], regionUnits: number): Generator<Segment> {
  const touched = new Map<number, (0 | 1 | null)[]>();
  coders.forEach((list, coder) => {
    if (!list) return;
    for (const range of list) {
      // The first unit ending after the range starts.
      let low = 0;
      let high = units.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (units[mid]!.end <= range.start) low = mid + 1;
        else high = mid;
      }
      for (let u = low; u < units.length && units[u]!.start < range.end; u++) {
        if (units[u]!.end <= units[u]!.start) continue;
        let values = touched.get(u);
        if (!values) touched.set(u, (values = coders.map((other) => (other ? 0 : null))));
        values[coder] = 1;
      }
    }
  });
  let visited = 0;
  for (const u of [...touched.keys()].sort((a, b) => a - b)) {
    if (!overlapsAny(region, units[u]!)) continue;
    visited += 1;
    yield { weight: 1, values: touched.get(u)! };
  }
  if (regionUnits > visited) yield { weight: regionUnits - visited, values: coders.map((list) => (list ? 0 : null)) };
}
