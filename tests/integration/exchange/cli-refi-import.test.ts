import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { balise } from '../support/cli';
import { tempDir } from '../support/temp';
import { samples, snapshot } from './refi-import-support';

describe('balise import PROJECT FILE.qdpx', () => {
  it('imports a REFI-QDA project and prints its report in French', () => {
    const dataDir = tempDir();
    const project = path.join(tempDir(), 'cli.balise');
    expect(balise(['new', project, '--template', 'vide'], dataDir).code).toBe(0);
    const run = balise(['import', project, path.join(samples, 'qc-demo.qdpx')], dataDir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('« qc-demo.qdpx » importé (qc 1.3.2)\nSources : 2\nCodes : 262\nCodages : 205\nMémos : 0\nCas : 0\nAttributs : 0\nCodeurs : 1\n');
    expect(run.out).toContain('Adapté : Chemin « board_2017.txt » sans « internal:// » : lu dans l’archive');
    expect(snapshot(project).counts.codings).toBe(205);
  });

  it('imports the Taguette codebook and lists what the ATLAS.ti project leaves out', () => {
    const dataDir = tempDir();
    const project = path.join(tempDir(), 'cli.balise');
    balise(['new', project, '--template', 'vide'], dataDir);
    const run = balise(['import', project, path.join(samples, 'taguette-codebook.qdc'), path.join(samples, 'atlasti8-standard-project.qdpx')], dataDir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('« taguette-codebook.qdc » importé (Taguette 1.4.1)\nSources : 0\nCodes : 3\n');
    expect(run.out).toContain('Laissé de côté : 4 ensembles de codes ou de notes (Sets) : non pris en charge');
  });

  it('refuses a file that is not a zip, with a French message, and leaves the project as it was', () => {
    const dataDir = tempDir();
    const dir = tempDir();
    const project = path.join(dir, 'cli.balise');
    balise(['new', project, '--template', 'vide'], dataDir);
    const bad = path.join(dir, 'faux.qdpx');
    fs.writeFileSync(bad, 'pas une archive');
    const before = snapshot(project);
    const run = balise(['import', project, bad], dataDir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('« faux.qdpx » ne peut pas être importé : ce n’est pas une archive ZIP');
    expect(snapshot(project)).toEqual(before);
  });
});
