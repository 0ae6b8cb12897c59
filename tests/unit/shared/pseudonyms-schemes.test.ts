import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRST_NAMES, letterLabel, PseudonymMaker } from '../../../shared/pseudonyms/schemes';

describe('pseudonym schemes', () => {
  it('counts letters A … Z, AA, AB … like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('makes « Personne A », « Personne B »… skipping what is taken (case-insensitively)', () => {
    const maker = new PseudonymMaker({ scheme: 'letters', firstNames: [] }, ['personne a', 'Dupont']);
    expect(maker.make('person', 'Dupont')).toBe('Personne B');
    expect(maker.make('person', 'Martin')).toBe('Personne C');
    maker.take('PERSONNE D');
    expect(maker.make('person', 'Durand')).toBe('Personne E');
  });

  it('draws first names in order, never an original, then falls back to letters', () => {
    const maker = new PseudonymMaker({ scheme: 'firstNames', firstNames: ['Alice', 'Bruno'] }, ['alice']);
    expect(maker.make('person', 'Dupont')).toBe('Bruno');
    expect(maker.make('person', 'Martin')).toBe('Personne A');
    expect(DEFAULT_FIRST_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEFAULT_FIRST_NAMES.map((n) => n.toLowerCase())).size).toBe(DEFAULT_FIRST_NAMES.length);
  });

  it('proposes nothing for people under the free scheme, and own series for other kinds', () => {
    const maker = new PseudonymMaker({ scheme: 'free', firstNames: [] }, []);
    expect(maker.make('person', 'Dupont')).toBeNull();
    expect(maker.make('place', 'Lyon')).toBe('Lieu A');
    expect(maker.make('place', 'Brest')).toBe('Lieu B');
    expect(maker.make('email', 'a@b.fr')).toBe('courriel-1@exemple.org');
    expect(maker.make('phone', '06 12 34 56 78')).toBe('00 00 00 00 01');
    expect(maker.make('phone', '0612345679')).toBe('00 00 00 00 02');
    expect(maker.make('address', '12 rue des Lilas')).toBe('[adresse 1]');
    expect(maker.make('birthdate', 'née le 12/03/1985')).toBe('née le [date de naissance 1]');
    expect(maker.make('birthdate', 'né en 1990')).toBe('né en [date de naissance 2]');
    expect(maker.make('other', 'X')).toBe('Élément A');
  });
});
