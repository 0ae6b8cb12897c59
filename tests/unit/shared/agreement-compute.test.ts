/**
 * Agreement over a small text worked out by hand (shared/agreement/compute.ts).
 *
 * The text has 20 characters [0, 20) in five units of four: [0,4) [4,8) [8,12) [12,16) [16,20).
 * Code 1: Alice codes [2,10), Bruno codes [5,14). Code 2: both code [16,18).
 *
 * Characters, uncoded text included, code 1:
 *   both [5,10) = 5; Alice only [2,5) = 3; Bruno only [10,14) = 4; neither 20 − 12 = 8.
 *   p_o = 13/20 = 0.65; p_A = 8/20 = 0.40, p_B = 9/20 = 0.45; p_e = 0.40·0.45 + 0.60·0.55 = 0.51;
 *   κ = 0.14/0.49 = 2/7 ≈ 0.2857.
 *   Coincidences: o₁₁ = 2·5 = 10, o₀₀ = 2·8 = 16, o₀₁ = 3 + 4 = 7; n₁ = 17, n₀ = 23, n = 40;
 *   α = 1 − 39·7/(23·17) = 1 − 273/391 = 118/391 ≈ 0.3018.
 * Characters, uncoded text left out, code 1 (only [2,14), 12 characters):
 *   both 5, Alice only 3, Bruno only 4, neither 0; p_o = 5/12; p_e = (8·9 + 4·3)/144 = 7/12;
 *   κ = (5/12 − 7/12)/(5/12) = −0.4 — the same disagreements now weigh against far fewer agreements.
 *   o₁₁ = 10, o₀₀ = 0, o₀₁ = 7; n₁ = 17, n₀ = 7, n = 24; α = 1 − 23·7/(7·17) = −6/17 ≈ −0.3529.
 * Units, included, code 1: Alice's [2,10) touches units 0, 1, 2; Bruno's [5,14) units 1, 2, 3.
 *   both 2, Alice only 1, Bruno only 1, neither 1 (unit 4); p_o = 3/5; p_e = 0.6·0.6 + 0.4·0.4 = 0.52;
 *   κ = 0.08/0.48 = 1/6. o₁₁ = 4, o₀₀ = 2, o₀₁ = 2; n₁ = 6, n₀ = 4; α = 1 − 9·2/24 = 0.25.
 * Units, left out: units 0–3 (unit 4 nobody coded with code 1): both 2, Alice only 1, Bruno only 1;
 *   p_o = 1/2, p_e = 9/16 + 1/16 = 5/8; κ = (1/2 − 5/8)/(3/8) = −1/3. n₁ = 6, n₀ = 2, n = 8;
 *   α = 1 − 7·2/(2·6) = −1/6.
 * Overall, characters, included: the two codes' tables added up: both 5 + 2 = 7, Alice only 3,
 *   Bruno only 4, neither 8 + 18 = 26 (N = 40). p_o = 33/40; p_A = 10/40, p_B = 11/40;
 *   p_e = (10·11 + 30·29)/1600 = 980/1600; κ = (1320 − 980)/(1600 − 980) = 340/620 = 17/31 ≈ 0.5484.
 * Overall, characters, left out: the text any coder coded with either code, [2,14) ∪ [16,18) = 14
 *   characters. Code 1 there: both 5, Alice only 3, Bruno only 4, neither 2; code 2: both 2,
 *   neither 12. Sum: both 7, Alice only 3, Bruno only 4, neither 14 (N = 28). p_o = 21/28;
 *   p_e = (10·11 + 18·17)/784 = 416/784; κ = (588 − 416)/(784 − 416) = 172/368 = 43/92 ≈ 0.4674.
 */
import { describe, expect, it } from 'vitest';
import { nominalAlpha } from '../../../shared/agreement/coefficients';
import { chosenCodesOf, computeAgreement, type AgreementDocumentInput, type AgreementInput } from '../../../shared/agreement/compute';
import { characterSegments, unionOf } from '../../../shared/agreement/intervals';

const ALICE = 1;
const BRUNO = 2;
const CLARA = 3;
const units = [0, 4, 8, 12, 16].map((start) => ({ start, end: start + 4 }));

const small: AgreementDocumentInput = {
  documentId: 10,
  length: 20,
  units,
  presentCoderIds: [ALICE, BRUNO],
  codings: [
    { codeId: 1, coderId: ALICE, start: 2, end: 10 },
    { codeId: 1, coderId: BRUNO, start: 5, end: 14 },
    { codeId: 2, coderId: ALICE, start: 16, end: 18 },
    { codeId: 2, coderId: BRUNO, start: 16, end: 18 },
  ],
};

function run(partial: Partial<AgreementInput>) {
  return computeAgreement({ coderIds: [ALICE, BRUNO], codeIds: [1, 2], level: 'character', uncoded: 'include', documents: [small], ...partial });
}

describe('agreement per code, per document and overall', () => {
  it('characters with uncoded text', () => {
    const result = run({});
    const [code1, code2] = result.byCode;
    expect(code1!.counts.table).toEqual({ both: 5, onlyFirst: 3, onlySecond: 4, neither: 8 });
    expect(code1!.percent).toBeCloseTo(0.65, 12);
    expect(code1!.kappa).toBeCloseTo(2 / 7, 12);
    expect(code1!.alpha).toBeCloseTo(118 / 391, 12);
    expect(code2).toMatchObject({ percent: 1, kappa: 1, alpha: 1, reason: null });
    expect(result.overall.counts.table).toEqual({ both: 7, onlyFirst: 3, onlySecond: 4, neither: 26 });
    expect(result.overall.percent).toBeCloseTo(33 / 40, 12);
    expect(result.overall.kappa).toBeCloseTo(17 / 31, 12);
    expect(result.byDocument).toHaveLength(1);
    expect(result.byDocument[0]!.kappa).toBeCloseTo(17 / 31, 12);
  });

  it('characters without uncoded text: kappa drops, perfect agreement on code 2 leaves κ and α undefined', () => {
    const result = run({ uncoded: 'exclude' });
    const [code1, code2] = result.byCode;
    expect(code1!.counts.table).toEqual({ both: 5, onlyFirst: 3, onlySecond: 4, neither: 0 });
    expect(code1!.percent).toBeCloseTo(5 / 12, 12);
    expect(code1!.kappa).toBeCloseTo(-0.4, 12);
    expect(code1!.alpha).toBeCloseTo(-6 / 17, 12);
    expect(code2).toMatchObject({ percent: 1, kappa: null, alpha: null, reason: 'noVariation' });
    expect(result.overall.counts.table).toEqual({ both: 7, onlyFirst: 3, onlySecond: 4, neither: 14 });
    expect(result.overall.kappa).toBeCloseTo(43 / 92, 12);
  });

  it('units (the finest structure), with and without uncoded units', () => {
    const included = run({ level: 'unit' }).byCode[0]!;
    expect(included.counts.table).toEqual({ both: 2, onlyFirst: 1, onlySecond: 1, neither: 1 });
    expect(included.kappa).toBeCloseTo(1 / 6, 12);
    expect(included.alpha).toBeCloseTo(0.25, 12);
    const excluded = run({ level: 'unit', uncoded: 'exclude' }).byCode[0]!;
    expect(excluded.counts.table).toEqual({ both: 2, onlyFirst: 1, onlySecond: 1, neither: 0 });
    expect(excluded.kappa).toBeCloseTo(-1 / 3, 12);
    expect(excluded.alpha).toBeCloseTo(-1 / 6, 12);
  });

  it('a coder absent from a document: that document adds nothing, and says why', () => {
    const alone: AgreementDocumentInput = { documentId: 11, length: 30, units: [], presentCoderIds: [ALICE], codings: [{ codeId: 1, coderId: ALICE, start: 0, end: 30 }] };
    const result = run({ documents: [small, alone] });
    expect(result.byDocument[1]).toMatchObject({ documentId: 11, percent: null, kappa: null, alpha: null, reason: 'noData' });
    expect(result.overall.counts.table).toEqual({ both: 7, onlyFirst: 3, onlySecond: 4, neither: 26 });
    expect(result.byCode[0]!.kappa).toBeCloseTo(2 / 7, 12);
  });

  it('no coding at all: nothing to compare', () => {
    const result = run({ documents: [{ ...small, presentCoderIds: [], codings: [] }] });
    expect(result.overall).toMatchObject({ percent: null, kappa: null, alpha: null, reason: 'noData' });
    expect(result.byCode[0]!.reason).toBe('noData');
  });

  it('a code nobody applied, uncoded text included: 100 % agreement, κ and α undefined', () => {
    const result = run({ codeIds: [1, 2, 3] });
    expect(result.byCode[2]).toMatchObject({ codeId: 3, percent: 1, kappa: null, alpha: null, reason: 'noVariation' });
  });

  it('perfect agreement with uncoded text: κ = α = 1', () => {
    const same: AgreementDocumentInput = { ...small, codings: small.codings.filter((c) => c.coderId === ALICE).flatMap((c) => [c, { ...c, coderId: BRUNO }]) };
    const result = run({ documents: [same] });
    expect(result.overall).toMatchObject({ percent: 1, kappa: 1, alpha: 1 });
  });

  it('three coders, one absent from the second document: α equals nominal alpha per character; no κ', () => {
    const three: AgreementDocumentInput = { ...small, presentCoderIds: [ALICE, BRUNO, CLARA], codings: [...small.codings, { codeId: 1, coderId: CLARA, start: 0, end: 6 }] };
    const other: AgreementDocumentInput = {
      documentId: 12,
      length: 8,
      units: [],
      presentCoderIds: [ALICE, CLARA],
      codings: [
        { codeId: 1, coderId: ALICE, start: 0, end: 4 },
        { codeId: 1, coderId: CLARA, start: 2, end: 8 },
      ],
    };
    const result = computeAgreement({ coderIds: [ALICE, BRUNO, CLARA], codeIds: [1], level: 'character', uncoded: 'include', documents: [three, other] });
    const covered = (ranges: { start: number; end: number }[], at: number) => (ranges.some((r) => r.start <= at && at < r.end) ? 1 : 0);
    const perCharacter: (0 | 1 | null)[][] = [];
    for (let at = 0; at < 20; at++) perCharacter.push([covered([{ start: 2, end: 10 }], at), covered([{ start: 5, end: 14 }], at), covered([{ start: 0, end: 6 }], at)]);
    for (let at = 0; at < 8; at++) perCharacter.push([covered([{ start: 0, end: 4 }], at), null, covered([{ start: 2, end: 8 }], at)]);
    expect(result.byCode[0]!.kappa).toBeNull();
    expect(result.byCode[0]!.counts.compared).toBe(28);
    expect(result.byCode[0]!.alpha).toBeCloseTo(nominalAlpha(perCharacter)!, 12);
  });
});

describe('units visited by codings only', () => {
  it('three coders by unit, one absent from a document: α equals nominal alpha over the units', () => {
    // Ten units of 10 characters; Alice codes units 1–2, Bruno unit 2, Clara units 2 and 7; a second
    // document of four units where only Alice and Clara coded: Alice unit 0, Clara units 0–1.
    const ten = Array.from({ length: 10 }, (_v, i) => ({ start: i * 10, end: i * 10 + 9 }));
    const four = ten.slice(0, 4);
    const documents: AgreementDocumentInput[] = [
      {
        documentId: 1,
        length: 100,
        units: ten,
        presentCoderIds: [ALICE, BRUNO, CLARA],
        codings: [
          { codeId: 1, coderId: ALICE, start: 12, end: 25 },
          { codeId: 1, coderId: BRUNO, start: 21, end: 22 },
          { codeId: 1, coderId: CLARA, start: 20, end: 29 },
          { codeId: 1, coderId: CLARA, start: 75, end: 76 },
        ],
      },
      { documentId: 2, length: 40, units: four, presentCoderIds: [ALICE, CLARA], codings: [{ codeId: 1, coderId: ALICE, start: 0, end: 5 }, { codeId: 1, coderId: CLARA, start: 3, end: 15 }] },
    ];
    const values: (0 | 1 | null)[][] = [
      ...ten.map((_u, i): (0 | 1 | null)[] => [i === 1 || i === 2 ? 1 : 0, i === 2 ? 1 : 0, i === 2 || i === 7 ? 1 : 0]),
      ...four.map((_u, i): (0 | 1 | null)[] => [i === 0 ? 1 : 0, null, i <= 1 ? 1 : 0]),
    ];
    const result = computeAgreement({ coderIds: [ALICE, BRUNO, CLARA], codeIds: [1], level: 'unit', uncoded: 'include', documents });
    expect(result.byCode[0]!.counts.compared).toBe(14);
    expect(result.byCode[0]!.alpha).toBeCloseTo(nominalAlpha(values)!, 12);
    const excluded = computeAgreement({ coderIds: [ALICE, BRUNO, CLARA], codeIds: [1], level: 'unit', uncoded: 'exclude', documents });
    // Left out: only the units someone coded (1, 2, 7; then 0, 1).
    const coded = values.filter((v) => v.includes(1));
    expect(excluded.byCode[0]!.counts.compared).toBe(5);
    expect(excluded.byCode[0]!.alpha).toBeCloseTo(nominalAlpha(coded)!, 12);
  });
});

describe('intervals', () => {
  it('merges overlapping and touching codings and clamps them to the text', () => {
    expect(unionOf([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 40 }], 20)).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 20 },
    ]);
  });

  it('sweeps a long text by boundaries, not by character', () => {
    const segments = [...characterSegments([{ start: 0, end: 1_000_000 }], [[{ start: 10, end: 500_000 }], [{ start: 400_000, end: 600_000 }]])];
    expect(segments.map((s) => [s.weight, ...s.values])).toEqual([
      [10, 0, 0],
      [399_990, 1, 0],
      [100_000, 1, 1],
      [100_000, 0, 1],
      [400_000, 0, 0],
    ]);
  });
});

describe('chosen codes and their sub-codes', () => {
  // Freins (1) › Publics (2) › Jeunes (3); Besoins (4).
  const codes = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: null },
  ];
  it('a sub-code’s codings count for every chosen ancestor with sub-codes, only for itself without', () => {
    expect([...chosenCodesOf(codes, [1, 2], true)]).toEqual([
      [1, [1]],
      [2, [2, 1]],
      [3, [2, 1]],
    ]);
    expect([...chosenCodesOf(codes, [1, 2], false)]).toEqual([
      [1, [1]],
      [2, [2]],
    ]);
  });
});
