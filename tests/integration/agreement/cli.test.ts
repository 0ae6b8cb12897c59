/**
 * `balise agreement` on the two-coder project of ./project.ts (figures worked out in
 * ./agreement.test.ts). Needs `npm run build` (the CLI runs from dist/).
 */
import { describe, expect, it } from 'vitest';
import { balise } from '../support/cli';
import { tempDir, testService } from '../support/temp';
import { buildAgreementProject, POSTURE, PUBLICS, RESSOURCES } from './project';

interface CliFigures {
  percent: number | null;
  kappa?: number | null;
  alpha: number | null;
  reason: string | null;
  counts: { compared: number; table: { both: number; onlyFirst: number; onlySecond: number; neither: number } | null };
}
interface CliAgreement {
  coders: string[];
  unit: string;
  uncoded: string;
  documents: { name: string; coders: string[]; size: number }[];
  codes: ({ code: string } & CliFigures)[];
  byDocument: ({ document: string } & CliFigures)[];
  overall: CliFigures;
}

describe('balise agreement', () => {
  async function project(withClara = false) {
    const { service, folder } = testService();
    const built = await buildAgreementProject(service, folder, withClara);
    return built.file;
  }

  it('prints per-code and overall figures as JSON, coders by name, codes by path', async () => {
    const file = await project();
    const data = tempDir('balise-cli-data-');
    const run = balise(['agreement', file, '--coders', 'Alice,Bruno', '--codes', PUBLICS, POSTURE, RESSOURCES, '--json'], data);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as CliAgreement;
    expect(result.coders).toEqual(['Alice', 'Bruno']);
    expect(result).toMatchObject({ unit: 'character', uncoded: 'include' });
    expect(result.documents).toEqual([{ name: expect.stringContaining('periscolaire') as unknown as string, coders: ['Alice', 'Bruno'], size: 700 }]);
    expect(result.codes.map((c) => c.code)).toEqual([PUBLICS, POSTURE, RESSOURCES]);
    expect(result.codes[0]!.kappa).toBeCloseTo(603 / 932, 10);
    expect(result.codes[0]!.percent).toBeCloseTo(653 / 700, 10);
    expect(result.codes[0]!.alpha).toBeCloseTo(118438 / 184191, 10);
    expect(result.overall.kappa).toBeCloseTo(14198 / 46223, 10);
    expect(result.overall.counts.table).toEqual({ both: 50, onlyFirst: 77, onlySecond: 106, neither: 1867 });

    const units = JSON.parse(balise(['agreement', file, '--codes', PUBLICS, POSTURE, RESSOURCES, '--unit', 'unit', '--json'], data).out) as CliAgreement;
    expect(units.overall.kappa).toBeCloseTo(24 / 31, 10);
    const excluded = JSON.parse(balise(['agreement', file, '--codes', PUBLICS, '--uncoded', 'exclude', '--json'], data).out) as CliAgreement;
    expect(excluded.codes[0]!.kappa).toBeCloseTo(0, 10);
    expect(excluded.codes[0]!.percent).toBeCloseTo(50 / 97, 10);
  });

  it('three coders by default: alpha, and no kappa key', async () => {
    const file = await project(true);
    const run = balise(['agreement', file, '--codes', PUBLICS, '--json'], tempDir('balise-cli-data-'));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as CliAgreement;
    expect(result.coders).toEqual(['Alice', 'Bruno', 'Clara']);
    expect('kappa' in result.codes[0]!).toBe(false);
    expect(result.codes[0]!.alpha).toBeCloseTo(354211 / 452864, 10);
  });

  it('says what is wrong in French, exit 1', async () => {
    const file = await project();
    const data = tempDir('balise-cli-data-');
    const unknown = balise(['agreement', file, '--coders', 'Alice,Zoé', '--json'], data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('balise : Codeur·euse introuvable : « Zoé ». Ont codé dans ce projet : Alice, Bruno.\n');
    const one = balise(['agreement', file, '--coders', 'Alice', '--json'], data);
    expect(one.code).toBe(1);
    expect(one.err).toContain('Il faut au moins deux codeur·euses');
    const unit = balise(['agreement', file, '--unit', 'phrase'], data);
    expect(unit.code).toBe(1);
    expect(unit.err).toContain('Unité inconnue : « phrase »');
    const text = balise(['agreement', file, '--codes', PUBLICS], data);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Freins/Liés aux publics : 93,3 % d’accord · κ 0,647 · α 0,643');
  });
});
