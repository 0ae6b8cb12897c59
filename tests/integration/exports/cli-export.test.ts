import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';

describe('balise export', () => {
  it('writes the CSV of a code family under a condition, says what it holds, and leaves no temporary file', async () => {
    const file = await questionFile();
    const folder = tempDir('balise-out-');
    const out = path.join(folder, 'freins pros.csv');
    const run = balise(['export', file, '--format', 'csv', '--out', out, '--code', 'Freins', '--where', 'Rôle=Professionnelle'], tempDir());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(`Exporté : ${out} (5 extraits, 4 codes)`);
    expect(fs.readdirSync(folder)).toEqual(['freins pros.csv']);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.Code, r.Cas])).toEqual([
      ['Freins/Liés aux publics', 'B07-M, B07-P'],
      ['Freins/Posture ou compétence', 'B07-M, B07-P'],
      ["Freins/Manque de ressources ou d'information", 'B07-M, B07-P'],
      ['Freins/Posture ou compétence', 'B07-P'],
      ['Freins/Processus internes', 'E03'],
    ]);
    expect(parsed.data[4]!.Extrait).toBe('La direction compte les dossiers, pas le temps passé.');
    expect(parsed.data[4]!.Citation).toBe('«\u00a0La direction compte les dossiers, pas le temps passé.\u00a0» (entretien-conseillere-logement, E03, Claire, 00:06:02)');
  });

  it('heads a Word or HTML export with --title', async () => {
    const file = await questionFile();
    const folder = tempDir('balise-out-');
    const out = path.join(folder, 'freins.html');
    const run = balise(['export', file, '--format', 'html', '--out', out, '--code', 'Freins', '--title', 'Freins des professionnelles'], tempDir());
    expect(run.err).toBe('');
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<title>Freins des professionnelles</title>');
    expect(html).toContain('<h1>Freins des professionnelles</h1>');
    // Without it, the default heading.
    const plain = path.join(folder, 'plain.html');
    balise(['export', file, '--format', 'html', '--out', plain, '--code', 'Freins'], tempDir());
    expect(fs.readFileSync(plain, 'utf8')).toContain('<h1>Extraits codés</h1>');
  });

  it('an unknown format exits 1 with a French message and writes nothing', async () => {
    const file = await questionFile();
    const folder = tempDir('balise-out-');
    const run = balise(['export', file, '--format', 'pdf', '--out', path.join(folder, 'x.pdf')], tempDir());
    expect(run.code).toBe(1);
    expect(run.err).toContain('Format inconnu : « pdf »');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
