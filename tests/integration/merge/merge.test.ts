import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliceAndBruno, codedPassages, inserted, tables } from './merge-support';

const upload = (file: string, fileName = 'bruno.balise') => ({ fileName, data: fs.readFileSync(file).toString('base64') });

/**
 * Worked out from `aliceAndBruno` (merge-support.ts):
 * - documents: the sheet has the same fingerprint (1 by hash); the interview's was changed (1 by name, its text differs);
 * - codes: 15 StESS codes, one of them renamed by Bruno (same GUID): 14 matched, 1 renamed; « Freins/Temps » only in his;
 * - codings: his file holds Alice's 8 (already here) and his 5: « le numérique isole » is only in his text (unplaceable),
 *   the 4 others are new; 4 of his 5 are on the interview, 1 of which cannot be placed;
 * - memos: Alice's memo on the interview is already here; his memo on the sheet, on « Freins/Temps » and his comment are new;
 * - coders: Bruno; cases: E99 new, with 1 value (Zone 1) and 1 link; B07-M's zone differs (conflict, mine kept).
 */
const firstCounts = {
  documents: { byHash: 1, byName: 1, new: 0 },
  codes: { matched: 14, renamed: 1, onlyTheirs: 1, onlyMine: 0, created: 1 },
  codings: { new: 4, alreadyHere: 8, unplaceable: 1, skipped: 0 },
  memos: { new: 3, alreadyHere: 1, skipped: 0 },
  coders: { new: 1 },
  cases: { new: 1, values: 1, conflicts: 1, links: 1 },
};

describe('merging Bruno’s project into Alice’s', () => {
  it('previews exact counts, brings his work with his name, and a second merge brings nothing new', async () => {
    const { service, alice, brunoFile, processusGuid } = await aliceAndBruno();
    const before = tables(alice.file);
    const decisions = { renames: [{ guid: processusGuid, take: 'theirs' as const }] };
    const preview = await service.call('merge:preview', { ...upload(brunoFile), ...decisions });
    expect(preview.counts).toEqual(firstCounts);
    expect(tables(alice.file)).toEqual(before);
    expect(preview.textDifferences).toEqual([{ theirName: 'entretien-conseillere-logement', myName: 'entretien-conseillere-logement', by: 'name', codings: 4, unplaceable: 1 }]);
    expect(preview.renamed).toEqual([{ guid: processusGuid, myPath: 'Freins/Processus internes', theirPath: 'Freins/Organisation interne' }]);
    expect(preview.onlyTheirs).toEqual([{ theirPath: 'Freins/Temps', color: '#c0392b', codings: 1 }]);
    expect(preview.conflicts).toEqual([{ caseName: 'B07-M', attribute: 'Zone', mine: 'Zone 5', theirs: 'Zone 6' }]);
    expect(preview.newCoders.map((c) => c.name)).toEqual(['Bruno']);

    const report = await service.call('merge:apply', { ...upload(brunoFile), ...decisions });
    expect(report.counts).toEqual(firstCounts);

    // His codings are on Alice's text (without his inserted sentence), each with its coder.
    const interview = codedPassages(alice.file, alice.interview.id);
    expect(interview).toEqual([
      { code: 'Besoins/Besoin global', coder: 'Bruno', passage: "J'accompagne des ménages" },
      { code: 'Freins/Temps', coder: 'Bruno', passage: 'Une place énorme' },
      // Conflicting boundaries: both kept, each with its coder (the code took Bruno's name).
      { code: 'Freins/Organisation interne', coder: 'Bruno', passage: 'La direction compte les dossiers' },
      { code: 'Freins/Organisation interne', coder: 'Alice', passage: 'La direction compte les dossiers, pas le temps passé.' },
    ]);
    expect((await service.call('documents:get', { id: alice.interview.id })).text).not.toContain(inserted);
    expect(codedPassages(alice.file, alice.sheet.id).filter((c) => c.coder === 'Bruno')).toEqual([
      { code: 'Besoins/Besoin numérique', coder: 'Bruno', passage: 'pas de liste à jour des lieux de médiation numérique' },
    ]);
    const coders = await service.call('coders:list', {});
    expect(coders.map((c) => c.name)).toEqual(['Alice', 'Bruno']);
    const memos = await service.call('memos:list', {});
    expect(memos.filter((m) => m.coderName === 'Bruno').map((m) => [m.kind, m.text, m.target]).sort()).toEqual([
      ['code', 'Le temps manque partout.', 'Freins › Temps'],
      ['coding', 'D’accord avec Alice.', expect.stringContaining('Que la relation de confiance')],
      ['document', 'Fiche riche en verbatims.', 'fiche-observation-j2-mission-locale'],
    ]);
    const table = await service.call('cases:table', {});
    const zone = alice.attributes.get('Zone')!;
    const zoneOf = (name: string) => table.cases.find((r) => r.name === name)?.values[zone];
    expect(zoneOf('B07-M')).toBe('Zone 5');
    expect(zoneOf('E99')).toBe('Zone 1');

    // Twice: nothing new (the passage that cannot be placed is still reported, B07-M's zone still differs).
    const afterFirst = tables(alice.file);
    const again = await service.call('merge:apply', { ...upload(brunoFile), ...decisions });
    expect(again.counts).toEqual({
      documents: { byHash: 1, byName: 1, new: 0 },
      codes: { matched: 16, renamed: 0, onlyTheirs: 0, onlyMine: 0, created: 0 },
      codings: { new: 0, alreadyHere: 12, unplaceable: 1, skipped: 0 },
      memos: { new: 0, alreadyHere: 4, skipped: 0 },
      coders: { new: 0 },
      cases: { new: 0, values: 0, conflicts: 1, links: 0 },
    });
    expect(tables(alice.file)).toEqual(afterFirst);
  });

  it('undo gives back the project exactly, coders included', async () => {
    const { service, alice, brunoFile } = await aliceAndBruno();
    const before = tables(alice.file);
    await service.call('merge:apply', upload(brunoFile));
    expect(tables(alice.file)).not.toEqual(before);
    const history = await service.call('history:list', {});
    expect(history.entries[0]?.label).toBe('Fusion du projet « bruno.balise »');
    await service.call('history:undo', {});
    expect(tables(alice.file)).toEqual(before);
  });

  it('by default keeps my name on a renamed code; the review can skip or map codes only in theirs', async () => {
    const { service, alice, brunoFile } = await aliceAndBruno();
    const skip = await service.call('merge:preview', { ...upload(brunoFile), codeDecisions: [{ theirPath: 'Freins/Temps', action: 'skip' }] });
    // « Une place énorme » is not brought, nor the memo on « Freins/Temps »; no code is created.
    expect(skip.counts.codings).toEqual({ new: 3, alreadyHere: 8, unplaceable: 1, skipped: 1 });
    expect(skip.counts.memos).toEqual({ new: 2, alreadyHere: 1, skipped: 1 });
    expect(skip.counts.codes.created).toBe(0);

    const besoin = alice.codes.get('Besoins/Besoin global')!;
    const report = await service.call('merge:apply', { ...upload(brunoFile), codeDecisions: [{ theirPath: 'Freins/Temps', action: 'map', targetCodeId: besoin }] });
    expect(report.counts.codes.created).toBe(0);
    const interview = codedPassages(alice.file, alice.interview.id);
    expect(interview.filter((c) => c.coder === 'Bruno').map((c) => [c.code, c.passage])).toEqual([
      ['Besoins/Besoin global', "J'accompagne des ménages"],
      ['Besoins/Besoin global', 'Une place énorme'],
      ['Freins/Processus internes', 'La direction compte les dossiers'],
    ]);
    expect((await service.call('codebook:list', {})).some((c) => c.path === 'Freins/Organisation interne' || c.path === 'Freins/Temps')).toBe(false);
  });

  it('refuses a file that is not a project, in French, and changes nothing', async () => {
    const { service, alice } = await aliceAndBruno();
    const before = tables(alice.file);
    await expect(service.call('merge:apply', { fileName: 'notes.balise', data: Buffer.from('pas un projet').toString('base64') })).rejects.toMatchObject({
      code: 'NOT_A_PROJECT',
    });
    await expect(service.call('merge:preview', { fileName: 'notes.txt', data: Buffer.from('x').toString('base64') })).rejects.toMatchObject({ code: 'IMPORT_UNSUPPORTED_TYPE' });
    expect(tables(alice.file)).toEqual(before);
  });
});
