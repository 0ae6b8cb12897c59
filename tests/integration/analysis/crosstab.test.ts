/**
 * Codes × attributes on the fixtures (tests/integration/support/question-project.ts). By hand from
 * cas.csv: B07-M is the « Médiatrice numérique », B07-P and E03 are « Professionnelle »; the sheet's
 * observed facts belong to both B07 cases, its debrief columns to one each, the interview to E03.
 */
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { buildQuestionProject, type QuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

async function setUp(): Promise<{ service: Service; p: QuestionProject }> {
  const { service, folder } = testService();
  return { service, p: await buildQuestionProject(service, folder) };
}

const leaves = (p: QuestionProject) =>
  ['Freins/Posture ou compétence', 'Freins/Processus internes', 'Savoir-faire/Accueil et confiance'].map((path) => p.codes.get(path)!);

describe('codes × attributes on the fixtures', () => {
  it('counts passages, documents and cases per value of « Rôle », each passage once in the total', async () => {
    const { service, p } = await setUp();
    const table = await service.call('analysis:crosstab', { codeIds: leaves(p), attributeIds: [p.attributes.get('Rôle')!], filters: {} });
    expect(table.attributes.map((a) => a.name)).toEqual(['Rôle']);
    expect(table.columns).toEqual([
      { values: ['Médiatrice numérique'], cases: 1 },
      { values: ['Professionnelle'], cases: 2 },
    ]);
    expect(table.rows.map((r) => [r.path, r.cells, r.total])).toEqual([
      // « manquer de temps » (observed: both B07) and « Je fais souvent… » (professional's column).
      [
        'Freins/Posture ou compétence',
        [
          { passages: 1, documents: 1, cases: 1 },
          { passages: 2, documents: 1, cases: 1 },
        ],
        { passages: 2, documents: 1, cases: 2 },
      ],
      // « Comment outiller… » (mediator's column) and the E03 interview.
      [
        'Freins/Processus internes',
        [
          { passages: 1, documents: 1, cases: 1 },
          { passages: 1, documents: 1, cases: 1 },
        ],
        { passages: 2, documents: 2, cases: 2 },
      ],
      [
        'Savoir-faire/Accueil et confiance',
        [
          { passages: 1, documents: 1, cases: 1 },
          { passages: 0, documents: 0, cases: 0 },
        ],
        { passages: 1, documents: 1, cases: 1 },
      ],
    ]);
  });

  it('makes a column per combination of values, and keeps only the cases the filters let through', async () => {
    const { service, p } = await setUp();
    const attributeIds = [p.attributes.get('Branche')!, p.attributes.get('Rôle')!];
    const table = await service.call('analysis:crosstab', { codeIds: leaves(p), attributeIds, filters: {} });
    expect(table.columns.map((c) => [...c.values, c.cases])).toEqual(
      // E03's branch, read from cas.csv, sorts before « Missions locales ».
      table.columns.map((c) => [...c.values, c.cases]).sort((x, y) => String(x[0]).localeCompare(String(y[0]), 'fr') || String(x[1]).localeCompare(String(y[1]), 'fr')),
    );
    expect(table.columns.filter((c) => c.values[0] === 'Missions locales')).toEqual([
      { values: ['Missions locales', 'Médiatrice numérique'], cases: 1 },
      { values: ['Missions locales', 'Professionnelle'], cases: 1 },
    ]);
    const zone5 = await service.call('analysis:crosstab', {
      codeIds: leaves(p),
      attributeIds: [p.attributes.get('Rôle')!],
      filters: { attributes: [{ attributeId: p.attributes.get('Zone')!, values: ['Zone 5'] }] },
    });
    // E03 is in zone 4: the professional column keeps B07-P only, and « La direction… » drops out.
    expect(zone5.columns).toEqual([
      { values: ['Médiatrice numérique'], cases: 1 },
      { values: ['Professionnelle'], cases: 1 },
    ]);
    expect(zone5.rows[1]!.total).toEqual({ passages: 1, documents: 1, cases: 1 });
  });

  it('gives the same passages as the extract browser’s attribute filter', async () => {
    const { service, p } = await setUp();
    const table = await service.call('analysis:crosstab', { codeIds: [p.codes.get('Freins')!], withChildren: true, attributeIds: [p.attributes.get('Rôle')!], filters: {} });
    for (const [index, column] of table.columns.entries()) {
      const extracts = await service.call('extracts:list', {
        query: { op: 'code', codeId: p.codes.get('Freins')!, withChildren: true },
        filters: { attributes: [{ attributeId: p.attributes.get('Rôle')!, values: [column.values[0]!] }] },
      });
      expect(table.rows[0]!.cells[index]).toEqual(extracts.counts);
    }
  });
});
