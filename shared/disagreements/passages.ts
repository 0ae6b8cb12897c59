import type { DisagreementKind } from '../domain/disagreement';

/** One coding of one coder, as the comparison needs it. UTF-16 offsets, exclusive end. */
export interface CoderCoding {
  id: number;
  codeId: number;
  start: number;
  end: number;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * One place where the coders differ on one code: A coded it and B not there (`onlyA`), the reverse,
 * or both coded it with overlapping ranges that do not cover the same characters (`boundaries`).
 */
export interface DifferenceItem extends Range {
  codeId: number;
  side: 'onlyA' | 'onlyB' | 'boundaries';
  /** The codings of each coder in this item (for `boundaries`, the overlapping group of both). */
  a: CoderCoding[];
  b: CoderCoding[];
}

export interface PassageDifference extends Range {
  context: Range;
  kinds: DisagreementKind[];
  items: DifferenceItem[];
}

const byStart = (x: Range, y: Range) => x.start - y.start || x.end - y.end;
const overlaps = (x: Range, y: Range) => x.start < y.end && y.start < x.end;

/** Characters covered by `ranges`, as sorted disjoint ranges (touching ranges joined). */
export function coverage(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort(byStart)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function sameCoverage(x: readonly Range[], y: readonly Range[]): boolean {
  const cx = coverage(x);
  const cy = coverage(y);
  return cx.length === cy.length && cx.every((r, i) => r.start === cy[i]!.start && r.end === cy[i]!.end);
}

/**
 * For one code: groups of A's and B's codings chained by overlaps. A group with both sides covering
 * the same characters is an agreement; otherwise it is one difference item.
 */
function itemsOfCode(codeId: number, a: readonly CoderCoding[], b: readonly CoderCoding[]): DifferenceItem[] {
  const all = [...a.map((c) => ({ c, side: 'a' as const })), ...b.map((c) => ({ c, side: 'b' as const }))].sort((x, y) => byStart(x.c, y.c));
  const items: DifferenceItem[] = [];
  let group: { a: CoderCoding[]; b: CoderCoding[]; start: number; end: number } | null = null;
  const close = () => {
    if (!group) return;
    const { a: ga, b: gb, start, end } = group;
    if (ga.length > 0 && gb.length > 0) {
      if (!sameCoverage(ga, gb)) items.push({ codeId, side: 'boundaries', start, end, a: ga, b: gb });
    } else items.push({ codeId, side: ga.length > 0 ? 'onlyA' : 'onlyB', start, end, a: ga, b: gb });
  };
  for (const { c, side } of all) {
    if (group && c.start < group.end) {
      group[side].push(c);
      group.end = Math.max(group.end, c.end);
    } else {
      close();
      group = { a: [], b: [], start: c.start, end: c.end };
      group[side].push(c);
    }
  }
  close();
  return items;
}

/** The structural units around a range: from the smallest unit holding its start to the smallest holding its end. */
function contextOf(range: Range, units: readonly Range[]): Range {
  const smallestAt = (offset: number) =>
    units.filter((u) => u.start <= offset && offset < u.end).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
  const first = smallestAt(range.start);
  const last = smallestAt(range.end - 1);
  return { start: Math.min(range.start, first?.start ?? range.start), end: Math.max(range.end, last?.end ?? range.end) };
}

const kindOrder: readonly DisagreementKind[] = ['onlyA', 'onlyB', 'codes', 'boundaries'];

/**
 * The passages of one document where coder A and coder B differ, in text order. Items of every code
 * are found first (see `itemsOfCode`), then joined into passages when they overlap or when their
 * structural units overlap (the same grid answer, turn or paragraph), so that each passage reads as
 * one stretch of text. A one-sided item is « codé par A seulement » when B coded nothing over it,
 * « codes différents » when B applied other codes there. Agreements are not listed.
 */
export function findDisagreements(a: readonly CoderCoding[], b: readonly CoderCoding[], units: readonly Range[] = []): PassageDifference[] {
  const codeIds = [...new Set([...a, ...b].map((c) => c.codeId))].sort((x, y) => x - y);
  const items = codeIds
    .flatMap((id) => itemsOfCode(id, a.filter((c) => c.codeId === id), b.filter((c) => c.codeId === id)))
    .map((item) => ({ item, context: contextOf(item, units) }))
    .sort((x, y) => byStart(x.context, y.context) || byStart(x.item, y.item));

  const passages: PassageDifference[] = [];
  for (const { item, context } of items) {
    const last = passages[passages.length - 1];
    if (last && (overlaps(last, item) || overlaps(last.context, context))) {
      last.items.push(item);
      last.start = Math.min(last.start, item.start);
      last.end = Math.max(last.end, item.end);
      last.context = { start: Math.min(last.context.start, context.start), end: Math.max(last.context.end, context.end) };
    } else passages.push({ start: item.start, end: item.end, context: { ...context }, kinds: [], items: [item] });
  }
  for (const passage of passages) {
    const kinds = new Set<DisagreementKind>();
    for (const item of passage.items) {
      if (item.side === 'boundaries') kinds.add('boundaries');
      else {
        const other = item.side === 'onlyA' ? b : a;
        kinds.add(other.some((c) => overlaps(c, item)) ? 'codes' : item.side);
      }
    }
    passage.kinds = kindOrder.filter((k) => kinds.has(k));
  }
  return passages;
}

/**
 * What identifies a passage and the codings it holds, the same whichever coder is A: « Garder les
 * deux » records it; when a coding of the passage changes, the passage is listed again.
 */
export function fingerprintOf(passage: PassageDifference, coderA: number, coderB: number): string {
  const side = (coder: number, codings: readonly CoderCoding[]) => codings.map((c) => `${coder}:${c.codeId}:${c.start}-${c.end}`);
  const parts = passage.items.flatMap((item) => [...side(coderA, item.a), ...side(coderB, item.b)]);
  return [...new Set(parts)].sort().join(';');
}
