/**
 * `agreement:compute` on a real project file coded by Alice and Bruno (and Clara) in turn; the
 * codings are described in ./project.ts. Figures worked out by hand:
 *
 * Characters, uncoded text included (the interview: 700 characters):
 * - Liés aux publics: both [164,214) = 50, Bruno only [214,261) = 47, neither 700 − 97 = 603.
 *   p_o = 653/700 ≈ 0.9329; p_A = 50/700, p_B = 97/700; p_e = (50·97 + 650·603)/700² = 396800/490000;
 *   κ = (457100 − 396800)/(490000 − 396800) = 60300/93200 = 603/932 ≈ 0.6470.
 *   o₁₁ = 100, o₀₀ = 1206, o₀₁ = 47; n₁ = 147, n₀ = 1253, n = 1400;
 *   α = 1 − 1399·47/(1253·147) = 118438/184191 ≈ 0.6430.
 * - Posture ou compétence: Alice only 77, Bruno only 12, neither 611: p_o = 611/700;
 *   p_e = (77·12 + 623·688)/700² = 429548/490000; κ = (427700 − 429548)/60452 = −66/2159 ≈ −0.0306.
 * - Manque de ressources: Bruno only 47, neither 653: p_e = 1·653/700 = p_o, so κ = 0;
 *   α = 1 − 1399·47/(1353·47) = −46/1353 ≈ −0.0340.
 * - Overall (the three tables added): both 50, Alice only 77, Bruno only 106, neither 1867
 *   (N = 2100); p_o = 1917/2100 = 639/700; κ = 14198/46223 ≈ 0.3072.
 * Characters, uncoded text left out, Liés aux publics: only [164,261): both 50, Bruno only 47;
 *   p_o = 50/97 ≈ 0.515, p_B = 1, p_e = p_A = 50/97, so κ = 0 (from 0.647 with the uncoded text);
 *   α = 1 − 193·47/(47·147) = −46/147 ≈ −0.313.
 * Units (title paragraph and six turns = 7 units), uncoded units included:
 * - Liés aux publics: both coded turn [118,261): both 1, neither 6 → 100 %, κ = α = 1.
 * - Posture ou compétence: both coded turn [317,512) (different words): κ = α = 1, where the
 *   characters gave κ ≈ −0.03 — a unit counts as coded when any coding overlaps it.
 * - Manque de ressources: Bruno only, 1 unit: p_o = 6/7, κ = 0.
 * - Overall: both 2, Bruno only 1, neither 18 (N = 21): p_o = 20/21; p_e = (2·3 + 19·18)/441 = 348/441;
 *   κ = (420 − 348)/(441 − 348) = 24/31 ≈ 0.7742; α = 144/185 ≈ 0.7784.
 * Three coders (Clara codes Liés aux publics like Bruno), characters, included, Liés aux publics:
 *   [164,214) ×50 all three: o₁₁ += 50·3·2/2 = 150; [214,261) ×47 Bruno and Clara: o₁₁ += 47,
 *   o₀₁ += 47·1·2/2 = 47; 603 × nobody: o₀₀ += 603·3 = 1809. n₁ = 244, n₀ = 1856, n = 2100;
 *   α = 1 − 2099·47/(1856·244) = 354211/452864 ≈ 0.7822; percent (197 + 1809)/2100 = 1003/1050.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementRequest } from '../../../shared/domain/agreement';
import { BaliseError } from '../../../shared/errors';
import { testService } from '../support/temp';
import { buildAgreementProject, POSTURE, PUBLICS, RESSOURCES } from './project';

describe('inter-coder agreement on a project coded by two, then three coders', () => {
  async function open(withClara = false) {
    const { service, folder } = testService();
    const project = await buildAgreementProject(service, folder, withClara);
    await service.call('projects:open', { path: project.file });
    const codeIds = [PUBLICS, POSTURE, RESSOURCES].map((p) => project.codes.get(p)!);
    const coder = (name: string) => project.coders.get(name)!;
    const compute = (request: Partial<AgreementRequest>) =>
      service.call('agreement:compute', { coderIds: [coder('Alice'), coder('Bruno')], codeIds, withChildren: false, level: 'character', uncoded: 'include', ...request });
    return { service, project, codeIds, coder, compute };
  }

  it('lists the coders who coded, and compares only the document both coded', async () => {
    const { service, project, compute } = await open();
    const coders = await service.call('agreement:coders', {});
    expect(coders.map((c) => [c.name, c.codings, c.documents])).toEqual([
      ['Alice', 3, 2],
      ['Bruno', 3, 1],
    ]);
    const result = await compute({});
    expect(result.documents).toEqual([{ documentId: project.interview, name: expect.stringContaining('periscolaire') as unknown as string, coderIds: [project.coders.get('Alice'), project.coders.get('Bruno')], size: 700 }]);
  });

  it('characters with uncoded text: per code and overall', async () => {
    const { compute } = await open();
    const result = await compute({});
    const [publics, posture, ressources] = result.byCode;
    expect(publics!.counts.table).toEqual({ both: 50, onlyFirst: 0, onlySecond: 47, neither: 603 });
    expect(publics!.percent).toBeCloseTo(653 / 700, 10);
    expect(publics!.kappa).toBeCloseTo(603 / 932, 10);
    expect(publics!.alpha).toBeCloseTo(118438 / 184191, 10);
    expect(posture!.counts.table).toEqual({ both: 0, onlyFirst: 77, onlySecond: 12, neither: 611 });
    expect(posture!.kappa).toBeCloseTo(-66 / 2159, 10);
    expect(ressources!.kappa).toBeCloseTo(0, 10);
    expect(ressources!.alpha).toBeCloseTo(-46 / 1353, 10);
    expect(result.overall.counts.table).toEqual({ both: 50, onlyFirst: 77, onlySecond: 106, neither: 1867 });
    expect(result.overall.percent).toBeCloseTo(639 / 700, 10);
    expect(result.overall.kappa).toBeCloseTo(14198 / 46223, 10);
    expect(result.byDocument[0]!.kappa).toBeCloseTo(14198 / 46223, 10);
  });

  it('by default, the codes the coders applied in the compared documents, in the codebook’s order', async () => {
    const { project, compute } = await open();
    const result = await compute({ codeIds: undefined });
    expect(result.byCode.map((r) => r.codeId).sort()).toEqual([PUBLICS, POSTURE, RESSOURCES].map((p) => project.codes.get(p)!).sort());
    expect(result.overall.kappa).toBeCloseTo(14198 / 46223, 10);
  });

  it('without uncoded text, kappa of « Liés aux publics » falls from 0.647 to 0', async () => {
    const { compute } = await open();
    const publics = (await compute({ uncoded: 'exclude' })).byCode[0]!;
    expect(publics.counts.table).toEqual({ both: 50, onlyFirst: 0, onlySecond: 47, neither: 0 });
    expect(publics.percent).toBeCloseTo(50 / 97, 10);
    expect(publics.kappa).toBeCloseTo(0, 10);
    expect(publics.alpha).toBeCloseTo(-46 / 147, 10);
  });

  it('units: coders agree on the turns where they disagree on the characters', async () => {
    const { compute } = await open();
    const result = await compute({ level: 'unit' });
    expect(result.documents[0]!.size).toBe(7);
    const [publics, posture, ressources] = result.byCode;
    expect(publics).toMatchObject({ percent: 1, kappa: 1, alpha: 1 });
    expect(posture).toMatchObject({ percent: 1, kappa: 1, alpha: 1 });
    expect(ressources!.counts.table).toEqual({ both: 0, onlyFirst: 0, onlySecond: 1, neither: 6 });
    expect(ressources!.kappa).toBeCloseTo(0, 10);
    expect(result.overall.counts.table).toEqual({ both: 2, onlyFirst: 0, onlySecond: 1, neither: 18 });
    expect(result.overall.kappa).toBeCloseTo(24 / 31, 10);
    expect(result.overall.alpha).toBeCloseTo(144 / 185, 10);
  });

  it('a document one coder did not code counts nothing, and says so', async () => {
    const { project, compute } = await open();
    const result = await compute({ documentIds: [project.interview, project.sheet] });
    expect(result.documents.map((d) => d.documentId)).toEqual([project.interview, project.sheet]);
    expect(result.documents[1]!.coderIds).toEqual([project.coders.get('Alice')]);
    expect(result.byDocument[1]).toMatchObject({ percent: null, kappa: null, alpha: null, reason: 'noData' });
    expect(result.overall.kappa).toBeCloseTo(14198 / 46223, 10);
  });

  it('a family with its sub-codes counts their codings', async () => {
    const { project, compute } = await open();
    const freins = project.codes.get('Freins')!;
    const result = await compute({ codeIds: [freins], withChildren: true });
    // Alice: [164,214) ∪ [365,442) = 127; Bruno: [164,261) ∪ [317,329) ∪ [545,592) = 156;
    // both 50; Alice only 77; Bruno only 106; neither 700 − 50 − 77 − 106 = 467.
    expect(result.byCode[0]!.counts.table).toEqual({ both: 50, onlyFirst: 77, onlySecond: 106, neither: 467 });
    expect((await compute({ codeIds: [freins], withChildren: false })).byCode[0]!.reason).toBe('noVariation');
  });

  it('three coders: Krippendorff’s alpha, no kappa', async () => {
    const { coder, compute } = await open(true);
    const result = await compute({ coderIds: [coder('Alice'), coder('Bruno'), coder('Clara')] });
    const publics = result.byCode[0]!;
    expect(publics.kappa).toBeNull();
    expect(publics.counts.table).toBeNull();
    expect(publics.counts.coincidences).toEqual({ coded: 197, uncoded: 1809, mixed: 47 });
    expect(publics.percent).toBeCloseTo(1003 / 1050, 10);
    expect(publics.alpha).toBeCloseTo(354211 / 452864, 10);
  });

  it('refuses fewer than two coders and unknown coders, in French', async () => {
    const { service, coder, compute } = await open();
    await expect(service.call('agreement:compute', { coderIds: [coder('Alice'), coder('Alice')], level: 'character', uncoded: 'include', withChildren: false })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const error = await compute({ coderIds: [coder('Alice'), 999] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaliseError);
    expect((error as BaliseError).toWire().message.fr).toBe('Codeur·euse 999 introuvable.');
  });
});
