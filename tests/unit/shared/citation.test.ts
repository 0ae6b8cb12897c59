import { describe, expect, it } from 'vitest';
import { citationSource, citationText, type CitedExtract } from '../../../shared/retrieval/citation';

const E01 = { id: 1, name: 'E01', attributes: { Zone: 'Zone 5' } };

const transcript: CitedExtract = {
  text: 'seulement un téléphone avec l’écran cassé',
  documentName: 'Entretien E01 — conseillère mission locale',
  cases: [E01],
  structure: { speaker: 'Sonia', time: '00:00:20', heading: 'Entretien avec Sonia' },
};

const observation: CitedExtract = {
  text: 'faute de temps',
  documentName: 'Fiche d’observation B04 — jour 2',
  cases: [{ id: 2, name: 'B04', attributes: {} }],
  structure: {
    grid: 'Prise de note sur le bénéficiaire 1',
    block: 'Recensement et analyse des freins',
    prompt: 'Quels freins observez-vous ?',
    column: 'Médiateur',
  },
};

describe('citation of an extract', () => {
  it('quotes a turn of a transcript with its document, case, speaker and time', () => {
    expect(citationText(transcript)).toBe(
      '«\u00a0seulement un téléphone avec l’écran cassé\u00a0» (Entretien E01 — conseillère mission locale, E01, Sonia, 00:00:20)',
    );
  });

  it('gives the block and the question of an observation grid rather than a speaker', () => {
    expect(citationSource(observation)).toEqual([
      'Fiche d’observation B04 — jour 2',
      'B04',
      'Recensement et analyse des freins › Quels freins observez-vous ?',
    ]);
    expect(citationSource({ ...observation, structure: { block: 'Recensement des besoins', speaker: 'Sonia' } })[2]).toBe('Recensement des besoins');
  });

  it('falls back on the section heading, lists several cases, and leaves out what is missing', () => {
    const notes: CitedExtract = {
      text: 'avoir peur de « mal faire »',
      documentName: 'Notes de terrain — médiatrice M02',
      cases: [
        { id: 4, name: 'M02', attributes: {} },
        { id: 2, name: 'B04', attributes: {} },
      ],
      structure: { heading: 'Notes de terrain, aide à domicile' },
    };
    expect(citationSource(notes)).toEqual(['Notes de terrain — médiatrice M02', 'M02, B04', 'Notes de terrain, aide à domicile']);
    expect(citationSource({ ...notes, cases: [], structure: {} })).toEqual(['Notes de terrain — médiatrice M02']);
  });

  it('turns inner guillemets into inner quotation marks, and line breaks into slashes', () => {
    const text = citationText({
      text: '  Plusieurs disent avoir peur de « mal faire ».\n\nEt   préfèrent appeler le bureau.  ',
      documentName: 'Notes',
      cases: [],
      structure: {},
    });
    expect(text).toBe('«\u00a0Plusieurs disent avoir peur de “mal faire”. / Et préfèrent appeler le bureau.\u00a0» (Notes)');
  });

  it('uses English quotation marks in English', () => {
    expect(citationText({ ...transcript, text: 'afraid of « doing it wrong »' }, 'en')).toBe(
      '“afraid of ‘doing it wrong’” (Entretien E01 — conseillère mission locale, E01, Sonia, 00:00:20)',
    );
  });
});
