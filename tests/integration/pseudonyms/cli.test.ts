import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PseudonymiseJson } from '../../../electron/cli-pseudonymise';
import { balise, questionFile } from '../support/cli';
import { tempDir, testService } from '../support/temp';

/** Accepts « Claire » and « Inès » in the closed project, as the review screen would. */
async function decideInProject(file: string): Promise<void> {
  const { service } = testService();
  await service.call('projects:open', { path: file });
  await service.call('pseudonyms:decide', { original: 'Claire', kind: 'person', decision: 'accepted' });
  await service.call('pseudonyms:decide', { original: 'Inès', kind: 'person', decision: 'accepted', pseudonym: 'Zoé' });
  await service.call('pseudonyms:decide', { original: 'Agence', kind: 'person', decision: 'rejected' });
  await service.call('projects:close', {});
}

const texts = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT name, text FROM documents ORDER BY id').all() as { name: string; text: string }[];
  db.close();
  return rows;
};

describe('balise pseudonymise (needs npm run build)', () => {
  it('--preview --json prints the candidates and the replacements per document', async () => {
    const file = await questionFile();
    await decideInProject(file);
    const run = balise(['pseudonymise', file, '--preview', '--json'], tempDir());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as PseudonymiseJson;
    expect(Object.keys(json).sort()).toEqual(['candidates', 'preview']);
    const byName = new Map(json.candidates.map((c) => [c.original, c]));
    expect(byName.get('Claire')).toMatchObject({ kind: 'person', source: 'speaker', count: 1, documentCount: 1, decision: 'accepted', pseudonym: 'Personne A' });
    expect(byName.get('Inès')).toMatchObject({ count: 1, decision: 'accepted', pseudonym: 'Zoé' });
    expect(byName.get('Agence')).toMatchObject({ decision: 'rejected', pseudonym: null });
    // Pending lines carry the scheme's proposal: letters after A (taken by Claire).
    expect(byName.get('Rabière')).toMatchObject({ decision: 'pending', pseudonym: expect.stringMatching(/^Personne [B-Z]$/) });
    expect(byName.get('E03')).toMatchObject({ source: 'case', count: 0, decision: 'pending' });
    // Accepted: Claire once in the interview, Inès once in the sheet (counted by hand in the fixtures).
    const [sheet, interview] = texts(file);
    expect(json.preview).toEqual({
      documents: [
        { documentId: 1, name: sheet!.name, replacements: 1 },
        { documentId: 2, name: interview!.name, replacements: 1 },
      ],
      replacements: 2,
      // The sheet's 7 codings all come after « Inès » (its second line; 4 letters → « Zoé », 3), the
      // interview's coding « La direction compte… » after « Claire » (6 → « Personne A », 10); none holds a name.
      codingsMoved: 8,
      codingsChanged: 0,
    });
  });

  it('--preview in French, --apply with a backup, --export-table; errors exit 1 in French', async () => {
    const file = await questionFile();
    const data = tempDir();
    const empty = balise(['pseudonymise', file, '--preview'], data);
    expect(empty.code).toBe(0);
    expect(empty.out).toContain('Aucune décision acceptée');
    const nothing = balise(['pseudonymise', file, '--apply'], data);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('Aucune décision acceptée');

    await decideInProject(file);
    const preview = balise(['pseudonymise', file, '--preview'], data);
    expect(preview.out).toContain('Claire — Personne — 1 occurrence(s) dans 1 document(s) — Acceptée → Personne A');
    expect(preview.out).toContain('2 remplacements');

    const table = path.join(tempDir(), 'table.csv');
    const exported = balise(['pseudonymise', file, '--export-table', table], data);
    expect(exported.code).toBe(0);
    const csv = fs.readFileSync(table, 'utf8');
    expect(csv.startsWith('\uFEFFOriginal;Pseudonyme;Type;Décision;Source\r\n')).toBe(true);
    expect(csv).toContain('Claire;Personne A;Personne;Acceptée;Interlocuteur');
    expect(csv).toContain('Agence;;Personne;Refusée;Mot à majuscule');

    const applied = balise(['pseudonymise', file, '--apply'], data);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    const backup = /Sauvegarde d’avant : (.+)$/m.exec(applied.out)![1]!;
    expect(fs.existsSync(backup)).toBe(true);
    expect(texts(backup)[1]!.text).toContain('« Claire »');
    expect(texts(file)[1]!.text).toContain('« Personne A »');
    expect(texts(file)[0]!.text).toContain('Médiatrice numérique : Zoé');

    const noMode = balise(['pseudonymise', file], data);
    expect(noMode.code).toBe(1);
    expect(noMode.err).toContain('Utilisation : balise pseudonymise');
    const missing = balise(['pseudonymise', path.join(data, 'absent.balise'), '--preview'], data);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/introuvable/);
  });
});
