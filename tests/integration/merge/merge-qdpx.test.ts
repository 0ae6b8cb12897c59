import { describe, expect, it } from 'vitest';
import { aliceAndBruno, codedPassages, tables } from './merge-support';

describe('merging a .qdpx exported from Bruno’s project', () => {
  it('brings the same work as his .balise, and nothing the second time', async () => {
    const { service, alice, brunoFile } = await aliceAndBruno();
    await service.call('projects:close', {});
    await service.call('projects:open', { path: brunoFile });
    const exported = await service.call('exports:project', { format: 'qdpx' });
    await service.call('projects:close', {});
    await service.call('projects:open', { path: alice.file });
    const upload = { fileName: 'bruno.qdpx', data: exported.base64 };

    // As for his .balise (merge.test.ts): the REFI-QDA export keeps the GUIDs of codes and codings,
    // the coders, notes and cases. The interview's fingerprint is that of his edited text, so it is
    // matched by name; the sheet's is that of the same text. His column links of B07-M and B07-P
    // come as passages: those cases are already linked to the sheet here, so nothing is added.
    const counts = {
      documents: { byHash: 1, byName: 1, new: 0 },
      codes: { matched: 14, renamed: 1, onlyTheirs: 1, onlyMine: 0, created: 1 },
      codings: { new: 4, alreadyHere: 8, unplaceable: 1, skipped: 0 },
      memos: { new: 3, alreadyHere: 1, skipped: 0 },
      coders: { new: 1 },
      cases: { new: 1, values: 1, conflicts: 1, links: 1 },
    };
    expect((await service.call('merge:preview', upload)).counts).toEqual(counts);
    expect((await service.call('merge:apply', upload)).counts).toEqual(counts);
    // Without a review, my name is kept on the renamed code.
    expect(codedPassages(alice.file, alice.interview.id).filter((c) => c.coder === 'Bruno')).toEqual([
      { code: 'Besoins/Besoin global', coder: 'Bruno', passage: "J'accompagne des ménages" },
      { code: 'Freins/Temps', coder: 'Bruno', passage: 'Une place énorme' },
      { code: 'Freins/Processus internes', coder: 'Bruno', passage: 'La direction compte les dossiers' },
    ]);

    const afterFirst = tables(alice.file);
    const again = await service.call('merge:apply', upload);
    expect(again.counts).toEqual({
      documents: { byHash: 1, byName: 1, new: 0 },
      // « Freins/Temps » now matched by path; the renamed code is still listed (my name kept).
      codes: { matched: 15, renamed: 1, onlyTheirs: 0, onlyMine: 0, created: 0 },
      codings: { new: 0, alreadyHere: 12, unplaceable: 1, skipped: 0 },
      memos: { new: 0, alreadyHere: 4, skipped: 0 },
      coders: { new: 0 },
      cases: { new: 0, values: 0, conflicts: 1, links: 0 },
    });
    expect(tables(alice.file)).toEqual(afterFirst);
  });
});
