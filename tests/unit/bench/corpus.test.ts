import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidRange } from '../../../shared/offsets';
import {
  codeWeights,
  countWords,
  generateCodebook,
  generateDocument,
  generateDocumentCodings,
  mulberry32,
  planCodingCounts,
  type GeneratedCoding,
} from '../../bench/corpus';
import { scales } from '../../bench/scales';

const SEED = 20240611;
const DOCS = 6;
const WORDS = 1500;
const CODINGS = 900;
const CODERS = 3;

function corpus(seed: number): { texts: string[]; codings: GeneratedCoding[][] } {
  const texts = Array.from({ length: DOCS }, (_, i) => generateDocument(seed, i, WORDS).text);
  const counts = planCodingCounts(seed, DOCS, CODINGS);
  const weights = codeWeights(40);
  return { texts, codings: texts.map((text, i) => generateDocumentCodings(seed, i, text, counts[i]!, weights, CODERS)) };
}

const hash = (texts: string[]): string => crypto.createHash('sha256').update(texts.join('\u0000')).digest('hex');

describe('bench corpus', () => {
  const a = corpus(SEED);

  it('is deterministic: same seed, same texts and codings; another seed, another corpus', () => {
    const b = corpus(SEED);
    expect(hash(b.texts)).toBe(hash(a.texts));
    expect(b.codings).toEqual(a.codings);
    expect(generateCodebook(SEED, 4, 10)).toEqual(generateCodebook(SEED, 4, 10));
    expect(hash(corpus(SEED + 1).texts)).not.toBe(hash(a.texts));
  });

  it('has the requested counts: words per document, codings in all, codes in the tree', () => {
    for (const text of a.texts) expect(countWords(text)).toBe(WORDS);
    expect(a.codings.flat()).toHaveLength(CODINGS);
    const tree = generateCodebook(SEED, 10, 15);
    expect(tree).toHaveLength(10);
    expect(tree.reduce((n, family) => n + 1 + (family.children?.length ?? 0), 0)).toBe(150);
    for (const family of tree) expect(new Set(family.children?.map((c) => c.name)).size).toBe(14);
    for (const scale of Object.values(scales)) expect(scale.families * scale.perFamily).toBe(scale.codes);
  });

  it('builds units inside the text, transcripts with timed speaker turns', () => {
    const transcript = generateDocument(SEED, 0, WORDS);
    const observation = generateDocument(SEED, 4, WORDS);
    expect(transcript.kind).toBe('transcript');
    expect(observation.kind).toBe('observation');
    expect(new Set(transcript.units.filter((u) => u.kind === 'turn').map((u) => u.attrs.speaker))).toEqual(
      new Set(['Enquêtrice', 'Professionnelle']),
    );
    expect(transcript.units.every((u) => u.kind !== 'turn' || /^\d\d:\d\d:\d\d$/.test(u.attrs.time ?? ''))).toBe(true);
    expect(observation.units.some((u) => u.kind === 'answer' && u.parent !== null)).toBe(true);
    for (const doc of [transcript, observation]) {
      for (const unit of doc.units) expect(isValidRange(doc.text, unit)).toBe(true);
    }
  });

  it('uses accents and characters outside the BMP (emoji as surrogate pairs)', () => {
    const all = a.texts.join('\n');
    expect(all).toMatch(/[éèàçêô]/);
    expect(all).toMatch(/’/);
    expect(all).toMatch(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
  });

  it('keeps every coding inside its document, on character and word boundaries', () => {
    a.codings.forEach((codings, i) => {
      const text = a.texts[i]!;
      for (const c of codings) {
        expect(isValidRange(text, c)).toBe(true);
        expect(text.slice(c.start, c.end)).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/su);
        expect(c.codeIndex).toBeGreaterThanOrEqual(0);
        expect(c.codeIndex).toBeLessThan(40);
        expect(c.coderIndex).toBeLessThan(CODERS);
      }
    });
  });

  it('has overlapping, nested and double-coded ranges, by several coders', () => {
    let overlapping = 0;
    let nested = 0;
    let doubled = 0;
    for (const codings of a.codings) {
      const sorted = [...codings].sort((x, y) => x.start - y.start || y.end - x.end);
      for (let i = 0; i < sorted.length; i += 1) {
        const x = sorted[i]!;
        for (let j = i + 1; j < sorted.length && sorted[j]!.start < x.end; j += 1) {
          const y = sorted[j]!;
          if (y.start === x.start && y.end === x.end) doubled += x.coderIndex === y.coderIndex ? 0 : 1;
          else if (y.end <= x.end) nested += 1;
          else if (y.start > x.start) overlapping += 1;
        }
      }
    }
    expect(overlapping).toBeGreaterThan(50);
    expect(nested).toBeGreaterThan(50);
    expect(doubled).toBeGreaterThan(10);
    expect(new Set(a.codings.flat().map((c) => c.coderIndex)).size).toBe(CODERS);
  });

  it('plans uneven coding counts that sum to the total', () => {
    const counts = planCodingCounts(SEED, 200, 40_000);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(40_000);
    expect(Math.max(...counts)).toBeGreaterThan(2 * (40_000 / 200));
  });

  it('draws numbers in [0, 1) from mulberry32, reproducibly', () => {
    const r1 = mulberry32(7);
    const r2 = mulberry32(7);
    const draws = Array.from({ length: 1000 }, () => r1());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(1000);
  });
});
