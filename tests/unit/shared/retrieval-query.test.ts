import { describe, expect, it } from 'vitest';
import type { CodeQuery } from '../../../shared/domain/extract';
import { evaluateQuery, queryLeaves, type CodingRef } from '../../../shared/retrieval/query';
import type { TextRange } from '../../../shared/offsets';

/** Ten paragraphs of 100 characters in document 1, and one paragraph in document 2. */
const paragraphs: TextRange[] = Array.from({ length: 10 }, (_, i) => ({ start: i * 100, end: i * 100 + 98 }));
let nextId = 1;
const coding = (documentId: number, start: number, end: number): CodingRef => ({ id: nextId++, documentId, start, end });

function source(byCode: Record<number, CodingRef[]>) {
  return {
    codings: (codeId: number) => byCode[codeId] ?? [],
    units: (documentId: number) => (documentId === 1 ? paragraphs : [{ start: 0, end: 500 }]),
  };
}
const code = (codeId: number): CodeQuery => ({ op: 'code', codeId, withChildren: false });
const ranges = (result: Map<number, { start: number; end: number }[]>) =>
  [...result].flatMap(([doc, list]) => list.map((p) => `${doc}:${p.start}-${p.end}`));

describe('code queries', () => {
  const a1 = coding(1, 10, 50);
  const a2 = coding(1, 310, 360);
  const a3 = coding(2, 0, 40);
  const b1 = coding(1, 40, 80); // overlaps a1 on 40-50
  const b2 = coding(1, 520, 540); // two paragraphs after a2
  const b3 = coding(1, 20, 30); // nested in a1
  const src = source({ 1: [a1, a2, a3], 2: [b1, b2, b3], 3: [] });

  it('a code gives each of its codings, sorted, per document', () => {
    expect(ranges(evaluateQuery(code(1), src))).toEqual(['1:10-50', '1:310-360', '2:0-40']);
  });

  it('AND gives each overlap (partial and nested), with the codings that make it', () => {
    const result = evaluateQuery({ op: 'and', items: [code(1), code(2)] }, src);
    expect(ranges(result)).toEqual(['1:20-30', '1:40-50']);
    expect(result.get(1)![1]!.codingIds).toEqual([a1.id, b1.id]);
    // Touching is not overlapping.
    const touching = source({ 1: [coding(1, 0, 10)], 2: [coding(1, 10, 20)] });
    expect(ranges(evaluateQuery({ op: 'and', items: [code(1), code(2)] }, touching))).toEqual([]);
    // Anything AND a code without codings is empty.
    expect(ranges(evaluateQuery({ op: 'and', items: [code(1), code(3)] }, src))).toEqual([]);
  });

  it('AND of three narrows step by step', () => {
    const three = source({ 1: [coding(1, 0, 100)], 2: [coding(1, 20, 60)], 3: [coding(1, 50, 90)] });
    expect(ranges(evaluateQuery({ op: 'and', items: [code(1), code(2), code(3)] }, three))).toEqual(['1:50-60']);
  });

  it('OR keeps every passage once, same ranges joined', () => {
    const same = coding(1, 10, 50);
    const result = evaluateQuery({ op: 'or', items: [code(1), code(2), code(4)] }, { ...src, codings: (id: number) => (id === 4 ? [same] : src.codings(id)) });
    expect(ranges(result)).toEqual(['1:10-50', '1:20-30', '1:40-80', '1:310-360', '1:520-540', '2:0-40']);
    expect(result.get(1)![0]!.codingIds).toEqual([a1.id, same.id]);
  });

  it('NOT drops passages that overlap the excluded code, and keeps documents the excluded code does not reach', () => {
    expect(ranges(evaluateQuery({ op: 'not', include: code(1), exclude: code(2) }, src))).toEqual(['1:310-360', '2:0-40']);
  });

  it('followed by looks forward only, within N units (0 = the same unit)', () => {
    const q = (within: number): CodeQuery => ({ op: 'followedBy', first: code(1), then: code(2), within });
    // a2 is in paragraph 3, b2 in paragraph 5.
    expect(ranges(evaluateQuery(q(1), src))).toEqual([]);
    expect(ranges(evaluateQuery(q(2), src))).toEqual(['1:310-360']);
    // b1 starts inside a1: not « after » it.
    const reverse: CodeQuery = { op: 'followedBy', first: code(2), then: code(1), within: 9 };
    expect(ranges(evaluateQuery(reverse, src))).toEqual(['1:20-30', '1:40-80']);
  });

  it('near looks both ways, counts overlapping passages as distance 0, and never pairs a coding with itself', () => {
    const q = (within: number): CodeQuery => ({ op: 'near', a: code(2), b: code(1), within });
    expect(ranges(evaluateQuery(q(0), src))).toEqual(['1:20-30', '1:40-80']);
    expect(ranges(evaluateQuery(q(2), src))).toEqual(['1:20-30', '1:40-80', '1:520-540']);
    const self: CodeQuery = { op: 'near', a: code(1), b: code(1), within: 0 };
    expect(ranges(evaluateQuery(self, src))).toEqual([]);
  });

  it('lists the codes a query reads', () => {
    const q: CodeQuery = { op: 'not', include: { op: 'and', items: [code(1), code(2)] }, exclude: { op: 'near', a: code(3), b: code(4), within: 1 } };
    expect(queryLeaves(q).map((l) => l.codeId)).toEqual([1, 2, 3, 4]);
  });
});
