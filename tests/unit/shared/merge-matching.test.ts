import { describe, expect, it } from 'vitest';
import { TextRemapper } from '../../../shared/coding/remap';
import { codePaths, matchCodes, treeOrder, type MergeCodeRow } from '../../../shared/merge/codes';
import { placeCoding, samePassage, type CodingPlacement } from '../../../shared/merge/codings';
import { matchDocuments } from '../../../shared/merge/documents';

const doc = (id: number, name: string, hash: string, text = hash) => ({ id, name, hash, text });
const code = (id: number, parentId: number | null, name: string, guid: string): MergeCodeRow => ({ id, parentId, name, guid, color: '#123456' });

describe('merge: documents', () => {
  it('matches by content hash first, whatever the name', () => {
    const [match] = matchDocuments([doc(1, 'Entretien E03', 'h1'), doc(2, 'Fiche', 'h2')], [doc(7, 'Entretien renommé', 'h1')]);
    expect(match).toEqual({ theirId: 7, kind: 'hash', mineId: 1, textDiffers: false });
  });

  it('falls back on the name, and says when the texts differ', () => {
    const matches = matchDocuments([doc(1, 'Fiche', 'h1', 'Le texte.')], [doc(7, 'Fiche', 'h9', 'Le texte corrigé.'), doc(8, 'Fiche', 'h8', 'Le texte.')]);
    expect(matches).toEqual([
      { theirId: 7, kind: 'name', mineId: 1, textDiffers: true },
      { theirId: 8, kind: 'name', mineId: 1, textDiffers: false },
    ]);
  });

  it('a document of theirs matched by neither is new', () => {
    expect(matchDocuments([doc(1, 'A', 'h1')], [doc(3, 'B', 'h3')])).toEqual([{ theirId: 3, kind: 'new', mineId: null, textDiffers: false }]);
  });

  it('a hash match whose text was edited on one side is flagged (the hash is the text at import)', () => {
    expect(matchDocuments([doc(1, 'A', 'h1', 'avant')], [doc(3, 'A', 'h1', 'après')])[0]!.textDiffers).toBe(true);
  });
});

describe('merge: codes', () => {
  const mine = [code(1, null, 'Freins', 'g-freins'), code(2, 1, 'Mobilité', 'g-mob'), code(3, 1, 'Temps', 'g-temps'), code(4, null, 'Besoins', 'g-besoins')];

  it('gives each code its path from the root', () => {
    expect([...codePaths(mine).values()]).toEqual(['Freins', 'Freins/Mobilité', 'Freins/Temps', 'Besoins']);
  });

  it('matches by path even when the GUIDs differ (two projects made from the same template)', () => {
    const { matches } = matchCodes(mine, [code(10, null, 'Freins', 'autre'), code(11, 10, 'Mobilité', 'autre-2')]);
    expect(matches.map((m) => [m.theirPath, m.kind, m.mineId])).toEqual([
      ['Freins', 'matched', 1],
      ['Freins/Mobilité', 'matched', 2],
    ]);
  });

  it('the same GUID under another path is a renamed code; codes on one side only are listed', () => {
    const theirs = [code(10, null, 'Freins', 'g-freins'), code(11, 10, 'Déplacements', 'G-MOB'), code(12, 10, 'Numérique', 'g-new')];
    const { matches, onlyMine } = matchCodes(mine, theirs);
    expect(matches).toEqual([
      { theirId: 10, theirPath: 'Freins', kind: 'matched', mineId: 1, myPath: null },
      { theirId: 11, theirPath: 'Freins/Déplacements', kind: 'renamed', mineId: 2, myPath: 'Freins/Mobilité' },
      { theirId: 12, theirPath: 'Freins/Numérique', kind: 'onlyTheirs', mineId: null, myPath: null },
    ]);
    // Temps and Besoins: nothing of theirs points to them.
    expect(onlyMine).toEqual([3, 4]);
  });

  it('a GUID whose code of mine is matched by path elsewhere is not a rename', () => {
    // They renamed Mobilité into Transport, then made a new « Mobilité »: mine stays with the path.
    const theirs = [code(10, null, 'Freins', 'g-freins'), code(11, 10, 'Transport', 'g-mob'), code(12, 10, 'Mobilité', 'g-other')];
    const kinds = matchCodes(mine, theirs).matches.map((m) => [m.theirPath, m.kind, m.mineId]);
    expect(kinds).toEqual([
      ['Freins', 'matched', 1],
      ['Freins/Transport', 'onlyTheirs', null],
      ['Freins/Mobilité', 'matched', 2],
    ]);
  });

  it('orders a tree parents first', () => {
    expect(treeOrder([code(3, 2, 'C', 'c'), code(2, null, 'B', 'b'), code(1, null, 'A', 'a')]).map((c) => c.name)).toEqual(['B', 'C', 'A']);
  });
});

describe('merge: codings', () => {
  const base: CodingPlacement = { hereGuids: new Set(['g-1']), skippedCodes: new Set([5]), remap: new Map() };
  const coding = { id: 1, guid: 'G-1', documentId: 1, codeId: 2, start: 0, end: 4 };

  it('a GUID already here is skipped, whatever its code or offsets', () => {
    expect(placeCoding(coding, base)).toEqual({ kind: 'alreadyHere', guid: 'G-1' });
  });

  it('a coding of a code set aside is skipped; others keep their offsets', () => {
    expect(placeCoding({ ...coding, guid: 'g-2', codeId: 5 }, base)).toEqual({ kind: 'skipped' });
    expect(placeCoding({ ...coding, guid: 'g-2' }, base)).toEqual({ kind: 'new', start: 0, end: 4 });
  });

  it('on a document whose text differs, carries the passage onto my text or reports it', () => {
    const theirs = 'Le jeune vient seul. Il manque de temps.';
    const mine = 'Le jeune vient toujours seul. Il a peu de moyens.';
    const remapper = TextRemapper.between(theirs, mine);
    const remap = new Map([[1, (r: { start: number; end: number }) => {
      const mapped = remapper.mapRange(r, 'exclusive');
      return mapped && samePassage(theirs, r, mine, mapped) ? mapped : null;
    }]]);
    // « vient seul » (9–20) becomes « vient toujours seul » at 9–29 in mine.
    expect(placeCoding({ ...coding, guid: 'g-3', start: 9, end: 19 }, { ...base, remap })).toEqual({ kind: 'new', start: 9, end: 28 });
    expect(mine.slice(9, 28)).toBe('vient toujours seul');
    // « manque de temps » (24–40) was rewritten: reported, never placed on other words.
    expect(theirs.slice(24, 39)).toBe('manque de temps');
    expect(placeCoding({ ...coding, guid: 'g-4', start: 24, end: 39 }, { ...base, remap })).toEqual({ kind: 'unplaceable' });
  });
});
