import { describe, expect, it } from 'vitest';
import { detectCandidates, type DetectionInput } from '../../../shared/pseudonyms/detect';
import { findPatterns } from '../../../shared/pseudonyms/patterns';

const base: DetectionInput = { texts: [], speakers: [], caseNames: [], places: ['Lyon', 'Saint-Étienne'], pseudonyms: [] };
const originals = (input: Partial<DetectionInput>) => detectCandidates({ ...base, ...input }).map((c) => `${c.original}|${c.kind}|${c.source}`);

describe('detectCandidates', () => {
  it('proposes speakers and case names, but not roles such as « Enquêtrice »', () => {
    expect(originals({ speakers: ['Claire', 'Enquêtrice', 'Q'], caseNames: ['E03'] })).toEqual(['Claire|person|speaker', 'E03|person|case']);
  });

  it('proposes capitalised words inside sentences, joins adjacent ones, and skips sentence starts and common words', () => {
    const text =
      'Bonjour. Hier, j’ai vu Marie Dupont avec Karim au marché. Karim était content. ' +
      'Elle habite à Lyon depuis Mars, dit Madame Roux. Le CV est prêt. Mission accomplie, la mission continue.';
    // « Bonjour », « Hier », « Elle », « Le », « Karim » (2nd) start sentences; « Mars » (month), « Madame » (title)
    // are common; « CV » is an acronym; « Mission » is written « mission » elsewhere. « Roux » follows « Madame ».
    expect(originals({ texts: [text] })).toEqual(['Lyon|place|placeList', 'Marie Dupont|person|capitalised', 'Karim|person|capitalised', 'Roux|person|capitalised']);
  });

  it('takes a name after a colon, and a two-word name at a sentence start', () => {
    expect(originals({ texts: ['Médiatrice : Inès (pseudonyme).\nJean Valjean arrive.'] })).toEqual(['Inès|person|capitalised', 'Jean Valjean|person|capitalised']);
    // After a turn label (« R : »), a capital only starts the answer.
    expect(originals({ texts: ['Q : Et vous ?\nR : Moyennement. Avec Karim.'] })).toEqual(['Karim|person|capitalised']);
  });

  it('never proposes a pseudonym of the table, nor one of its words', () => {
    expect(originals({ texts: ['Puis Personne A a vu Lieu B et Claire.'], pseudonyms: ['Personne A', 'Lieu B'] })).toEqual(['Claire|person|capitalised']);
  });

  it('finds places of the list only with their capital', () => {
    expect(originals({ texts: ['à Saint-Étienne et à lyon'] })).toEqual(['Saint-Étienne|place|placeList']);
  });
});

describe('findPatterns', () => {
  const found = (text: string) => findPatterns(text).map((m) => `${m.kind}:${m.text}`);

  it('finds e-mail addresses', () => {
    expect(found('Écrire à marie.dupont@exemple.fr ou à j-b_2@mairie-lyon.gouv.fr.')).toEqual(['email:marie.dupont@exemple.fr', 'email:j-b_2@mairie-lyon.gouv.fr']);
  });

  it('finds French phone numbers in their usual forms, and not other numbers', () => {
    const text = 'Tél. 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 01-23-45-67-89. Pas 12 34 56 78 90 ni 061234567.';
    expect(found(text)).toEqual([
      'phone:06 12 34 56 78',
      'phone:06.12.34.56.78',
      'phone:0612345678',
      'phone:+33 6 12 34 56 78',
      'phone:+33 (0)6 12 34 56 78',
      'phone:01-23-45-67-89',
    ]);
  });

  it('finds postal addresses with or without their postal code, and postal codes with their city', () => {
    expect(found('Il habite 12 rue des Lilas, 75011 Paris depuis mai.')).toEqual(['address:12 rue des Lilas, 75011 Paris']);
    expect(found('au 3 bis Avenue Jean Jaurès puis 8, place de la République.')).toEqual(['address:3 bis Avenue Jean Jaurès', 'address:8, place de la République']);
    expect(found('Elle vit à 69100 Villeurbanne.')).toEqual(['address:69100 Villeurbanne']);
    expect(found('Il a 3 rues à traverser et 12 enfants.')).toEqual([]);
  });

  it('finds dates of birth', () => {
    expect(found('Il est né le 12/03/1985 à Lyon, elle est née en 1990. Date de naissance : 1er mars 1970.')).toEqual([
      'birthdate:né le 12/03/1985',
      'birthdate:née en 1990',
      'birthdate:Date de naissance : 1er mars 1970',
    ]);
    expect(found('Nom : X, né(e) le 02-11-2001.')).toEqual(['birthdate:né(e) le 02-11-2001']);
    expect(found('Le projet est né en partie de la demande.')).toEqual([]);
  });
});
