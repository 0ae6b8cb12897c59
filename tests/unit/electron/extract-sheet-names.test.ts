import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../../electron/service/exports/extracts-xlsx';

describe('sheet names of the one-sheet-per-code workbook', () => {
  it('take the code’s own name, drop what Excel refuses, stay within 31 characters and never repeat', () => {
    expect(
      sheetNames([
        'Freins/Liés aux publics',
        'Savoir-faire/Liés aux publics',
        "Freins/Manque de ressources ou d'information",
        'Besoins/Besoin [urgent]: quoi ?',
        "Famille/'Entre apostrophes'",
        'Freins/LIÉS AUX PUBLICS',
      ]),
    ).toEqual(['Liés aux publics', 'Liés aux publics (2)', "Manque de ressources ou d'infor", 'Besoin urgent quoi', 'Entre apostrophes', 'LIÉS AUX PUBLICS (3)']);
  });

  it('shorten a long name to leave room for its number', () => {
    const long = 'Un code au nom beaucoup trop long pour Excel';
    const names = sheetNames([`A/${long}`, `B/${long}`]);
    expect(names).toEqual(['Un code au nom beaucoup trop lo', 'Un code au nom beaucoup tro (2)']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});
