/**
 * The query builder of the extract browser, as pure data: the codes chosen, how they combine, and
 * the `CodeQuery` this makes; the way back (a saved query into the builder); and the query said in
 * plain words (« Freins › Liés aux publics ET Savoir-faire › Médiation »).
 */
import type { Code } from '../../../shared/domain/codebook';
import type { CodeQuery } from '../../../shared/domain/extract';
import type { MessageKey, MessageParams } from '../../../shared/i18n';

/** How the chosen codes combine: OR and AND over all of them; the others put codes A against codes B. */
export const combines = ['or', 'and', 'not', 'followedBy', 'near'] as const;
export type Combine = (typeof combines)[number];

/** SAUF, suivi de, près de: two sides, A and B. */
export function isPairwise(combine: Combine): combine is 'not' | 'followedBy' | 'near' {
  return combine === 'not' || combine === 'followedBy' || combine === 'near';
}

/** Suivi de, près de: at most `within` units apart. */
export function hasDistance(combine: Combine): combine is 'followedBy' | 'near' {
  return combine === 'followedBy' || combine === 'near';
}

export type Side = 'a' | 'b';

export interface ChosenCode {
  codeId: number;
  /** The passages of its sub-codes too. */
  withChildren: boolean;
  /** Its side when the codes combine pairwise (SAUF, suivi de, près de). */
  side: Side;
}

export interface Builder {
  /** In the order they were chosen. */
  codes: ChosenCode[];
  combine: Combine;
  /** Units (paragraphs, turns, answers) between A and B for « suivi de » and « près de »; 0 is the same unit. */
  within: number;
  /** A saved query the builder cannot show (made elsewhere, nested): used as it is until the codes change. */
  advanced: CodeQuery | null;
}

export const MAX_WITHIN = 1000;

export const emptyBuilder: Builder = { codes: [], combine: 'or', within: 1, advanced: null };

/** Chooses a code, or un-chooses it. A code with sub-codes is chosen with them. */
export function toggleCode(builder: Builder, code: { id: number; hasChildren: boolean }): Builder {
  const base = fromAdvanced(builder);
  if (base.codes.some((c) => c.codeId === code.id)) return removeCode(base, code.id);
  // Pairwise: the first code is A, the next ones B, until the researcher moves them.
  const side: Side = isPairwise(base.combine) && base.codes.some((c) => c.side === 'a') ? 'b' : 'a';
  return { ...base, codes: [...base.codes, { codeId: code.id, withChildren: code.hasChildren, side }] };
}

export function removeCode(builder: Builder, codeId: number): Builder {
  const base = fromAdvanced(builder);
  return withSides({ ...base, codes: base.codes.filter((c) => c.codeId !== codeId) });
}

export function setWithChildren(builder: Builder, codeId: number, withChildren: boolean): Builder {
  const base = fromAdvanced(builder);
  return { ...base, codes: base.codes.map((c) => (c.codeId === codeId ? { ...c, withChildren } : c)) };
}

export function setCombine(builder: Builder, combine: Combine): Builder {
  return withSides({ ...builder, combine });
}

export function setWithin(builder: Builder, within: number): Builder {
  const clean = Number.isFinite(within) ? Math.min(MAX_WITHIN, Math.max(0, Math.round(within))) : 0;
  return { ...builder, within: clean };
}

/** Moves a code to the other side (A ↔ B). */
export function switchSide(builder: Builder, codeId: number): Builder {
  return { ...builder, codes: builder.codes.map((c) => (c.codeId === codeId ? { ...c, side: c.side === 'a' ? 'b' : 'a' } : c)) };
}

/** Codes the builder no longer has (deleted from the codebook) drop out. */
export function keepCodes(builder: Builder, exists: (codeId: number) => boolean): Builder {
  if (builder.codes.every((c) => exists(c.codeId))) return builder;
  return withSides({ ...builder, codes: builder.codes.filter((c) => exists(c.codeId)) });
}

/** A pairwise combination needs codes on both sides: the first is A, and if every code is A, the others become B. */
function withSides(builder: Builder): Builder {
  if (!isPairwise(builder.combine) || builder.codes.length === 0) return builder;
  let codes = builder.codes;
  if (!codes.some((c) => c.side === 'a')) codes = codes.map((c, i) => (i === 0 ? { ...c, side: 'a' } : c));
  if (codes.length > 1 && !codes.some((c) => c.side === 'b')) codes = codes.map((c, i) => (i === 0 ? c : { ...c, side: 'b' }));
  return codes === builder.codes ? builder : { ...builder, codes };
}

/** The codes the query uses, an advanced query's too. */
export function chosenCodes(builder: Builder): ChosenCode[] {
  return fromAdvanced(builder).codes;
}

/** Editing the codes of an advanced query starts the builder over from its own codes. */
function fromAdvanced(builder: Builder): Builder {
  if (!builder.advanced) return builder;
  return { ...emptyBuilder, codes: leavesOf(builder.advanced).map((leaf, i) => ({ codeId: leaf.codeId, withChildren: leaf.withChildren, side: i === 0 ? 'a' : 'b' })) };
}

type Leaf = Extract<CodeQuery, { op: 'code' }>;

function leavesOf(query: CodeQuery): Leaf[] {
  const all: Leaf[] = [];
  const walk = (q: CodeQuery): void => {
    switch (q.op) {
      case 'code':
        if (!all.some((l) => l.codeId === q.codeId)) all.push(q);
        return;
      case 'and':
      case 'or':
        return q.items.forEach(walk);
      case 'not':
        return [q.include, q.exclude].forEach(walk);
      case 'followedBy':
        return [q.first, q.then].forEach(walk);
      case 'near':
        return [q.a, q.b].forEach(walk);
    }
  };
  walk(query);
  return all;
}

/** The query to run, or what it still lacks: codes at all, or a code on side A or B. */
export type Built = { query: CodeQuery; missing: null } | { query: null; missing: 'codes' | 'a' | 'b' };

export function buildQuery(builder: Builder): Built {
  if (builder.advanced) return { query: builder.advanced, missing: null };
  const leaf = (c: ChosenCode): CodeQuery => ({ op: 'code', codeId: c.codeId, withChildren: c.withChildren });
  const [only] = builder.codes;
  if (!only) return { query: null, missing: 'codes' };
  if (builder.codes.length === 1) return { query: leaf(only), missing: null };
  const { combine } = builder;
  if (!isPairwise(combine)) return { query: { op: combine, items: builder.codes.map(leaf) }, missing: null };
  const group = (side: Side): CodeQuery | null => {
    const items = builder.codes.filter((c) => c.side === side).map(leaf);
    return items.length === 0 ? null : items.length === 1 ? items[0]! : { op: 'or', items };
  };
  const a = group('a');
  const b = group('b');
  if (!a) return { query: null, missing: 'a' };
  if (!b) return { query: null, missing: 'b' };
  if (combine === 'not') return { query: { op: 'not', include: a, exclude: b }, missing: null };
  if (combine === 'followedBy') return { query: { op: 'followedBy', first: a, then: b, within: builder.within }, missing: null };
  return { query: { op: 'near', a, b, within: builder.within }, missing: null };
}

/** The builder that makes `query` again (a saved query being loaded); `advanced` when the builder cannot show it. */
export function builderFromQuery(query: CodeQuery): Builder {
  const chosen = (q: CodeQuery, side: Side): ChosenCode[] | null => {
    if (q.op === 'code') return [{ codeId: q.codeId, withChildren: q.withChildren, side }];
    if (q.op === 'or' && q.items.every((item) => item.op === 'code')) return q.items.flatMap((item) => chosen(item, side) ?? []);
    return null;
  };
  const pair = (combine: 'not' | 'followedBy' | 'near', a: CodeQuery, b: CodeQuery, within: number): Builder | null => {
    const left = chosen(a, 'a');
    const right = chosen(b, 'b');
    if (!left || !right) return null;
    const codes = [...left, ...right];
    if (new Set(codes.map((c) => c.codeId)).size !== codes.length) return null;
    return { codes, combine, within, advanced: null };
  };
  const simple = (q: CodeQuery): Builder | null => {
    switch (q.op) {
      case 'code':
        return { ...emptyBuilder, codes: chosen(q, 'a')! };
      case 'and':
      case 'or': {
        const codes = q.items.every((item) => item.op === 'code') ? q.items.flatMap((item) => chosen(item, 'a')!) : null;
        return codes && new Set(codes.map((c) => c.codeId)).size === codes.length ? { ...emptyBuilder, combine: q.op, codes } : null;
      }
      case 'not':
        return pair('not', q.include, q.exclude, emptyBuilder.within);
      case 'followedBy':
        return pair('followedBy', q.first, q.then, q.within);
      case 'near':
        return pair('near', q.a, q.b, q.within);
    }
  };
  return simple(query) ?? { ...emptyBuilder, advanced: query };
}

/** What the builder is about, for the words: a code's place in the codebook and whether it has sub-codes. */
export interface CodeLabel {
  /** « Freins › Liés aux publics » */
  path: string;
  color: string;
  hasChildren: boolean;
}

/** Codes by id with their path of names from the root, joined by « › ». */
export function codeLabels(codes: readonly Code[]): Map<number, CodeLabel> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const parents = new Set(codes.map((c) => c.parentId).filter((id) => id !== null));
  const labels = new Map<number, CodeLabel>();
  for (const code of codes) {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let at: Code | undefined = code; at && !seen.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      seen.add(at.id);
      names.unshift(at.name);
    }
    labels.set(code.id, { path: names.join(' › '), color: code.color, hasChildren: parents.has(code.id) });
  }
  return labels;
}

export interface Words {
  t: (key: MessageKey, params?: MessageParams) => string;
  tc: (count: number, other: MessageKey, one: MessageKey, params?: MessageParams) => string;
}

/** A code as the query says it: its path, « (+ sous-codes) » when they count. */
export function describeCode(leaf: { codeId: number; withChildren: boolean }, labels: ReadonlyMap<number, CodeLabel>, words: Words): string {
  const label = labels.get(leaf.codeId);
  if (!label) return words.t('extracts.describe.missingCode', { id: leaf.codeId });
  return leaf.withChildren && label.hasChildren ? words.t('extracts.describe.withChildren', { code: label.path }) : label.path;
}

/** The distance of « suivi de » and « près de »: « même unité », « à 2 unités près ». */
export function describeWithin(within: number, words: Words): string {
  return within === 0 ? words.t('extracts.describe.sameUnit') : words.tc(within, 'extracts.describe.within', 'extracts.describe.within.one');
}

/** The query in plain words: « Freins › Liés aux publics ET Savoir-faire › Médiation ». */
export function describeQuery(query: CodeQuery, labels: ReadonlyMap<number, CodeLabel>, words: Words): string {
  const say = (q: CodeQuery, nested: boolean): string => {
    if (q.op === 'code') return describeCode(q, labels, words);
    const text = sentence(q);
    return nested ? `(${text})` : text;
  };
  const sentence = (q: Exclude<CodeQuery, { op: 'code' }>): string => {
    switch (q.op) {
      case 'and':
      case 'or': {
        if (q.items.length === 1) return say(q.items[0]!, false);
        const word = words.t(q.op === 'and' ? 'extracts.describe.and' : 'extracts.describe.or');
        return q.items.map((item) => say(item, true)).join(` ${word} `);
      }
      case 'not':
        return words.t('extracts.describe.not', { a: say(q.include, true), b: say(q.exclude, true) });
      case 'followedBy':
        return words.t('extracts.describe.followedBy', { a: say(q.first, true), b: say(q.then, true), distance: describeWithin(q.within, words) });
      case 'near':
        return words.t('extracts.describe.near', { a: say(q.a, true), b: say(q.b, true), distance: describeWithin(q.within, words) });
    }
  };
  return say(query, false);
}
