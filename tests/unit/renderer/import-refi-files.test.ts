import { describe, expect, it } from 'vitest';
import { isRefiName, refiAccept, splitRefi } from '../../../renderer/features/import/refiFiles';

describe('REFI-QDA files in an import batch', () => {
  it('recognises .qdpx and .qdc whatever their case, and nothing else', () => {
    expect(isRefiName('terrain.qdpx')).toBe(true);
    expect(isRefiName('Codebook.QDC')).toBe(true);
    expect(isRefiName('projet.QdPx')).toBe(true);
    expect(isRefiName('entretien.docx')).toBe(false);
    expect(isRefiName('qdpx')).toBe(false);
    expect(isRefiName('projet.qdpx.zip')).toBe(false);
    expect(isRefiName('projet.qde')).toBe(false);
  });

  it('takes them out of the batch in their order, leaving the rest as it was', () => {
    const names = ['a.docx', 'b.qdpx', 'c.csv', 'd.QDC', 'e.txt'];
    expect(splitRefi(names, (n) => n)).toEqual({ refi: ['b.qdpx', 'd.QDC'], rest: ['a.docx', 'c.csv', 'e.txt'] });
  });

  it('offers both extensions to the file chooser', () => {
    expect(refiAccept).toBe('.qdpx,.qdc');
  });
});
