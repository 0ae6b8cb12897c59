import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';

describe('balise export --format iramuteq|codematrix|codebook-csv|codebook-docx', () => {
  it('writes the IRaMuTeQ corpus of the passages of a code under a condition, every attribute a variable', async () => {
    const file = await questionFile();
    const out = path.join(tempDir(), 'corpus.txt');
    const run = balise(['export', file, '--format', 'iramuteq', '--out', out, '--code', 'Freins/Processus internes', '--where', 'Rôle=Professionnelle'], tempDir());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(`Exporté : ${out} (1 texte)`);
    expect(fs.readFileSync(out, 'utf8')).toBe(
      '**** *code_Freins-Processus-internes *doc_entretien-conseillere-logement *Rôle_Professionnelle *Branche_Logement-social *Zone_Zone-4 *Structure_Association-de-logement *Ancienneté-années_8 *Jour_Entretien\n' +
        'La direction compte les dossiers, pas le temps passé.\n',
    );
  });

  it('writes the 0/1 matrix by case with « , » and the codebook as CSV and Word', async () => {
    const file = await questionFile();
    const folder = tempDir('balise-out-');
    const matrix = path.join(folder, 'matrice.csv');
    const run = balise(['export', file, '--format', 'codematrix', '--out', matrix, '--code', 'Freins/Posture ou compétence', '--code', 'Savoir-faire/Accueil et confiance', '--separator', ','], tempDir());
    expect(run.err).toBe('');
    expect(run.out.trim()).toBe(`Exporté : ${matrix} (7 cas, 2 codes)`);
    const table = Papa.parse<string[]>(fs.readFileSync(matrix, 'utf8').slice(1).trim(), { delimiter: ',' }).data;
    expect(table.slice(0, 3)).toEqual([
      ['Cas', 'Freins/Posture ou compétence', 'Savoir-faire/Accueil et confiance'],
      ['B07-M', '1', '1'],
      ['B07-P', '1', '0'],
    ]);
    expect(table.find((r) => r[0] === 'E03')).toEqual(['E03', '0', '0']);

    const csv = path.join(folder, 'codebook.csv');
    expect(balise(['export', file, '--format', 'codebook-csv', '--out', csv], tempDir()).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[1]).toBe("Freins;#C0392B;Obstacles constatés dans les pratiques d'accompagnement numérique;;");
    const docx = path.join(folder, 'codebook.docx');
    const word = balise(['export', file, '--format', 'codebook-docx', '--out', docx], tempDir());
    expect(word.out.trim()).toBe(`Exporté : ${docx} (15 codes, 0 exemples)`);
    expect(strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!)).toContain('Savoir-faire');
  });
});
