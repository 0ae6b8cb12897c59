import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CliCooccurrence } from '../../../electron/cli-cooccurrence';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';

describe('balise cooccurrence', () => {
  it('prints the JSON the issue describes: mode, measure, code paths, one entry per co-occurring pair', async () => {
    const file = await questionFile();
    const dataDir = tempDir();
    const run = balise(['cooccurrence', file, '--codes', 'Freins', 'Savoir-faire', '--mode', 'near:4', '--measure', 'c', '--where', 'colonne=Retour du médiateur numérique', '--format', 'json'], dataDir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as CliCooccurrence;
    // In the mediator's column, one frein and one savoir-faire, four cells apart: c = 1 / (1 + 1 − 1).
    expect(result).toEqual({ mode: 'near:4', measure: 'c', codes: ['Freins', 'Savoir-faire'], pairs: [{ a: 'Freins', b: 'Savoir-faire', value: 1 }] });

    const overlap = JSON.parse(balise(['cooccurrence', file, '--codes', 'Freins/Posture ou compétence', '--codes', 'Savoir-faire/Mise en capacité', '--codes', 'Freins/Liés aux publics', '--format', 'json'], dataDir).out) as CliCooccurrence;
    expect(overlap.mode).toBe('overlap');
    expect(overlap.pairs).toEqual([{ a: 'Freins/Posture ou compétence', b: 'Savoir-faire/Mise en capacité', value: 1 }]);
  });

  it('prints every code of the codebook as a CSV matrix with « ; » and the codes’ own counts on the diagonal', async () => {
    const file = await questionFile();
    const run = balise(['cooccurrence', file, '--mode', 'document'], tempDir());
    expect(run.code).toBe(0);
    const rows = Papa.parse<string[]>(run.out.trim(), { delimiter: ';' }).data;
    const header = rows[0]!;
    expect(header[0]).toBe('Code');
    const at = (a: string, b: string) => rows.find((r) => r[0] === a)![header.indexOf(b)];
    // Without --codes each code counts its own codings: Posture ou compétence is coded twice in the sheet (one document).
    expect(at('Freins/Posture ou compétence', 'Freins/Posture ou compétence')).toBe('1');
    expect(at('Freins/Processus internes', 'Freins/Processus internes')).toBe('2');
    expect(at('Freins/Posture ou compétence', 'Savoir-faire/Accueil et confiance')).toBe('1');
    expect(at('Savoir-faire/Accueil et confiance', 'Freins/Posture ou compétence')).toBe('1');
    // The interview holds only Processus internes: it meets nothing else there.
    expect(at('Freins/Processus internes', 'Freins/Liés aux publics')).toBe('1');
    expect(at('Freins', 'Savoir-faire')).toBe('0');
  });

  it('says in French what is wrong with a mode, a measure or a code, and exits 1', async () => {
    const file = await questionFile();
    const dataDir = tempDir();
    const mode = balise(['cooccurrence', file, '--mode', 'paragraphe'], dataDir);
    expect(mode.code).toBe(1);
    expect(mode.err).toContain('Mode inconnu : « paragraphe »');
    const measure = balise(['cooccurrence', file, '--measure', 'lift'], dataDir);
    expect(measure.code).toBe(1);
    expect(measure.err).toContain('Mesure inconnue : « lift »');
    const code = balise(['cooccurrence', file, '--codes', 'Freins/Inconnu'], dataDir);
    expect(code.code).toBe(1);
    expect(code.err).toContain('Code introuvable : « Freins/Inconnu »');
  });
});
