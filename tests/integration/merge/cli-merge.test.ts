import { describe, expect, it } from 'vitest';
import { balise } from '../support/cli';
import { tempDir } from '../support/temp';
import { aliceAndBruno } from './merge-support';

describe('balise merge', () => {
  it('--preview --json gives the counts and writes nothing; then merges, and a second merge brings nothing new', async () => {
    const { service, alice, brunoFile } = await aliceAndBruno();
    await service.call('projects:close', {});
    const data = tempDir();

    const preview = balise(['merge', alice.file, brunoFile, '--preview', '--json'], data);
    expect(preview.err).toBe('');
    expect(preview.code).toBe(0);
    const report = JSON.parse(preview.out) as { preview: boolean; decisions: unknown; counts: unknown };
    expect(report.preview).toBe(true);
    expect(report.decisions).toEqual({ codesOnlyInTheirs: 'create', renamedCodes: 'mine' });
    // The same numbers as merge.test.ts works out (the review's choices change no count here).
    expect(report.counts).toEqual({
      documents: { byHash: 1, byName: 1, new: 0 },
      codes: { matched: 14, renamed: 1, onlyTheirs: 1, onlyMine: 0, created: 1 },
      codings: { new: 4, alreadyHere: 8, unplaceable: 1, skipped: 0 },
      memos: { new: 3, alreadyHere: 1, skipped: 0 },
      coders: { new: 1 },
      cases: { new: 1, values: 1, conflicts: 1, links: 1 },
    });
    const info = () => JSON.parse(balise(['info', alice.file, '--json'], data).out) as { codings: number; memos: number; cases: number };
    expect(info()).toMatchObject({ codings: 8, memos: 1 });

    const merged = balise(['merge', alice.file, brunoFile], data);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('Fusion de « bruno.balise » : faite');
    expect(merged.out).toContain('Codages — nouveaux : 4 ; déjà présents : 8 ; impossibles à placer : 1 ; ignorés : 0');
    expect(merged.out).toContain('Sans revue : les codes seulement chez l’autre sont créés, mes noms sont gardés pour les codes renommés.');
    expect(merged.out).toContain('↻ code renommé : « Freins/Processus internes » (gardé) chez moi, « Freins/Organisation interne » chez l’autre');
    expect(info()).toMatchObject({ codings: 12, memos: 4 });

    const again = JSON.parse(balise(['merge', alice.file, brunoFile, '--json'], data).out) as { counts: { codings: { new: number }; memos: { new: number }; cases: { new: number; values: number; links: number }; coders: { new: number }; documents: { new: number }; codes: { created: number } } };
    expect([again.counts.codings.new, again.counts.memos.new, again.counts.cases.new, again.counts.cases.values, again.counts.cases.links, again.counts.coders.new, again.counts.documents.new, again.counts.codes.created]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('usage errors exit 2; a missing file exits 1 with a French message', async () => {
    const data = tempDir();
    expect(balise(['merge', 'seul.balise'], data)).toMatchObject({ code: 2, err: 'Utilisation : balise merge PROJET AUTRE.balise|AUTRE.qdpx [--preview] [--json]\n' });
    const { service, alice } = await aliceAndBruno();
    await service.call('projects:close', {});
    const missing = balise(['merge', alice.file, '/nulle/part/bruno.balise'], data);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('bruno.balise');
  });
});
