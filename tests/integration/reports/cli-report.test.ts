/**
 * `balise export … --format report`: the synthesis report of a family from the command line, on the
 * fixtures project (see synthesis-report.test.ts for the counts worked out by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';
import { readDocx, sectionAfter } from './docx-blocks';

describe('balise export --format report', () => {
  it('writes the report of the family, counted by the attribute, with the charts asked for', async () => {
    const file = await questionFile();
    const out = path.join(tempDir(), 'rapport.docx');
    const run = balise(['export', file, '--format', 'report', '--family', 'freins', '--by', 'branche', '--charts', 'matrix,map', '--title', 'Les freins', '--out', out], tempDir());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Exporté : ${out} (5 codes, 0 citations clés, 2 graphiques)\n`);
    const { files, blocks } = readDocx(fs.readFileSync(out).toString('base64'));
    expect(blocks.find((b) => b.style === 'Title')?.text).toBe('Les freins');
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    const processus = blocks.findIndex((b) => b.text === 'Freins › Processus internes');
    expect(sectionAfter(blocks, processus, 'Par valeur de « Branche »').slice(1, 3)).toEqual(['Logement social | 1 | 1 sur 1', 'Missions locales | 1 | 1 sur 2']);
  });

  it('follows --where: only the mediator’s column of the sheet', async () => {
    const file = await questionFile();
    const out = path.join(tempDir(), 'rapport.docx');
    const run = balise(['export', file, '--format', 'report', '--family', 'Freins', '--where', 'colonne=Retour du médiateur numérique', '--out', out], tempDir());
    expect(run.code).toBe(0);
    const { blocks, text } = readDocx(fs.readFileSync(out).toString('base64'));
    expect(text).toContain('Filtres : Colonne = Retour du médiateur numérique');
    // In that column, only « Comment outiller… » is a frein: one passage, one document, one case (B07-M).
    const processus = blocks.findIndex((b) => b.text === 'Freins › Processus internes');
    expect(sectionAfter(blocks, processus, 'Comptages')).toContain('■ Ce code | 1 | 1 | 1');
  });

  it('refuses a family, an attribute or a chart it does not know, in French, with exit code 1 and no file', async () => {
    const file = await questionFile();
    const dir = tempDir();
    const out = path.join(dir, 'rapport.docx');
    const family = balise(['export', file, '--format', 'report', '--family', 'Leviers', '--out', out], tempDir());
    expect(family.code).toBe(1);
    expect(family.err).toBe('balise : Code introuvable : « Leviers ». Les chemins s’écrivent Famille/Code, par exemple « Freins/Liés aux publics ».\n');
    const attribute = balise(['export', file, '--format', 'report', '--family', 'Freins', '--by', 'Région', '--out', out], tempDir());
    expect(attribute.code).toBe(1);
    expect(attribute.err).toMatch(/^balise : Attribut inconnu : « Région »\. Attributs des cas : .*Branche/);
    const chart = balise(['export', file, '--format', 'report', '--family', 'Freins', '--charts', 'camembert', '--out', out], tempDir());
    expect(chart.code).toBe(1);
    expect(chart.err).toBe('balise : Graphique inconnu : « camembert ». Choisissez parmi matrix, crosstab, map.\n');
    const none = balise(['export', file, '--format', 'report', '--out', out], tempDir());
    expect(none.code).toBe(1);
    expect(none.err).toContain('--family');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
