/**
 * Windowing of a long list of cards whose heights vary: only the cards near the visible part are
 * drawn, the others stand as empty space of their measured (or, before they were ever drawn,
 * estimated) height.
 */

/** Where each item starts, and the total height at the end: `offsets[i]` is the top of item i, `offsets[n]` the bottom. */
export function offsetsOf(keys: readonly string[], heights: ReadonlyMap<string, number>, estimate: number): number[] {
  const offsets = new Array<number>(keys.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i]! + (heights.get(keys[i]!) ?? estimate);
  return offsets;
}

/** The height of an item never drawn: the mean of those drawn so far, else `fallback`. */
export function estimateOf(heights: ReadonlyMap<string, number>, fallback: number): number {
  if (heights.size === 0) return fallback;
  let sum = 0;
  for (const h of heights.values()) sum += h;
  return sum / heights.size;
}

/** The last index whose top is at or above `y` (0 when none). */
function indexAt(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! <= y) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The items that cross [top, bottom): first and last index, inclusive; none (last < first) for an empty list. */
export function rangeOf(offsets: readonly number[], top: number, bottom: number): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  const first = indexAt(offsets, Math.max(0, top));
  const last = Math.max(first, indexAt(offsets, Math.max(0, bottom - 1)));
  return { first, last: Math.min(count - 1, last) };
}

export type Piece = { kind: 'item'; index: number } | { kind: 'gap'; key: string; height: number };

/**
 * What to draw: the items of the range, plus the extra ones (the card that has the focus must stay
 * in the page even when scrolled away), with gaps of the right height between and around them.
 */
export function piecesOf(offsets: readonly number[], range: { first: number; last: number }, extra: readonly number[]): Piece[] {
  const count = offsets.length - 1;
  const indices = new Set<number>();
  for (let i = Math.max(0, range.first); i <= Math.min(count - 1, range.last); i++) indices.add(i);
  for (const i of extra) if (i >= 0 && i < count) indices.add(i);
  const sorted = [...indices].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let at = 0;
  for (const index of sorted) {
    if (index > at) pieces.push({ kind: 'gap', key: `gap-${at}`, height: offsets[index]! - offsets[at]! });
    pieces.push({ kind: 'item', index });
    at = index + 1;
  }
  if (at < count) pieces.push({ kind: 'gap', key: `gap-${at}`, height: offsets[count]! - offsets[at]! });
  return pieces;
}
