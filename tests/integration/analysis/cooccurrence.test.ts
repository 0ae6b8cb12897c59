/**
 * Co-occurrence on the fixtures (tests/integration/support/question-project.ts). Worked out by hand
 * from the J2 sheet: the « Faits observés » answers of the first grid come in the order publics,
 * posture, ressources; « elle dit manquer de temps » is coded Freins/Posture ou compétence and,
 * overlapping it, « « faire avec » ; elle dit manquer de temps » Savoir-faire/Mise en capacité.
 * In the debrief the cells read: appris (médiateur: « Que la relation de confiance… », professionnel),
 * différent (médiateur, professionnel: « Je fais souvent… »), questions (médiateur: « Comment
 * outiller… », professionnel). Freins has 6 codings (5 on the sheet, 1 in the E03 interview);
 * Savoir-faire has 2 (« faire avec » and « relation de confiance »).
 */
import { describe, expect, it } from 'vitest';
import type { CooccurrenceMode } from '../../../shared/domain/analysis';
import type { ExtractFilters } from '../../../shared/domain/extract';
import type { Service } from '../../../electron/service';
import { buildQuestionProject, type QuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

async function setUp(): Promise<{ service: Service; p: QuestionProject }> {
  const { service, folder } = testService();
  return { service, p: await buildQuestionProject(service, folder) };
}

function families(p: QuestionProject, mode: CooccurrenceMode, within = 1, filters: ExtractFilters = {}) {
  return { codeIds: [p.codes.get('Freins')!, p.codes.get('Savoir-faire')!], withChildren: true, mode, within, filters };
}

describe('co-occurrence matrix on the fixtures', () => {
  it('gives each mode its own counts, Jaccard and c-coefficient', async () => {
    const { service, p } = await setUp();
    const expected: Record<CooccurrenceMode, { n1: number; n2: number; c: number }> = {
      // Only « elle dit manquer de temps » is coded with both families: 1 of 6 + 2 − 1.
      overlap: { n1: 6, n2: 2, c: 1 / 7 },
      // The same answer holds both codings; the debrief's confiance cell holds no frein.
      unit: { n1: 6, n2: 2, c: 1 / 7 },
      // Within one cell, the three first answers make one passage of Freins, and the two debrief cells another.
      near: { n1: 3, n2: 2, c: 1 / 4 },
      // One passage of each family per document: Freins in both documents, Savoir-faire in the sheet.
      document: { n1: 2, n2: 1, c: 1 / 2 },
    };
    for (const mode of Object.keys(expected) as CooccurrenceMode[]) {
      const matrix = await service.call('analysis:cooccurrence', families(p, mode));
      expect(matrix.codes.map((c) => [c.path, c.passages]), mode).toEqual([
        ['Freins', expected[mode].n1],
        ['Savoir-faire', expected[mode].n2],
      ]);
      expect(matrix.pairs, mode).toHaveLength(1);
      const pair = matrix.pairs[0]!;
      expect(pair, mode).toMatchObject({ a: p.codes.get('Freins'), b: p.codes.get('Savoir-faire'), passages: 1, documents: 1, cases: 2, jaccard: 0.5 });
      expect(pair.c, mode).toBeCloseTo(expected[mode].c, 10);
    }
  });

  it('counts the codes’ own documents and cases, and their families', async () => {
    const { service, p } = await setUp();
    const matrix = await service.call('analysis:cooccurrence', families(p, 'overlap'));
    expect(matrix.codes.map((c) => ({ documents: c.documents, cases: c.cases, familyId: c.familyId }))).toEqual([
      { documents: 2, cases: 3, familyId: p.codes.get('Freins') },
      { documents: 1, cases: 2, familyId: p.codes.get('Savoir-faire') },
    ]);
  });

  it('applies the extract browser’s filters: attributes, structure', async () => {
    const { service, p } = await setUp();
    const professionals: ExtractFilters = { attributes: [{ attributeId: p.attributes.get('Rôle')!, values: ['Professionnelle'] }] };
    const pro = await service.call('analysis:cooccurrence', families(p, 'unit', 1, professionals));
    // The mediator's two debrief cells drop out; E03 is a professional too.
    expect(pro.codes.map((c) => [c.passages, c.cases])).toEqual([
      [5, 2],
      [1, 1],
    ]);
    expect(pro.pairs[0]).toMatchObject({ passages: 1, cases: 1 });

    const mediatorColumn: ExtractFilters = { structure: [{ field: 'column', values: ['Retour du médiateur numérique'] }] };
    // « Que la relation de confiance… » (appris, médiateur) and « Comment outiller… » (questions,
    // médiateur) are four cells apart: appris-professionnel, différent ×2 lie between them.
    expect((await service.call('analysis:cooccurrence', families(p, 'unit', 1, mediatorColumn))).pairs).toEqual([]);
    expect((await service.call('analysis:cooccurrence', families(p, 'near', 3, mediatorColumn))).pairs).toEqual([]);
    const near4 = await service.call('analysis:cooccurrence', families(p, 'near', 4, mediatorColumn));
    expect(near4.pairs.map((x) => [x.passages, x.cases])).toEqual([[1, 1]]);
  });

  it('gives code by code the pairs of sub-codes, and leaves out codes that do not exist', async () => {
    const { service, p } = await setUp();
    const ids = ['Freins/Liés aux publics', 'Freins/Posture ou compétence', 'Savoir-faire/Mise en capacité', 'Savoir-faire/Accueil et confiance'].map((path) => p.codes.get(path)!);
    const matrix = await service.call('analysis:cooccurrence', { codeIds: [...ids, 999_999], withChildren: false, mode: 'unit', within: 0, filters: {} });
    expect(matrix.codes.map((c) => c.path)).toEqual(['Freins/Liés aux publics', 'Freins/Posture ou compétence', 'Savoir-faire/Mise en capacité', 'Savoir-faire/Accueil et confiance']);
    expect(matrix.pairs).toEqual([{ a: ids[1], b: ids[2], passages: 1, documents: 1, cases: 2, jaccard: 1, c: 1 / 2 }]);
  });

  it('opens the extracts behind a cell: the codings that meet, with context', async () => {
    const { service, p } = await setUp();
    const overlap = await service.call('analysis:cooccurrenceExtracts', { ...families(p, 'overlap'), a: p.codes.get('Freins')!, b: p.codes.get('Savoir-faire')! });
    expect(overlap.extracts.map((e) => e.text)).toEqual(['« faire avec » ; elle dit manquer de temps', 'elle dit manquer de temps pour laisser le jeune faire seul']);
    expect(overlap.counts).toEqual({ passages: 2, documents: 1, cases: 2 });
    expect(overlap.extracts[0]!.context?.before).toContain("jeunes très à l'aise");

    const document = await service.call('analysis:cooccurrenceExtracts', { ...families(p, 'document'), a: p.codes.get('Freins')!, b: p.codes.get('Savoir-faire')! });
    // Every coding of the sheet, none of the interview (Savoir-faire is not coded there).
    expect(document.counts).toEqual({ passages: 7, documents: 1, cases: 2 });
    expect(document.extracts.some((e) => e.codingId === p.codings.direction)).toBe(false);
  });

  it('follows codings added, undone and redone (the codings kept between analyses are checked)', async () => {
    const { service, p } = await setUp();
    const before = await service.call('analysis:cooccurrence', families(p, 'document'));
    expect(before.codes[1]!.documents).toBe(1);
    const text = p.interview.text;
    const passage = 'La direction compte les dossiers';
    const start = text.indexOf(passage);
    await service.call('codings:add', { documentId: p.interview.id, codeId: p.codes.get('Savoir-faire/Mise en capacité')!, start, end: start + passage.length });
    const after = await service.call('analysis:cooccurrence', families(p, 'document'));
    expect(after.codes[1]!.documents).toBe(2);
    expect(after.pairs[0]).toMatchObject({ passages: 2, documents: 2, jaccard: 1 });
    await service.call('history:undo', {});
    expect((await service.call('analysis:cooccurrence', families(p, 'document'))).pairs[0]).toMatchObject({ passages: 1, documents: 1 });
    await service.call('history:redo', {});
    expect((await service.call('analysis:cooccurrence', families(p, 'document'))).pairs[0]).toMatchObject({ passages: 2, documents: 2 });
  });

  it('refuses a malformed request at the boundary', async () => {
    const { service, p } = await setUp();
    await expect(service.call('analysis:cooccurrence', { ...families(p, 'overlap'), codeIds: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.call('analysis:cooccurrence', { ...families(p, 'overlap'), mode: 'paragraphe' as CooccurrenceMode })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
