import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp';

// The CLI as users run it: the `bin` entry of package.json, on the bundle `npm install` builds.
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'balise.cjs');
const fixtures = path.resolve(root, '../shared/fixtures');

function balise(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, BALISE_DATA_DIR: dataDir } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface JsonHit {
  document: string;
  documentId: number;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  where: string | null;
}

describe('balise search', () => {
  it('lists the hits of a folded query, for a reader or as JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'terrain.balise');
    expect(balise(['new', file], dir).code).toBe(0);
    const files = ['entretien-conseillere-logement.docx', 'entretien-animateur-foyer.vtt', 'fiche-observation-j2-mission-locale.docx'];
    expect(balise(['import', file, ...files.map((f) => path.join(fixtures, f))], dir).code).toBe(0);

    // « téléphone »: once in each interview, four times in the mission locale sheet.
    const json = balise(['search', file, 'telephone', '--json'], dir);
    expect(json).toMatchObject({ code: 0, err: '' });
    const parsed = JSON.parse(json.out) as { query: string; hits: number; documents: number; results: JsonHit[] };
    expect(parsed).toMatchObject({ query: 'telephone', hits: 6, documents: 3 });
    expect(parsed.results.map((r) => r.document)).toEqual([
      'entretien-conseillere-logement',
      'entretien-animateur-foyer',
      ...Array(4).fill('fiche-observation-j2-mission-locale'),
    ]);
    expect(parsed.results.every((r) => r.text === 'téléphone' && r.end - r.start === 'téléphone'.length)).toBe(true);
    const foyer = parsed.results[1]!;
    expect(foyer.before.endsWith('Ils sont sur leur ')).toBe(true);
    expect(foyer.after.startsWith(' toute la journée')).toBe(true);
    expect(foyer.where).toBe('Animateur');

    const text = balise(['search', file, '"mot', 'de', 'passe"'], dir);
    expect(text.code).toBe(0);
    expect(text.out).toContain('6 résultats dans 2 documents pour « "mot de passe" »');
    expect(text.out).toContain('fiche-observation-j2-mission-locale (4)');
    expect(text.out).toMatch(/oublié le \[mot de passe\] »/);

    expect(balise(['search', file, 'introuvable'], dir)).toMatchObject({ code: 0, out: 'Aucun résultat pour « introuvable ».\n' });
  });

  it('says in French what is wrong with a query, and how to call it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'vide.balise');
    balise(['new', file], dir);
    const unclosed = balise(['search', file, '"accès aux droits'], dir);
    expect(unclosed).toMatchObject({ code: 1, out: '' });
    expect(unclosed.err).toContain('Guillemet non fermé');
    expect(balise(['search', file], dir)).toMatchObject({ code: 2, err: expect.stringContaining('balise search FICHIER "recherche"') });
  });
});
