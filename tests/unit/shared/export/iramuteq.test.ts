import { describe, expect, it } from 'vitest';
import { iramuteqCorpus, iramuteqText, iramuteqToken, iramuteqVariable, uniqueNames } from '../../../../shared/export/iramuteq';

describe('IRaMuTeQ: names and values of starred variables', () => {
  it('keeps accents, letters and digits; every other run becomes one « - », trimmed', () => {
    expect(iramuteqToken('Zone 5')).toBe('Zone-5');
    expect(iramuteqToken('Rôle')).toBe('Rôle');
    expect(iramuteqToken("Type d'accueil (principal)")).toBe('Type-d-accueil-principal');
    expect(iramuteqToken('  Freins/Posture ou compétence ')).toBe('Freins-Posture-ou-compétence');
    expect(iramuteqToken('a_b*c')).toBe('a-b-c');
    expect(iramuteqToken('***')).toBe('');
  });

  it('writes *name_value with no space, star or second underscore', () => {
    expect(iramuteqVariable({ name: 'Branche', values: ['Missions locales'] })).toBe('*Branche_Missions-locales');
    expect(iramuteqVariable({ name: 'tranche_âge', values: ['18_25 ans'] })).toBe('*tranche-âge_18-25-ans');
    expect(iramuteqVariable({ name: 'doc', values: ['Entretien E03 — conseillère *logement*'] })).toBe('*doc_Entretien-E03-conseillère-logement');
  });

  it('says NA without a value and joins different values of shared passages with « -et- »', () => {
    expect(iramuteqVariable({ name: 'Rôle', values: [] })).toBe('*Rôle_NA');
    expect(iramuteqVariable({ name: 'Rôle', values: [null, '  '] })).toBe('*Rôle_NA');
    expect(iramuteqVariable({ name: 'Rôle', values: ['Médiateur', 'Professionnelle', 'Médiateur'] })).toBe('*Rôle_Médiateur-et-Professionnelle');
    expect(iramuteqVariable({ name: '***', values: ['x'] })).toBe('*variable_x');
  });

  it('makes names unique after sanitising, case blind', () => {
    expect(uniqueNames(['doc', 'Doc', 'Zone géo', 'zone_géo', 'âge'])).toEqual(['doc', 'Doc2', 'Zone-géo', 'zone-géo2', 'âge']);
  });
});

describe('IRaMuTeQ: the text of a unit and the corpus', () => {
  it('removes stars, turns underscores into spaces, LF line ends, no blank line', () => {
    expect(iramuteqText('**** pas une variable\r\n\r\n-*theme\rtexte _rire_ ici  \n\n')).toBe('pas une variable\n-theme\ntexte  rire  ici');
  });

  it('writes each text under its **** line, LF only, skipping empty texts', () => {
    const corpus = iramuteqCorpus([
      {
        variables: [
          { name: 'doc', values: ['fiche J2'] },
          { name: 'Rôle', values: ['Médiateur', 'Professionnelle'] },
        ],
        text: 'Première ligne\r\nSeconde * ligne',
      },
      { variables: [{ name: 'doc', values: ['vide'] }], text: ' \n ' },
      { variables: [{ name: 'doc', values: ['E03'] }], text: 'Un seul paragraphe.' },
    ]);
    expect(corpus).toBe(
      ['**** *doc_fiche-J2 *Rôle_Médiateur-et-Professionnelle', 'Première ligne', 'Seconde  ligne', '', '**** *doc_E03', 'Un seul paragraphe.', ''].join('\n'),
    );
    expect(corpus).not.toContain('\r');
  });

  it('is empty without units', () => {
    expect(iramuteqCorpus([])).toBe('');
  });
});
